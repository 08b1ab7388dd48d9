package io.hvnet.dsl.parser.antlr;

import java.io.IOException;
import java.io.Reader;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.TokenSource;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * The language's parser, which takes the tokens of a {@link LexedText} offered for the text it parses. With tokens on
 * offer it also reads the text into an array of the offered text's size and keeps the token list at the number of
 * tokens from the start (issue #18: growing both by doubling was a tenth of the garbage of parsing a 56k-line file).
 */
public class LexedTextParser extends HvNetParser {

	@Override
	public IParseResult doParse(Reader reader) {
		int expected = LexedText.offeredLength();
		if (expected < 0) {
			return super.doParse(reader);
		}
		try {
			return parse(getDefaultRuleName(), new ReadText(reader, expected));
		} catch (IOException e) {
			throw new WrappedException(e);
		}
	}

	@Override
	protected TokenSource createLexer(CharStream stream) {
		TokenSource lexed = LexedText.offeredFor(stream);
		return lexed != null ? lexed : super.createLexer(stream);
	}

	@Override
	protected XtextTokenStream createTokenStream(TokenSource tokenSource) {
		int count = LexedText.tokenCount(tokenSource);
		if (count < 0) {
			return super.createTokenStream(tokenSource);
		}
		return new XtextTokenStream(tokenSource, getTokenDefProvider()) {
			{
				// the stream's own list (it adjusts hidden channels on reads), only made large enough at once
				((java.util.ArrayList<?>) tokens).ensureCapacity(count);
			}
		};
	}
}
