package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReachCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path tmp;

	private static String example(String path) {
		return CliRun.examples().resolve(path).toString();
	}

	@Test
	void convergedGroupsTheVlansAndSaysWhyTheyDoNotMeet() {
		CliRun run = CliRun.of("reach", example("converged/converged.hvnet"));
		assertEquals(0, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(0).endsWith("8 endpoints in 3 groups; 56 pairs: 14 reachable, 42 unreachable"),
				run::toString);
		assertTrue(lines.contains("group 1 (VLAN 100, trunk 100, 200 native 100, 10.100.0.0/24): HV01.Web1, "
				+ "HV01.Router1, HV02.Web2"), run::toString);
		assertTrue(lines.contains("group 2 (VLAN 200, 10.100.0.0/24): HV01.App1, HV02.App2"), run::toString);
		assertTrue(lines.contains("group 1 reaches itself"), run::toString);
		assertTrue(lines.contains("group 1 -> group 2: unreachable (6 pairs)"), run::toString);
		// the diagnosis is the simulator's, with the place the request was dropped at
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("  HV01.App1 -> HV01.Web1 (and 5 more pairs alike): "
				+ "ARP for 10.100.0.11 on HV01.App1.Net got no answer") && l.contains("dropped at")), run::toString);
		assertTrue(lines.contains("  HV01.Web1 -> HV01.parent (and 5 more pairs alike): no route from HV01.Web1 to "
				+ "10.10.0.11"), run::toString);
		assertTrue(run.out().contains("all agree with the analysis"), run::toString);
	}

	@Test
	void isolatedPortsReachThePromiscuousOneButNotEachOther() {
		CliRun run = CliRun.of("reach", example("pvlan/isolated.hvnet"));
		assertEquals(0, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.contains("group 1 -> group 2: 1 of 2 pairs reachable"), run::toString);
		assertTrue(lines.contains("  HV01.Tenant1 -> HV01.Tenant2: ARP for 10.50.0.12 on HV01.Tenant1.Net got no "
				+ "answer: nothing with that address is reachable in its segment and VLAN; the request was dropped at "
				+ "HV01.Tenants (HV01.Tenant2.Net): isolated port HV01.Tenant1.Net of private VLAN 10 may reach only "
				+ "promiscuous ports, not HV01.Tenant2.Net"), run::toString);
	}

	@Test
	void jsonHasTheGroupsThePairsAndTheFailures() throws IOException {
		CliRun run = CliRun.of("reach", example("converged/converged.hvnet"), "--format", "json");
		assertEquals(0, run.exitCode(), run::toString);
		JsonNode json = JSON.readTree(run.out());
		assertEquals(8, json.get("endpoints").asInt());
		assertEquals(56, json.get("pairs").asInt());
		assertEquals(14, json.get("reachable").asInt());
		assertEquals(42, json.get("unreachable").asInt());
		assertEquals(0, json.get("disagreements").size());
		List<String> everyone = new ArrayList<>();
		for (JsonNode g : json.get("groups")) {
			g.get("endpoints").forEach(e -> everyone.add(e.asText()));
			assertTrue(g.get("reachEachOther").asBoolean(), g::toString);
		}
		assertEquals(List.of("HV01.Web1", "HV01.Router1", "HV02.Web2", "HV01.App1", "HV02.App2", "HV01.parent",
				"HV02.parent", "FileServer"), everyone);
		long pairs = 0;
		for (JsonNode b : json.get("between")) {
			pairs += b.get("pairs").asLong();
			long failing = 0;
			for (JsonNode f : b.get("failures")) {
				failing += f.get("pairs").asLong();
				assertTrue(f.get("reason").asText().length() > 10, f::toString);
			}
			assertEquals(b.get("pairs").asLong() - b.get("reachable").asLong(), failing, b::toString);
		}
		assertEquals(56, pairs);
	}

	@Test
	void fromAndToNarrowThePairs() throws IOException {
		CliRun run = CliRun.of("reach", example("routed/routed.hvnet"), "--from", "Backup", "--format", "json");
		JsonNode json = JSON.readTree(run.out());
		assertEquals(5, json.get("pairs").asInt(), run::toString);
		assertEquals(4, json.get("reachable").asInt(), run::toString);
		JsonNode failure = null;
		for (JsonNode b : json.get("between")) {
			for (JsonNode f : b.get("failures")) {
				failure = f;
			}
		}
		assertEquals("Backup", failure.get("from").asText());
		assertEquals("R1", failure.get("to").asText());

		CliRun one = CliRun.of("reach", example("routed/routed.hvnet"), "--from", "HV01.Web", "--to", "Backup");
		assertTrue(one.out().lines().findFirst().orElseThrow().endsWith("1 pair: 1 reachable, 0 unreachable"),
				one::toString);
	}

	@Test
	void aLayer2LoopIsLeftToTheSimulator() throws IOException {
		CliRun run = CliRun.of("reach", SimulateCommandTest.looped(tmp).toString());
		assertEquals(0, run.exitCode(), run::toString);
		// the two servers are alike: one simulated ping answers for both directions
		assertTrue(run.out().contains("1 ping simulated"), run::toString);
		assertTrue(run.out().contains("group 1 (untagged, 10.0.0.0/24): S1, S2; they reach none of each other: "
				+ "layer-2 loop between PSW1 and PSW2"), run::toString);
	}

	@Test
	void unknownEndpointIsOneLine() {
		CliRun run = CliRun.of("reach", example("routed/routed.hvnet"), "--to", "NoSuchServer");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("hvnet: no endpoint named 'NoSuchServer'"), run::toString);
		assertEquals(1, run.err().strip().lines().count());
	}

	@Test
	void aModelWithErrorsIsNotAnalysed() throws IOException {
		Path file = tmp.resolve("bad.hvnet");
		Files.writeString(file, "host H {\n    external switch S on NIC9\n}\n");
		CliRun run = CliRun.of("reach", file.toString());
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains(file + ":2:"), run::toString);
		assertTrue(run.err().contains("fix them before asking what reaches what"), run::toString);
	}
}
