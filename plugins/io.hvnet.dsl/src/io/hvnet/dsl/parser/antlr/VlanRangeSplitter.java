package io.hvnet.dsl.parser.antlr;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.function.Supplier;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;

/**
 * Hands a VLAN range token ({@code 10-20}, the grammar's VLAN_SPAN) on as the tokens INT '-' INT that the grammar's
 * VlanIdRange reads. A range with two-digit ends starts like a MAC address written with dashes ({@code
 * 10-20-30-40-50-60}), and ANTLR's lexer, which never backtracks, would commit to a MAC after {@code 10-2} and fail on
 * the space or comma after the range; lexed as one token, the MAC is chosen only when another dash follows. The
 * runtime's lexer ({@link VlanRangeSplittingLexer}) and content assist's (io.hvnet.dsl.ide) each split with one.
 */
public final class VlanRangeSplitter {

	private final Deque<Token> split = new ArrayDeque<>();
	private final int span;
	private final int integer;
	private final int dash;

	/** For a lexer whose token types are {@code tokenNames}, VLAN_SPAN {@code span} and INT {@code integer}. */
	public VlanRangeSplitter(String[] tokenNames, int span, int integer) {
		this.span = span;
		this.integer = integer;
		this.dash = Arrays.asList(tokenNames).indexOf("'-'");
	}

	/** The next token for the parser: a part of the last range, or the lexer's next token split if it is a range. */
	public Token next(CharStream input, Supplier<Token> lexer) {
		if (!split.isEmpty()) {
			return split.poll();
		}
		Token token = lexer.get();
		if (token.getType() != span || !(token instanceof CommonToken range)) {
			return token;
		}
		int start = range.getStartIndex();
		int at = start + range.getText().indexOf('-');
		split.add(part(range, input, integer, start, at - 1));
		split.add(part(range, input, dash, at, at));
		split.add(part(range, input, integer, at + 1, range.getStopIndex()));
		return split.poll();
	}

	/** Forgets a range not handed on yet (the lexer starts on other text). */
	public void clear() {
		split.clear();
	}

	private static Token part(CommonToken range, CharStream input, int type, int start, int stop) {
		CommonToken part = new CommonToken(input, type, range.getChannel(), start, stop);
		part.setLine(range.getLine());
		part.setCharPositionInLine(range.getCharPositionInLine() + start - range.getStartIndex());
		return part;
	}
}
