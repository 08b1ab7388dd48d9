package io.hvnet.diagram.ui;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;

import io.hvnet.dsl.HvNetText;

/**
 * A file buffer reads bytes that are not text in the file's encoding without a word: each becomes U+FFFD, and a save
 * writes U+FFFD over the bytes the other program wrote. This tells when the buffer's text holds such a replacement.
 */
final class ReplacedBytes {

	private static final char REPLACEMENT = '\uFFFD';

	private ReplacedBytes() {
	}

	/**
	 * Where the file stops being text, as {@code lab.hvnet:1:7: not UTF-8 text}, when {@code text} (the buffer's) still
	 * shows bytes of the file replaced; null otherwise (a text without U+FFFD replaces nothing when saved).
	 */
	static String where(IFile file, ITextFileBuffer buffer, String text) {
		if (text.indexOf(REPLACEMENT) < 0 || file.getLocation() == null) {
			return null;
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file.getLocation().toPath());
		} catch (IOException e) {
			return null; // gone or being replaced: the buffer follows when the workspace sees it
		}
		Charset charset = charsetOf(buffer, file);
		try {
			charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return null;
		} catch (CharacterCodingException e) {
			String at = StandardCharsets.UTF_8.equals(charset) ? ":" + HvNetText.malformedAt(bytes) : "";
			return file.getName() + at + ": not " + charset.name() + " text";
		}
	}

	private static Charset charsetOf(ITextFileBuffer buffer, IFile file) {
		try {
			String name = buffer.getEncoding() != null ? buffer.getEncoding() : file.getCharset();
			return Charset.forName(name);
		} catch (RuntimeException | org.eclipse.core.runtime.CoreException e) {
			return StandardCharsets.UTF_8; // .hvnet's content type says UTF-8
		}
	}
}
