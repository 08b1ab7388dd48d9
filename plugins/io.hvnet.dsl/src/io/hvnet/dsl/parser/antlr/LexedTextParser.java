package io.hvnet.dsl.parser.antlr;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.TokenSource;

/** The language's parser, which takes the tokens of a {@link LexedText} offered for the text it parses. */
public class LexedTextParser extends HvNetParser {

	@Override
	protected TokenSource createLexer(CharStream stream) {
		TokenSource lexed = LexedText.offeredFor(stream);
		return lexed != null ? lexed : super.createLexer(stream);
	}
}
