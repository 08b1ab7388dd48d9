package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class TestCommandTest {

	@TempDir
	Path tmp;

	@Test
	void everyExampleScenarioPasses() throws Exception {
		Path junit = tmp.resolve("junit");
		CliRun run = CliRun.of("test", "--junit", junit.toString(), CliRun.examples().toString());
		assertEquals(0, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(lines.size() - 1).matches("\\d+ passed, 0 failed"), run::toString);
		try (var reports = Files.list(junit)) {
			List<Path> files = reports.sorted().toList();
			assertEquals(examplesWithScenarios(), files.size(), files::toString);
			for (Path report : files) {
				Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
				assertEquals("testsuite", doc.getDocumentElement().getNodeName());
				assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
				assertTrue(doc.getElementsByTagName("testcase").getLength() > 0, report::toString);
			}
		}
	}

	@Test
	void aWrongExpectationFailsWithAPreciseMessage() throws IOException {
		Path file = tmp.resolve("fig09-wrong.hvnet");
		Files.writeString(file, Files.readString(Path.of(CliRun.example("fig09"))).replace("expect hops 6",
				"expect hops 3"));
		Path junit = tmp.resolve("junit");
		CliRun run = CliRun.of("test", "--junit", junit.toString(), file.toString());
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains("FAIL ping HV01.parent -> FileServer"), run::toString);
		assertTrue(run.out().strip().endsWith("0 passed, 1 failed"), run::toString);
		String xml = Files.readString(junit.resolve("TEST-fig09-wrong.xml"));
		assertTrue(xml.contains("<failure"), xml);
	}

	@Test
	void theOutputIsTheSameOnOneThreadAndOnFour() {
		CliRun one = CliRun.of("test", "--jobs", "1", CliRun.examples().toString());
		CliRun four = CliRun.of("test", "--jobs", "4", CliRun.examples().toString());
		assertEquals(0, one.exitCode(), one::toString);
		assertEquals(one.out(), four.out());
		assertEquals(one.exitCode(), four.exitCode());
		// a scenario's failure steps are printed where they happen, before the ping that follows them
		String out = one.out();
		int unplugged = out.indexOf("    at 2 s: unplugged cable HV01.NIC2 \u2013 TOR2 port 1\n");
		assertTrue(unplugged > 0, out);
		assertTrue(out.startsWith("    PASS ping HV01.VM1 -> FileServer", unplugged + out.substring(unplugged).indexOf('\n') + 1),
				out);
	}

	@Test
	void noJobsIsAUsageError() {
		CliRun run = CliRun.of("test", "--jobs", "0", CliRun.examples().toString());
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("--jobs must be at least 1"), run::toString);
	}

	/** One report per example file that has a scenario. */
	private static long examplesWithScenarios() throws Exception {
		try (var files = Files.walk(CliRun.examples())) {
			return files.filter(f -> f.toString().endsWith(".hvnet")).filter(f -> {
				try {
					return Files.readString(f).contains("\nscenario ");
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).count();
		}
	}
}
