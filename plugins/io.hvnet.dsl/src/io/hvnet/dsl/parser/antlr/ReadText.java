package io.hvnet.dsl.parser.antlr;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

import org.antlr.runtime.ANTLRStringStream;

/**
 * A parser's text read from a reader into one array, sized for the text expected ({@link LexedTextParser}); a longer
 * text is read all the same.
 */
final class ReadText extends ANTLRStringStream {

	ReadText(Reader reader, int expected) throws IOException {
		// one more, so that the read that finds the end needs no larger array
		char[] chars = new char[expected + 1];
		int length = 0;
		for (int read; (read = reader.read(chars, length, chars.length - length)) != -1;) {
			length += read;
			if (length == chars.length) {
				chars = Arrays.copyOf(chars, chars.length * 2);
			}
		}
		data = chars;
		n = length;
	}

	/** Whether this is {@code text}, compared in place. */
	boolean holds(String text) {
		if (text.length() != n) {
			return false;
		}
		for (int i = 0; i < n; i++) {
			if (data[i] != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
