package io.hvnet.dsl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.StringInputStream;

/**
 * How .hvnet text gets from a file to the parser, for every reader (command line, Maven plugin, diagram, editor):
 * UTF-8 with or without a byte order mark, lines ended by LF, CRLF or a lone CR, as editors write them.
 */
public final class HvNetText {

	public static final char BYTE_ORDER_MARK = '\uFEFF';

	private HvNetText() {
	}

	/** The file's text without its byte order mark; malformed UTF-8 is an error, never replaced silently. */
	public static String decode(byte[] bytes) throws CharacterCodingException {
		String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		return hasByteOrderMark(text) ? text.substring(1) : text;
	}

	/**
	 * Where {@code bytes} stop being UTF-8, as {@code line:column} of the text before that point (1-based, columns
	 * in characters), for messages that point the user at the place; null when they are UTF-8.
	 */
	public static String malformedAt(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			return null;
		}
		int line = 1;
		int column = 1;
		out.flip();
		for (int i = 0; i < out.limit(); i++) {
			char c = out.get(i);
			boolean newLine = c == '\n' || (c == '\r' && (i + 1 == out.limit() || out.get(i + 1) != '\n'));
			if (newLine) {
				line++;
				column = 1;
			} else if (c != '\r' && !(i == 0 && c == BYTE_ORDER_MARK)) {
				column++;
			}
		}
		return line + ":" + column;
	}

	public static boolean hasByteOrderMark(String text) {
		return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK;
	}

	/**
	 * The text as the parser takes it, of the same length so that offsets into it are offsets into {@code text}
	 * (diagram edits and editor markers rely on that). The grammar's line comment ends at LF (or CRLF), so a lone
	 * CR would make it run to the end of the file; and Xtext's line/column computation fails on a text ending in a
	 * lone CR. A lone CR becomes an LF, a leading byte order mark a space.
	 */
	public static String forParser(String text) {
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean loneCr = c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
			if (loneCr || (i == 0 && c == BYTE_ORDER_MARK)) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = loneCr ? '\n' : ' ';
			}
		}
		return chars == null ? text : new String(chars);
	}

	/**
	 * Whether the file declares a package (its first token is {@code package}), so that the other files of its
	 * directory may belong to its network: answered without parsing, past a byte order mark, white space and the
	 * grammar's comments ({@code // …} and {@code /* … *}{@code /}), which a file's header usually is.
	 */
	public static boolean declaresPackage(String text) {
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == BYTE_ORDER_MARK) {
				i++;
			} else if (text.startsWith("//", i)) {
				int end = nextLineBreak(text, i);
				i = end < 0 ? n : end + 1;
			} else if (text.startsWith("/*", i)) {
				int end = text.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
			} else {
				return text.startsWith("package", i) && i + 7 < n && Character.isWhitespace(text.charAt(i + 7));
			}
		}
		return false;
	}

	private static int nextLineBreak(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
				return i;
			}
		}
		return -1;
	}

	/** Parses {@code text} into the (empty) resource. */
	public static void load(Resource resource, String text) throws IOException {
		resource.load(new StringInputStream(forParser(text)), Collections.emptyMap());
	}
}
