package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

class CheckCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path tmp;

	private Path broken() throws IOException {
		Path file = tmp.resolve("broken.hvnet");
		Files.writeString(file, """
				host H {
				    nic N1 { mac 00:11:22:33:44:55 }
				    external switch S on NIC9
				    nic
				}
				""");
		return file;
	}

	@Test
	void theExamplesAreClean() {
		CliRun run = CliRun.of("check", CliRun.examples().toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().matches("(?s).*\\d+ files checked: 0 errors, \\d+ warnings?\\s*"), run::toString);
	}

	@Test
	void errorsArePrintedAsPathLineColumnSeverityCodeMessage() throws IOException {
		Path file = broken();
		CliRun run = CliRun.of("check", file.toString());
		assertEquals(1, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertEquals(file + ":3:26: error HVN901: no physical NIC named 'NIC9' (known here: N1, H.N1)", lines.get(0));
		assertTrue(lines.get(1).startsWith(file + ":5:1: error HVN900: "), run::toString);
		assertEquals("1 file checked: 2 errors, 0 warnings", lines.get(2));
		assertEquals("", run.err());
	}

	@Test
	void jsonReportListsEveryDiagnostic() throws IOException {
		CliRun run = CliRun.of("check", "--format", "json", broken().toString());
		assertEquals(1, run.exitCode());
		JsonNode report = JSON.readTree(run.out());
		assertEquals(1, report.get("files").asInt());
		assertEquals(2, report.get("errors").asInt());
		JsonNode first = report.get("diagnostics").get(0);
		assertEquals(3, first.get("line").asInt());
		assertEquals(26, first.get("column").asInt());
		assertEquals("error", first.get("severity").asText());
		assertEquals("HVN901", first.get("code").asText());
	}

	@Test
	void sarifIsValidAgainstTheSarif210Schema() throws IOException {
		Path out = tmp.resolve("reports/hvnet.sarif");
		CliRun run = CliRun.of("check", "--format", "sarif", "--out", out.toString(), broken().toString());
		assertEquals(1, run.exitCode(), run::toString);
		assertEquals("", run.out(), "--out writes the report to the file only");
		JsonNode sarif = JSON.readTree(out.toFile());
		JsonSchema schema;
		try (InputStream in = getClass().getResourceAsStream("/sarif-2.1.0.json")) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
		}
		Set<ValidationMessage> problems = schema.validate(sarif);
		assertTrue(problems.isEmpty(), () -> "SARIF schema violations: " + problems);
		JsonNode result = sarif.at("/runs/0/results/0");
		assertEquals("HVN901", result.get("ruleId").asText());
		assertEquals("error", result.get("level").asText());
		assertEquals(3, result.at("/locations/0/physicalLocation/region/startLine").asInt());
		assertFalse(sarif.at("/runs/0/tool/driver/rules").isEmpty());
	}

	/** Ten hosts with a warning each, then three VMs whose switch does not exist (errors), in that order. */
	private Path manyProblems() throws IOException {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= 10; i++) {
			text.append("host W").append(i).append(" { nic N { bindings ipv4, frobnicate } }\n");
		}
		for (int i = 1; i <= 3; i++) {
			text.append("host E").append(i).append(" { vm A { synthetic adapter X switch Nope } }\n");
		}
		Path file = tmp.resolve("many.hvnet");
		Files.writeString(file, text);
		return file;
	}

	@Test
	void aLimitShowsTheErrorsFirstAndSaysHowManyWereLeftOut() throws IOException {
		Path file = manyProblems();
		CliRun all = CliRun.of("check", file.toString());
		assertEquals(14, all.out().lines().count(), "13 problems and the summary: " + all);
		CliRun run = CliRun.of("check", "--max-problems", "4", file.toString());
		assertEquals(1, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertEquals(6, lines.size(), run::toString);
		assertTrue(lines.get(0).startsWith(file + ":1:") && lines.get(0).contains("warning"),
				"the first warning by position fills the last place: " + run);
		for (int i = 1; i <= 3; i++) {
			assertTrue(lines.get(i).startsWith(file + ":" + (10 + i) + ":") && lines.get(i).contains("error HVN901"),
					"every error is shown even though warnings come first in the file: " + run);
		}
		assertEquals("9 more problems not shown (the first 4 by severity are; --max-problems 0 shows all)",
				lines.get(4));
		assertEquals("1 file checked: 3 errors, 10 warnings", lines.get(5), "the summary counts every problem");
	}

	@Test
	void aLimitedJsonAndSarifReportSayWhatTheyLeftOut() throws IOException {
		Path file = manyProblems();
		JsonNode report = JSON.readTree(CliRun.of("check", "--format", "json", "--max-problems", "2", file.toString())
				.out());
		assertEquals(3, report.get("errors").asInt());
		assertEquals(10, report.get("warnings").asInt());
		assertEquals(11, report.get("notShown").asInt());
		assertEquals(2, report.get("diagnostics").size());
		assertEquals("error", report.get("diagnostics").get(1).get("severity").asText());
		Path out = tmp.resolve("limited.sarif");
		CliRun.of("check", "--format", "sarif", "--max-problems", "2", "--out", out.toString(), file.toString());
		JsonNode sarif = JSON.readTree(out.toFile());
		JsonSchema schema;
		try (InputStream in = getClass().getResourceAsStream("/sarif-2.1.0.json")) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
		}
		assertTrue(schema.validate(sarif).isEmpty(), () -> "SARIF schema violations: " + schema.validate(sarif));
		assertEquals(2, sarif.at("/runs/0/results").size());
		assertTrue(sarif.at("/runs/0/invocations/0/toolExecutionNotifications/0/message/text").asText()
				.startsWith("11 more problems not shown"), sarif::toString);
		CliRun negative = CliRun.of("check", "--max-problems", "-1", file.toString());
		assertEquals(2, negative.exitCode(), negative::toString);
		assertTrue(negative.err().contains("--max-problems -1"), negative::toString);
	}

	@Test
	void missingFileIsOneLineAndExitTwo() {
		CliRun run = CliRun.of("check", tmp.resolve("nope.hvnet").toString());
		assertEquals(2, run.exitCode());
		assertEquals("hvnet: no such file or directory: " + tmp.resolve("nope.hvnet"), run.err().strip());
	}

	@Test
	void directoryWithoutHvnetFiles() throws IOException {
		Files.writeString(tmp.resolve("readme.txt"), "nothing here");
		CliRun run = CliRun.of("check", tmp.toString());
		assertEquals(2, run.exitCode());
		assertEquals("hvnet: no .hvnet files under " + tmp, run.err().strip());
	}

	@Test
	void binaryFileIsRefused() throws IOException {
		Path file = tmp.resolve("image.hvnet");
		Files.write(file, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2 });
		CliRun run = CliRun.of("check", file.toString());
		assertEquals(2, run.exitCode());
		assertEquals("hvnet: " + file + " is not a text file (NUL byte at offset 4)", run.err().strip());
	}

	@Test
	void hundredMegabyteFileIsRefused() throws IOException {
		Path file = tmp.resolve("huge.hvnet");
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
			f.setLength(100L * 1024 * 1024);
		}
		CliRun run = CliRun.of("check", file.toString());
		assertEquals(2, run.exitCode());
		assertEquals("hvnet: " + file + " is too large (100.0 MiB; hvnet reads files up to 32 MiB)", run.err().strip());
	}

	@Test
	void unknownOptionIsAUsageError() {
		CliRun run = CliRun.of("check", "--bogus", "x.hvnet");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("hvnet: Unknown option: '--bogus'"), run::toString);
		assertFalse(run.err().contains("at io.hvnet"), "no stack trace");
	}

	@Test
	void helpIsAvailableForEveryCommand() {
		for (String command : List.of("check", "simulate", "test")) {
			CliRun run = CliRun.of(command, "--help");
			assertEquals(0, run.exitCode());
			assertTrue(run.out().contains("Usage: hvnet " + command), run::toString);
		}
	}

	@Test
	void aLoopBetweenSwitchesIsAWarningLine() throws IOException {
		Path file = SimulateCommandTest.looped(tmp);
		CliRun run = CliRun.of("check", file.toString());
		assertEquals(0, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertEquals(file + ":6:1: warning HVN027: PSW1 and PSW2 are joined by 3 cables (lines 5, 6, 7): a layer-2"
				+ " loop (unmanaged switches and Hyper-V switches run no spanning tree); frames will circle until the"
				+ " switches melt. Keep one cable.", lines.get(0), run::toString);
		assertEquals("1 file checked: 0 errors, 1 warning", lines.get(lines.size() - 1), run::toString);
	}
}
