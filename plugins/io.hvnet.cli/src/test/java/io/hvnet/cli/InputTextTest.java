package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as editors write them: with or without a UTF-8 byte order mark, lines ended by LF, CRLF or a lone CR (old
 * Mac editors, some generators). Each is checked from a real file on disk, and the one error it holds is reported
 * at its real line and column, with nothing else on either stream.
 */
class InputTextTest {

	private static final String LINES_WITH_AN_ERROR_ON_LINE_4 = String.join("%n", "// a switch, a server, a cable",
			"physical switch P ports 2", "server S { nic N }", "cable S.N to P port 9", "");

	@TempDir
	Path tmp;

	private Path file(String name, byte[] bytes) throws IOException {
		Path file = tmp.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	private static byte[] lines(String ending) {
		return LINES_WITH_AN_ERROR_ON_LINE_4.replace("%n", ending).getBytes(StandardCharsets.UTF_8);
	}

	/** Runs `check` and also collects what reaches the process's own stdout and stderr (where loggers write). */
	private static CliRun checkCapturingTheProcessStreams(Path file, StringBuilder processOutput) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		System.setErr(capture);
		try {
			return CliRun.of("check", file.toString());
		} finally {
			System.setOut(out);
			System.setErr(err);
			processOutput.append(captured.toString(StandardCharsets.UTF_8));
		}
	}

	private static void assertOneErrorAtLine4Column21(Path file) {
		StringBuilder processOutput = new StringBuilder();
		CliRun run = checkCapturingTheProcessStreams(file, processOutput);
		assertEquals(1, run.exitCode(), run::toString);
		assertEquals(List.of(file + ":4:21: error HVN020: switch P has ports 1 to 2, there is no port 9",
				"1 file checked: 1 error, 0 warnings"), run.out().lines().toList(), run::toString);
		assertEquals("", run.err());
		assertEquals("", processOutput.toString());
	}

	@Test
	void lfLines() throws IOException {
		assertOneErrorAtLine4Column21(file("lf.hvnet", lines("\n")));
	}

	@Test
	void crlfLines() throws IOException {
		assertOneErrorAtLine4Column21(file("crlf.hvnet", lines("\r\n")));
	}

	@Test
	void loneCrLinesEndTheCommentAndCountAsLines() throws IOException {
		assertOneErrorAtLine4Column21(file("cr.hvnet", lines("\r")));
	}

	@Test
	void aByteOrderMarkIsNotText() throws IOException {
		byte[] text = lines("\r\n");
		byte[] withMark = new byte[text.length + 3];
		withMark[0] = (byte) 0xEF;
		withMark[1] = (byte) 0xBB;
		withMark[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withMark, 3, text.length);
		assertOneErrorAtLine4Column21(file("bom.hvnet", withMark));
	}

	@Test
	void aCommentEndedByALoneCrAtTheEndIsAnEmptyTopology() throws IOException {
		Path file = file("comment.hvnet", "//\r".getBytes(StandardCharsets.US_ASCII));
		StringBuilder processOutput = new StringBuilder();
		CliRun run = checkCapturingTheProcessStreams(file, processOutput);
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("1 file checked: 0 errors, 0 warnings", run.out().strip(), run::toString);
		assertEquals("", processOutput.toString(), "nothing from a logger, no stack trace");
	}

	@Test
	void aSyntaxErrorAfterALoneCrAtTheEndIsReportedWhereItIs() throws IOException {
		Path file = file("cut.hvnet", "physical switch P ports 2\rhost\r".getBytes(StandardCharsets.US_ASCII));
		StringBuilder processOutput = new StringBuilder();
		CliRun run = checkCapturingTheProcessStreams(file, processOutput);
		assertEquals(1, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertEquals(2, lines.size(), run::toString);
		assertFalse(lines.get(0).isEmpty());
		assertEquals(true, lines.get(0).startsWith(file + ":2:5: error HVN900: "), run::toString);
		assertEquals("", processOutput.toString(), "nothing from a logger, no stack trace");
	}

	@Test
	void bytesThatAreNotUtf8AreAUsageErrorThatSaysWhere() throws IOException {
		byte[] text = "physical switch P ports 2\r\nserver S { nic N \"Caf\u00e9\" }\n".getBytes(StandardCharsets.UTF_8);
		int e = new String(text, StandardCharsets.ISO_8859_1).indexOf('\u00c3'); // é is C3 A9 in UTF-8
		text[e] = (byte) 0xe9; // é in Latin-1: what an editor set to another encoding writes
		Path file = file("latin1.hvnet", text);
		StringBuilder processOutput = new StringBuilder();
		CliRun run = checkCapturingTheProcessStreams(file, processOutput);
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("hvnet: " + file + ":2:22: not UTF-8 text", run.err().strip(), run::toString);
		assertEquals("", processOutput.toString(), "nothing from a logger, no stack trace");
	}
}
