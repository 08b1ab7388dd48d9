package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The `hvnet` script gives the JVM a heap limit (issue #18, finding 10: without one a runaway run grew to a quarter of
 * the machine's memory before failing), and HVNET_JAVA_OPTS overrides it. The script runs as users run it, from a
 * copy of the project's root with a built command line in place; the JVM it starts reports its final flags and stops.
 */
class LauncherScriptTest {

	private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
	private static final Pattern MAX_HEAP = Pattern.compile("\\bMaxHeapSize\\s*=\\s*(\\d+)");

	@TempDir
	Path copy;

	@ParameterizedTest
	@ValueSource(strings = { "check", "simulate", "diagram" })
	void everyCommandRunsWithATwoGibibyteHeap(String command) throws Exception {
		assertEquals(2L << 30, maxHeap(command, ""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "check", "diagram" })
	void hvnetJavaOptsWins(String command) throws Exception {
		assertEquals(3L << 30, maxHeap(command, "-Xmx3g"));
	}

	/** The JVM's MaxHeapSize when the script runs {@code command} with {@code options} in HVNET_JAVA_OPTS. */
	private long maxHeap(String command, String options) throws Exception {
		Files.copy(ROOT.resolve("hvnet"), copy.resolve("hvnet"));
		Files.createDirectories(copy.resolve(".mvn"));
		Files.copy(ROOT.resolve(".mvn/jdk.sh"), copy.resolve(".mvn/jdk.sh"));
		// a command line built after its sources: the script starts the JVM without building
		Path lib = Files.createDirectories(copy.resolve("plugins/io.hvnet.cli/target/lib"));
		Files.writeString(lib.resolve(".built"), "");
		List<String> script = new ArrayList<>(List.of("bash", copy.resolve("hvnet").toString(), command));
		ProcessBuilder builder = new ProcessBuilder(script).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		// the JVM prints its flags' final values and its version instead of running hvnet's main class
		env.put("HVNET_JAVA_OPTS", (options + " -XX:+PrintFlagsFinal -version").strip());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(2, TimeUnit.MINUTES), "safety net: the script ended");
		assertEquals(0, process.exitValue(), output);
		Matcher m = MAX_HEAP.matcher(output);
		assertTrue(m.find(), output);
		return Long.parseLong(m.group(1));
	}
}
