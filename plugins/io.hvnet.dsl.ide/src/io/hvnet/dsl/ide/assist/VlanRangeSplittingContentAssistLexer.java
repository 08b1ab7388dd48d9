package io.hvnet.dsl.ide.assist;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;

import io.hvnet.dsl.ide.contentassist.antlr.internal.InternalHvNetLexer;
import io.hvnet.dsl.ide.contentassist.antlr.internal.InternalHvNetParser;
import io.hvnet.dsl.parser.antlr.VlanRangeSplitter;

/** Content assist's lexer, with VLAN ranges ({@code 10-20}) split as the runtime's lexer splits them. */
public class VlanRangeSplittingContentAssistLexer extends InternalHvNetLexer {

	private final VlanRangeSplitter ranges = new VlanRangeSplitter(InternalHvNetParser.tokenNames, RULE_VLAN_SPAN,
			RULE_INT);

	public VlanRangeSplittingContentAssistLexer() {
	}

	public VlanRangeSplittingContentAssistLexer(CharStream input) {
		super(input);
	}

	@Override
	public void setCharStream(CharStream input) {
		ranges.clear();
		super.setCharStream(input);
	}

	@Override
	public void reset() {
		ranges.clear();
		super.reset();
	}

	@Override
	public Token nextToken() {
		return ranges.next(input, super::nextToken);
	}
}
