package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that outgrows the heap ends with one sentence and exit code 2, in a JVM of its own with a small heap. */
class OutOfMemoryTest {

	@TempDir
	Path tmp;

	@Test
	void aFileTooBigForTheHeapIsOneSentenceAndExit2() throws Exception {
		Path big = tmp.resolve("big.hvnet");
		try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
			for (int i = 0; i < 600_000; i++) {
				out.write("physical switch P" + i + " \"a switch\" ports 2\n");
			}
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
				"io.hvnet.cli.Main", "check", big.toString()).redirectOutput(tmp.resolve("out.txt").toFile())
				.redirectError(tmp.resolve("err.txt").toFile()).start();
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "safety net: the check ended");
		String err = Files.readString(tmp.resolve("err.txt"));
		String out = Files.readString(tmp.resolve("out.txt"));
		assertEquals(2, process.exitValue(), out + err);
		assertTrue(err.contains("hvnet: out of memory: the command needs more than the Java heap's"), err);
		assertTrue(!err.contains("\tat ") && !out.contains("\tat "), "no stack trace:\n" + out + err);
	}
}
