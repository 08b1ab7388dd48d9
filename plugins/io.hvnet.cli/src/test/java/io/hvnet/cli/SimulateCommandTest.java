package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SimulateCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Set<String> ACTIONS = Set.of("send", "forward", "flood", "deliver", "drop", "learn",
			"arp-request", "arp-reply", "echo-request", "echo-reply", "route", "nat");
	private static final Set<String> KINDS = Set.of("stack", "host-vnic", "vm-adapter", "vswitch", "nic", "pswitch", "router");

	@TempDir
	Path tmp;

	private static List<String> field(JsonNode hops, String name) {
		List<String> values = new ArrayList<>();
		hops.forEach(h -> values.add(h.get(name).asText()));
		return values;
	}

	@Test
	void fig09JsonFollowsTheContract() throws IOException {
		CliRun run = CliRun.of("simulate", CliRun.example("fig09"), "--ping", "HV01.parent", "FileServer", "--format",
				"json");
		assertEquals(0, run.exitCode(), run::toString);
		JsonNode result = JSON.readTree(run.out());
		assertTrue(result.get("reachable").asBoolean());
		assertEquals(1, result.get("sent").asInt());
		assertEquals(1, result.get("received").asInt());
		JsonNode ping = result.get("pings").get(0);
		assertEquals(1, ping.get("seq").asInt());
		assertEquals(List.of("stack", "host-vnic", "vswitch", "nic", "pswitch", "nic", "stack"),
				field(ping.get("request"), "kind"));
		assertEquals(List.of("HV01.parent", "HV01.vEthernet", "HV01.TestExternal", "HV01.NIC1", "PSW1",
				"FileServer.NIC1", "FileServer"), field(ping.get("request"), "node"));
		assertEquals(List.of("FileServer", "FileServer.NIC1", "PSW1", "HV01.NIC1", "HV01.TestExternal",
				"HV01.vEthernet", "HV01.parent"), field(ping.get("reply"), "node"));
		assertFalse(result.get("events").isEmpty());
		for (JsonNode e : result.get("events")) {
			for (String key : List.of("time", "step", "flow", "node", "kind", "port", "action", "reason", "frame")) {
				assertTrue(e.has(key), () -> "event without " + key + ": " + e);
			}
			assertTrue(ACTIONS.contains(e.get("action").asText()), () -> "unknown action in " + e);
			assertTrue(e.get("flow").isNull() || e.get("flow").asInt() >= 1 && e.get("flow").asInt() <= 6);
		}
		result.get("pings").forEach(p -> p.get("request")
				.forEach(h -> assertTrue(KINDS.contains(h.get("kind").asText()), h::toString)));
		JsonNode table = result.get("macTables").get("HV01.TestExternal");
		assertNotNull(table, () -> "no MAC table for the virtual switch: " + result.get("macTables"));
		assertTrue(field(table, "mac").contains("00:15:5d:00:01:01"), table::toString);
	}

	@Test
	void aTaggedHopShowsItsVlanInJsonAndText() throws IOException {
		String lab = CliRun.examples().resolve("lab/lab.hvnet").toString();
		CliRun json = CliRun.of("simulate", lab, "--ping", "HV01.Web1", "HV02.Web2", "--format", "json");
		assertEquals(0, json.exitCode(), json::toString);
		List<JsonNode> atCore = new java.util.ArrayList<>();
		JSON.readTree(json.out()).get("events").forEach(e -> {
			if (e.get("node").asText().equals("Core")) {
				atCore.add(e);
			}
		});
		assertFalse(atCore.isEmpty(), json::toString);
		atCore.forEach(e -> assertEquals(10, e.get("frame").get("vlan").asInt(), "VLAN 10 is tagged on the wire: " + e));
		JsonNode untagged = JSON.readTree(json.out()).get("events").get(0);
		assertFalse(untagged.get("frame").has("vlan"), () -> "the VM's own hop is untagged: " + untagged);
		CliRun text = CliRun.of("simulate", lab, "--ping", "HV01.Web1", "HV02.Web2");
		assertEquals(0, text.exitCode(), text::toString);
		assertTrue(text.out().lines().anyMatch(l -> l.matches(".* Core .* vlan 10(  \\(.*\\))?")), text::toString);
	}

	@Test
	void aRedirectAndRouterGuardsDropOfItAreInTheJsonTrace() throws IOException {
		CliRun run = CliRun.of("simulate", CliRun.examples().resolve("guards/router-guard.hvnet").toString(), "--ping",
				"HV01.Client", "Files", "--format", "json");
		assertEquals(0, run.exitCode(), run::toString);
		List<String> redirects = new java.util.ArrayList<>();
		JSON.readTree(run.out()).get("events").forEach(e -> {
			JsonNode frame = e.get("frame");
			if (!frame.isNull() && frame.get("icmp").asText().equals("redirect")) {
				redirects.add(e.get("node").asText() + " " + e.get("action").asText() + " " + e.get("reason").asText());
			}
		});
		assertEquals(List.of("HV01.Gateway.Net send null", "HV01.Ext drop router guard on HV01.Gateway.Net drops router"
				+ " advertisements and redirects"), redirects);
	}

	@Test
	void aFileWhosePackageFollowsAHeaderCommentBringsItsSiblings(@TempDir Path dir) throws IOException {
		// the package's other file holds the server and the cable: without it the ping has nowhere to go
		Path hosts = dir.resolve("hosts.hvnet");
		Files.writeString(hosts, """
				// the lab network, split over two files
				package lab

				host HV01 {
				    nic NIC1 { mac 00:15:5D:00:00:01 ip 10.0.0.1/24 }
				}
				""");
		Files.writeString(dir.resolve("wiring.hvnet"), """
				package lab

				server S {
				    nic NIC1 { mac 00:15:5D:00:00:02 ip 10.0.0.2/24 }
				}
				cable HV01.NIC1 to S.NIC1
				""");
		CliRun run = CliRun.of("simulate", hosts.toString(), "--ping", "lab.HV01.parent", "lab.S", "--format", "json");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(JSON.readTree(run.out()).get("reachable").asBoolean(), run::toString);
	}

	@Test
	void fig11ColdRoutesTakeTheLongPathFirst() throws IOException {
		CliRun run = CliRun.of("simulate", CliRun.example("fig11"), "--ping", "HV01.parent", "FileServer", "--count",
				"2", "--cold-routes", "--format", "json");
		assertEquals(0, run.exitCode(), run::toString);
		JsonNode pings = JSON.readTree(run.out()).get("pings");
		assertEquals("HV01.vEthernet", pings.get(0).get("request").get(1).get("node").asText());
		assertEquals("HV01.NIC1", pings.get(1).get("request").get(1).get("node").asText());
	}

	@Test
	void fig14TextShowsThePathAndTheFlooding() {
		CliRun run = CliRun.of("simulate", CliRun.example("fig14"), "--ping", "HV01.VM1", "192.168.1.10");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("HV01.VM1.Net1"), run::toString);
		assertTrue(run.out().matches("(?s).*flooding.*HV01\\.TestExternal.*"), run::toString);
		assertTrue(run.out().contains("MAC tables"), run::toString);
		assertTrue(run.out().strip().endsWith("1 sent, 1 received"), run::toString);
	}

	@Test
	void countOutOfRangeIsAUsageError() {
		for (String count : new String[] { "2147483647", "1001", "0", "-1" }) {
			CliRun run = CliRun.of("simulate", CliRun.example("fig09"), "--ping", "HV01.parent", "FileServer", "--count",
					count);
			assertEquals(2, run.exitCode(), run::toString);
			assertEquals("hvnet: --count " + count + ": a ping sends 1 to 1000 echo requests", run.err().strip(),
					run::toString);
		}
	}

	@Test
	void aSwitchWithTooManyPortsIsAnErrorNotAHang(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
			throws IOException {
		for (String ports : new String[] { "2147483647", "100000000" }) {
			java.nio.file.Path file = tmp.resolve("p" + ports + ".hvnet");
			java.nio.file.Files.writeString(file, """
					physical switch PSW ports %s
					server A { nic N { ip 10.0.0.1/24 } }
					server B { nic N { ip 10.0.0.2/24 } }
					cable A.N to PSW port 1
					cable B.N to PSW port 2
					""".formatted(ports));
			CliRun run = CliRun.of("simulate", file.toString(), "--ping", "A", "B");
			assertEquals(1, run.exitCode(), run::toString);
			assertTrue(run.err().contains(file + ":1:"), run::toString);
			assertTrue(run.err().contains("error HVN026: physical switch PSW has " + ports
					+ " ports; a physical switch has 1 to 1024"), run::toString);
		}
	}

	@Test
	void unknownEndpointIsOneLine() {
		CliRun run = CliRun.of("simulate", CliRun.example("fig09"), "--ping", "HV01.parent", "NoSuchServer");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("hvnet: no endpoint named 'NoSuchServer' (endpoints: HV01.parent"),
				run::toString);
		assertEquals(1, run.err().strip().lines().count());
	}

	@Test
	void aModelWithErrorsIsNotSimulated() throws IOException {
		Path file = tmp.resolve("bad.hvnet");
		Files.writeString(file, "host H {\n    external switch S on NIC9\n}\n");
		CliRun run = CliRun.of("simulate", file.toString(), "--ping", "H.parent", "10.0.0.1");
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains(file + ":2:"), run::toString);
	}

	/** Two unmanaged switches joined by three cables: a layer-2 loop (issue #18). */
	static Path looped(Path dir) throws IOException {
		Path file = dir.resolve("storm.hvnet");
		Files.writeString(file, """
				physical switch PSW1 ports 8
				physical switch PSW2 ports 8
				server S1 { nic N { mac 02:00:00:00:00:01 ip 10.0.0.1/24 } }
				server S2 { nic N { mac 02:00:00:00:00:02 ip 10.0.0.2/24 } }
				cable PSW1 port 5 to PSW2 port 5
				cable PSW1 port 6 to PSW2 port 6
				cable PSW1 port 7 to PSW2 port 7
				cable S1.N to PSW1 port 1
				cable S2.N to PSW2 port 1
				""");
		return file;
	}

	@Test
	void aBroadcastStormEndsTheRunWithItsReason() throws IOException {
		Path file = looped(tmp);
		CliRun text = CliRun.of("simulate", file.toString(), "--ping", "S1", "S2");
		assertEquals(0, text.exitCode(), text::toString);
		String last = text.out().strip().lines().reduce((a, b) -> b).orElseThrow();
		assertTrue(last.startsWith("1 sent, 0 received; unreachable: layer-2 loop between PSW1 and PSW2: the broadcast"
				+ " ARP request 10.0.0.1 > 10.0.0.2 from 02:00:00:00:00:01 was copied "), text::toString);
		assertFalse(text.out().contains("Exception") || text.err().contains("Exception"), text::toString);

		CliRun json = CliRun.of("simulate", file.toString(), "--ping", "S1", "S2", "--format", "json");
		assertEquals(0, json.exitCode(), json::toString);
		JsonNode result = JSON.readTree(json.out());
		assertFalse(result.get("reachable").asBoolean());
		assertTrue(result.get("reason").asText().startsWith("layer-2 loop between PSW1 and PSW2: "), json::toString);
		JsonNode events = result.get("events");
		JsonNode end = events.get(events.size() - 1);
		assertEquals("drop", end.get("action").asText());
		assertEquals(result.get("reason").asText(), end.get("reason").asText());
	}

	@Test
	void aReachedTargetHasNoReasonInJson() throws IOException {
		CliRun run = CliRun.of("simulate", CliRun.example("fig09"), "--ping", "HV01.parent", "FileServer", "--format",
				"json");
		assertTrue(JSON.readTree(run.out()).get("reason").isNull(), run::toString);
		assertTrue(JSON.readTree(run.out()).get("place").isNull(), run::toString);
	}

	@Test
	void aFailedPingsJsonNamesThePlaceOfItsDiagnosis() throws IOException {
		CliRun router = CliRun.of("simulate", routed(), "--ping", "HV01.App", "10.0.40.7", "--format", "json");
		JsonNode noRoute = JSON.readTree(router.out());
		assertEquals("no route on R1 to 10.0.40.7", noRoute.get("reason").asText(), router::toString);
		assertEquals("R1", noRoute.get("place").get("element").asText(), router::toString);
		assertTrue(noRoute.get("place").get("port").isNull(), router::toString);

		CliRun pulled = CliRun.of("simulate", CliRun.example("fig09"), "--ping", "HV01.parent", "192.168.1.99",
				"--format", "json");
		JsonNode arp = JSON.readTree(pulled.out());
		assertTrue(arp.get("reason").asText().startsWith("ARP for 192.168.1.99 on HV01.vEthernet got no answer"),
				pulled::toString);
		assertEquals("HV01.vEthernet", arp.get("place").get("element").asText(), pulled::toString);
	}

	private static String routed() {
		return CliRun.examples().resolve("routed/routed.hvnet").toString();
	}

	@Test
	void traceRouteListsEachRouterAsTracertDoes() {
		CliRun run = CliRun.of("simulate", routed(), "--trace-route", "HV01.Web", "Backup");
		assertEquals(0, run.exitCode(), run::toString);
		List<String> hops = run.out().lines().filter(l -> l.matches("\\s+\\d+  .*"))
				.map(l -> String.join(" ", l.strip().split("\\s+"))).toList();
		assertEquals(List.of("1 10.0.10.1 R1", "2 192.168.100.2 R2", "3 10.0.30.10 Backup"), hops, run::toString);
		assertTrue(run.out().strip().endsWith("trace complete"), run::toString);
	}

	@Test
	void traceRouteIntoALoopEndsWithItsDiagnosisInJson() throws IOException {
		CliRun run = CliRun.of("simulate", routed(), "--trace-route", "HV01.Web", "10.0.50.7", "--max-hops", "4",
				"--format", "json");
		assertEquals(0, run.exitCode(), run::toString);
		JsonNode result = JSON.readTree(run.out());
		assertFalse(result.get("reached").asBoolean());
		assertEquals(List.of("R1", "R2", "R1", "R2"), field(result.get("hops"), "node"), run::toString);
		assertTrue(result.get("reason").asText().contains("TTL exceeded at R2"), run::toString);
	}

	@Test
	void aRoutedPingShowsTheRouterHopAndTheRouteEvent() throws IOException {
		CliRun run = CliRun.of("simulate", routed(), "--ping", "HV01.Web", "Backup", "--format", "json");
		JsonNode result = JSON.readTree(run.out());
		assertTrue(result.get("reachable").asBoolean(), run::toString);
		List<String> kinds = field(result.get("pings").get(0).get("request"), "kind");
		assertEquals(2, kinds.stream().filter("router"::equals).count(), kinds::toString);
		List<String> routed = new ArrayList<>();
		result.get("events").forEach(e -> {
			if (e.get("action").asText().equals("route")) {
				routed.add(e.get("node").asText());
			}
		});
		assertEquals(List.of("R1", "R2", "R2", "R1"), routed, "request out through R1 and R2, the reply back");
	}

	private static String nat() {
		return CliRun.examples().resolve("nat/nat.hvnet").toString();
	}

	@Test
	void aPingThroughTheDefaultSwitchShowsBothTranslationsInTextAndJson() throws IOException {
		CliRun text = CliRun.of("simulate", nat(), "--ping", "Laptop.Dev", "FileServer");
		assertEquals(0, text.exitCode(), text::toString);
		List<String> translations = text.out().lines().filter(l -> l.matches(".* nat +.*"))
				.map(l -> l.substring(l.lastIndexOf("(NAT ") + 1)).toList();
		assertEquals(List.of("NAT 172.30.16.2 -> 192.168.1.10 (id 1 -> 1024, Default Switch))",
				"NAT 192.168.1.10 -> 172.30.16.2 (id 1024 -> 1, Default Switch))"), translations, text::toString);

		CliRun json = CliRun.of("simulate", nat(), "--ping", "Laptop.Dev", "FileServer", "--format", "json");
		JsonNode result = JSON.readTree(json.out());
		assertTrue(result.get("reachable").asBoolean(), json::toString);
		List<String> nats = new ArrayList<>();
		List<String> sourcesAtServer = new ArrayList<>();
		result.get("events").forEach(e -> {
			if (e.get("action").asText().equals("nat")) {
				nats.add(e.get("node").asText() + " " + e.get("reason").asText());
			}
			if (e.get("node").asText().equals("FileServer") && e.get("action").asText().equals("echo-request")
					&& e.has("frame") && !e.get("frame").isNull()) {
				sourcesAtServer.add(e.get("frame").get("ipSrc").asText());
			}
		});
		assertEquals(List.of("Laptop.parent NAT 172.30.16.2 -> 192.168.1.10 (id 1 -> 1024, Default Switch)",
				"Laptop.parent NAT 192.168.1.10 -> 172.30.16.2 (id 1024 -> 1, Default Switch)"), nats);
		assertEquals(List.of("192.168.1.10"), sourcesAtServer, json::toString);
	}

	@Test
	void aPingFromOutsideToABehindTheNatAddressSaysTheNatHasNoMapping() throws IOException {
		CliRun json = CliRun.of("simulate", nat(), "--ping", "FileServer", "172.30.16.2", "--format", "json");
		JsonNode result = JSON.readTree(json.out());
		assertFalse(result.get("reachable").asBoolean(), json::toString);
		assertEquals("NAT has no mapping for a packet from 192.168.1.100 to 172.30.16.2 on Laptop.parent: WinNAT"
				+ " lets in only replies to echoes sent from behind it", result.get("reason").asText());
	}

	@Test
	void aPingThatCannotLeaveHasItsReasonAndAnEventInJson() throws IOException {
		Path file = tmp.resolve("alone.hvnet");
		Files.writeString(file, "server A { nic N { ip 10.1.0.10/24 } }\n");
		CliRun run = CliRun.of("simulate", file.toString(), "--ping", "A", "10.9.9.9", "--format", "json");
		assertEquals(0, run.exitCode(), run::toString);
		JsonNode result = JSON.readTree(run.out());
		assertEquals("no route from A to 10.9.9.9", result.get("reason").asText());
		assertEquals(1, result.get("events").size(), run::toString);
		JsonNode drop = result.get("events").get(0);
		assertEquals("A", drop.get("node").asText());
		assertEquals("drop", drop.get("action").asText());
	}

	@Test
	void pingAndTraceRouteAreOneOrTheOther() {
		CliRun run = CliRun.of("simulate", routed(), "--ping", "HV01.Web", "Backup", "--trace-route", "HV01.Web",
				"Backup");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("either --ping FROM TO or --trace-route FROM TO"), run::toString);
	}
}
