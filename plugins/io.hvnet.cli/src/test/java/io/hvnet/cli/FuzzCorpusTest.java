package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bad input never crashes or hangs hvnet (issue #18): every input runs through the real command line in-process —
 * parse, validate, and simulate its scenarios — and must end with exit code 0, 1 or 2, no stack trace, no "internal
 * error", JSON that parses, within a per-command time and allocation budget. The inputs are the minimal reproducers
 * of the findings and whatever {@link HvnetFuzzTest} found (src/test/resources/fuzz-corpus, kept as bytes),
 * and mutations of every example, made
 * from fixed seeds so that a failure reproduces. The coverage-guided fuzzer over the same invariants is
 * {@code HvnetFuzzTest} ({@code -Pfuzz}).
 */
class FuzzCorpusTest {

	/** A safety net against a hang, not a speed check: a busy CI machine may be slow. */
	static final Duration TIME_BUDGET = Duration.ofMinutes(2);
	/** Bytes one command may allocate for an input of this size; a runaway allocation passes it by far. */
	static final long ALLOCATION_BUDGET = 4L << 30;
	private static final int MUTATIONS_PER_EXAMPLE = 20;
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path tmp;

	static Stream<Arguments> corpus() throws IOException {
		try (Stream<Path> files = Files.list(Paths.get("src/test/resources/fuzz-corpus"))) {
			return files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().map(f -> {
				try {
					return Arguments.of(f.getFileName().toString(), Files.readAllBytes(f));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).toList().stream();
		}
	}

	static Stream<Arguments> mutations() throws IOException {
		List<Arguments> result = new ArrayList<>();
		try (Stream<Path> files = Files.walk(CliRun.examples())) {
			for (Path example : files.filter(f -> f.toString().endsWith(".hvnet")).sorted().toList()) {
				String text = Files.readString(example);
				for (int i = 0; i < MUTATIONS_PER_EXAMPLE; i++) {
					String name = example.getFileName() + " mutation " + i;
					result.add(Arguments.of(name, Mutations.of(text, new Random(name.hashCode())).getBytes(StandardCharsets.UTF_8)));
				}
			}
		}
		return result.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void aReproducerOfAFindingEndsCleanly(String name, byte[] bytes) throws IOException {
		Path file = write(name.endsWith(".hvnet") ? name : name + ".hvnet", bytes);
		survives(name, "check", file.toString());
		survives(name, "check", "--format", "json", file.toString());
		survives(name, "test", file.toString());
		survives(name, "simulate", file.toString(), "--ping", "A", "B");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutations")
	void aMutatedExampleEndsCleanly(String name, byte[] bytes) throws IOException {
		Path file = write(name.replace(' ', '-') + ".hvnet", bytes);
		survives(name, "check", "--format", "json", file.toString());
		survives(name, "test", file.toString());
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = tmp.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	/** Runs one command on the input and checks what every run must satisfy. */
	static void survives(String input, String... args) {
		CliRun run = assertTimeoutPreemptively(TIME_BUDGET, () -> {
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
			long before = threads.getCurrentThreadAllocatedBytes();
			CliRun r = CliRun.of(args);
			long allocated = threads.getCurrentThreadAllocatedBytes() - before;
			assertTrue(allocated < ALLOCATION_BUDGET, () -> input + ": " + String.join(" ", args) + " allocated "
					+ allocated / 1048576 + " MiB");
			return r;
		}, () -> input + ": " + String.join(" ", args) + " did not end within " + TIME_BUDGET);
		String what = input + ": " + String.join(" ", args) + "\n" + run;
		assertTrue(run.exitCode() >= 0 && run.exitCode() <= 2, what);
		assertFalse(run.out().contains("\tat ") || run.err().contains("\tat "), "a stack trace: " + what);
		assertFalse(run.err().contains("internal error") || run.out().contains("internal error"), what);
		if (run.exitCode() == 2) {
			assertTrue(run.err().startsWith("hvnet: "), "a usage error is a sentence: " + what);
		} else if (List.of(args).contains("json")) {
			try {
				JSON.readTree(run.out());
			} catch (IOException e) {
				fail("not JSON: " + e.getMessage() + "\n" + what);
			}
		}
	}

	/** Small, syntax-aware damage to a text: what typing, pasting and bad merges do. */
	static final class Mutations {

		private static final Pattern NUMBER = Pattern.compile("\\d+");
		private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
		private static final String[] NUMBERS = { "0", "-1", "1025", "4095", "65536", "2147483647", "99999999999" };
		private static final String[] TOKENS = { "{", "}", "->", "\"", "//", "/*", "host ", "vm ", " switch ", "cable ",
				" port ", "0", ":", "\r", "\uFEFF", ".", "\n", "external switch X on ", "expect path via ", "count " };

		static String of(String text, Random random) {
			String result = text;
			int edits = 1 + random.nextInt(3);
			for (int i = 0; i < edits && !result.isEmpty(); i++) {
				result = once(result, random);
			}
			return result;
		}

		private static String once(String text, Random r) {
			int at = r.nextInt(text.length());
			List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
			switch (r.nextInt(7)) {
			case 0: // delete a span
				return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + r.nextInt(40)));
			case 1: { // duplicate a line
				int line = r.nextInt(lines.size());
				lines.add(line, lines.get(line));
				return String.join("\n", lines);
			}
			case 2: { // swap two lines
				int a = r.nextInt(lines.size());
				int b = r.nextInt(lines.size());
				String la = lines.get(a);
				lines.set(a, lines.get(b));
				lines.set(b, la);
				return String.join("\n", lines);
			}
			case 3: // a number becomes an extreme one
				return replaceOne(text, NUMBER, r, NUMBERS[r.nextInt(NUMBERS.length)]);
			case 4: // a stray token
				return text.substring(0, at) + TOKENS[r.nextInt(TOKENS.length)] + text.substring(at);
			case 5: // cut off
				return text.substring(0, at);
			default: { // a name refers to another thing
				List<String> names = new ArrayList<>();
				Matcher m = NAME.matcher(text);
				while (m.find()) {
					names.add(m.group());
				}
				return names.isEmpty() ? text : replaceOne(text, NAME, r, names.get(r.nextInt(names.size())));
			}
			}
		}

		private static String replaceOne(String text, Pattern pattern, Random r, String replacement) {
			List<int[]> spans = new ArrayList<>();
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				spans.add(new int[] { m.start(), m.end() });
			}
			if (spans.isEmpty()) {
				return text;
			}
			int[] span = spans.get(r.nextInt(spans.size()));
			return text.substring(0, span[0]) + replacement + text.substring(span[1]);
		}
	}
}
