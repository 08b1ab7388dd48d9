package io.hvnet.dsl.parser.antlr;

import java.util.function.Supplier;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;

import io.hvnet.dsl.parser.antlr.internal.InternalHvNetLexer;
import io.hvnet.dsl.parser.antlr.internal.InternalHvNetParser;

/** The language's lexer, with VLAN ranges ({@code 10-20}) split as {@link VlanRangeSplitter} says why. */
public class VlanRangeSplittingLexer extends InternalHvNetLexer {

	private final VlanRangeSplitter ranges = new VlanRangeSplitter(InternalHvNetParser.tokenNames, RULE_VLAN_SPAN,
			RULE_INT);

	/** The generated lexer's next token, as one object (a method reference per token was a tenth of lexing's garbage). */
	private final Supplier<Token> generated = super::nextToken;

	public VlanRangeSplittingLexer() {
	}

	public VlanRangeSplittingLexer(CharStream input) {
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
		return ranges.next(input, generated);
	}
}
