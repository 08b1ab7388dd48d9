package io.hvnet.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Maven plugin relies on, without the command line: a check with its SARIF, a test run with its JUnit XML. */
class HeadlessTest {

	private static final Headless HEADLESS = new Headless();

	private static Path seed() {
		return Paths.get(System.getProperty("hvnet.examples", "../../examples")).resolve("seed");
	}

	@Test
	void checkFindsTheErrorWithItsPlaceAndWritesSarif(@TempDir Path dir) throws Exception {
		Path broken = Files.writeString(dir.resolve("broken.hvnet"), """
				host HV01 {
				    nic NIC1 { bindings vms }
				    external switch TestExternal on NIC9
				}
				""");
		Headless.CheckReport report = HEADLESS.check(List.of(broken));
		assertEquals(1, report.files());
		assertEquals(1, report.errors(), report.diagnostics().toString());
		Diagnostic error = report.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
				.findFirst().orElseThrow();
		assertEquals(broken + ":3:37: error HVN901: no physical NIC named 'NIC9' (known here: NIC1, HV01.NIC1)",
				error.toText());
		Path sarif = dir.resolve("reports/hvnet-check.sarif");
		report.writeSarif(sarif);
		String json = Files.readString(sarif);
		assertTrue(json.contains("\"ruleId\" : \"HVN901\""), json);
		assertTrue(json.contains("\"version\" : \"" + Headless.VERSION + "\""), json);
	}

	@Test
	void theSeedPassesItsScenariosAndGetsOneJUnitFilePerTopology(@TempDir Path dir) throws IOException, UsageException {
		ScenarioRun run = HEADLESS.test(List.of(seed()), dir);
		assertEquals(List.of(), run.modelErrors());
		assertEquals(0, run.failed(), run.text());
		assertTrue(run.passed() > 0, run.text());
		try (Stream<Path> seedFiles = Files.list(seed()); Stream<Path> reports = Files.list(dir)) {
			assertEquals(seedFiles.count(), reports.filter(p -> p.getFileName().toString().startsWith("TEST-")).count());
		}
	}

	@Test
	void aMissingFileIsAUsageErrorNamingIt(@TempDir Path dir) {
		Path missing = dir.resolve("nowhere.hvnet");
		UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
				() -> HEADLESS.check(List.of(missing)));
		assertEquals("no such file or directory: " + missing, e.getMessage());
	}
}
