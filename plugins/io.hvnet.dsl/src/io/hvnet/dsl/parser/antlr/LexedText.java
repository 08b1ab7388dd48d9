package io.hvnet.dsl.parser.antlr;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;

import io.hvnet.dsl.HvNetText;

/**
 * A text already cut into the language's tokens, by the runtime's lexer and without the language's injector: the
 * command line lexes its files while the injector is still being built on another thread (issue #18: lexing is a tenth
 * of checking a 56k-line file, building the injector a fifth). {@link LexedTextParser} then parses these tokens instead
 * of lexing the text again; what the parser and the node model get is the same, lexer errors included.
 */
public final class LexedText {

	private static final ThreadLocal<LexedText> OFFERED = new ThreadLocal<>();

	private final String parserText;
	private VlanRangeSplittingLexer lexer;
	private List<Token> tokens;
	private int replays;

	private LexedText(String parserText) {
		this.parserText = parserText;
		this.lexer = new VlanRangeSplittingLexer(new ANTLRStringStream(parserText));
		List<Token> all = new ArrayList<>(parserText.length() / 4);
		Token token;
		do {
			token = lexer.nextToken();
			all.add(token);
		} while (token.getType() != Token.EOF);
		this.tokens = all;
	}

	/** {@code text} (as read from a file) lexed as the parser will read it ({@link HvNetText#forParser}). */
	public static LexedText of(String text) {
		return new LexedText(HvNetText.forParser(text));
	}

	/**
	 * Runs {@code parse} with these tokens offered to the parser that this thread starts for their text (the parse of
	 * a resource load); any other parse lexes its text itself. Tokens are taken once.
	 */
	public <E extends Exception> void offerDuring(ThrowingRunnable<E> parse) throws E {
		OFFERED.set(this);
		try {
			parse.run();
		} finally {
			OFFERED.remove();
			if (replays > 0) {
				// parsed: the model keeps none of the tokens, and the caller keeps this until all its files are linked
				lexer = null;
				tokens = null;
			}
		}
	}

	/** A task that may throw. */
	@FunctionalInterface
	public interface ThrowingRunnable<E extends Exception> {
		void run() throws E;
	}

	/** The length of the text whose tokens are offered to this thread's next parse; -1 when none are. */
	static int offeredLength() {
		LexedText offered = OFFERED.get();
		return offered == null || offered.tokens == null ? -1 : offered.parserText.length();
	}

	/** The tokens offered for this thread's parse of {@code stream}'s text, as a token source; null when none are. */
	static org.eclipse.xtext.parser.antlr.Lexer offeredFor(CharStream stream) {
		LexedText offered = OFFERED.get();
		if (offered == null || offered.tokens == null || stream.size() != offered.parserText.length()
				|| !(stream instanceof ReadText read ? read.holds(offered.parserText)
						: offered.parserText.equals(stream.substring(0, stream.size() - 1)))) {
			return null;
		}
		OFFERED.remove();
		offered.replays++;
		return new Replay(offered.tokens, offered.lexer);
	}

	/** How many tokens {@code source} hands on when it is these tokens' replay; -1 for a lexer. */
	static int tokenCount(TokenSource source) {
		return source instanceof Replay replay ? replay.tokens.size() : -1;
	}

	/** How often a parser took these tokens instead of lexing. */
	public int replays() {
		return replays;
	}

	/** Hands the tokens on as a lexer would, and the lexer's error message for a token it could not read. */
	private static final class Replay extends org.eclipse.xtext.parser.antlr.Lexer {

		private final List<Token> tokens;
		private final VlanRangeSplittingLexer lexer;
		private int next;

		Replay(List<Token> tokens, VlanRangeSplittingLexer lexer) {
			this.tokens = tokens;
			this.lexer = lexer;
		}

		@Override
		public Token nextToken() {
			// the last token is EOF: handed on as often as asked for, as a lexer at the end does
			return tokens.get(next < tokens.size() - 1 ? next++ : tokens.size() - 1);
		}

		@Override
		public String getErrorMessage(Token t) {
			return lexer.getErrorMessage(t);
		}

		@Override
		public CharStream getCharStream() {
			// the parser takes the complete text from here
			return lexer.getCharStream();
		}

		@Override
		public String getSourceName() {
			return lexer.getSourceName();
		}

		@Override
		public void mTokens() {
			throw new UnsupportedOperationException("the tokens were lexed before");
		}
	}
}
