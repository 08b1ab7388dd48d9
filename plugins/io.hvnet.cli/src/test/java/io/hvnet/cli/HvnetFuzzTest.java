package io.hvnet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the command line with Jazzer: any bytes as a .hvnet file, through check (JSON) and test
 * (parse, validate, simulate), under {@link FuzzCorpusTest}'s invariants. Runs only in the {@code fuzz} profile:
 * {@code ./mvnw -o verify -Pfuzz -pl targetplatform,plugins/io.hvnet.dsl,plugins/io.hvnet.dsl.ide,plugins/io.hvnet.sim,plugins/io.hvnet.diagram,plugins/io.hvnet.headless,plugins/io.hvnet.cli}
 * for the annotation's time. It starts from the fuzz corpus (HvnetFuzzTestInputs/anyBytesEndCleanly is a link to
 * src/test/resources/fuzz-corpus), and Jazzer writes a finding there as {@code crash-…}: the fuzz run fails, and
 * {@link FuzzCorpusTest} runs the file in every build from then on, so it stays fixed once fixed.
 */
class HvnetFuzzTest {

	@FuzzTest(maxDuration = "2m")
	void anyBytesEndCleanly(byte[] bytes) throws IOException {
		Path file = Files.createTempFile("hvnet-fuzz", ".hvnet");
		try {
			Files.write(file, bytes);
			FuzzCorpusTest.survives("fuzz input", "check", "--format", "json", file.toString());
			FuzzCorpusTest.survives("fuzz input", "test", file.toString());
		} finally {
			Files.deleteIfExists(file);
		}
	}
}
