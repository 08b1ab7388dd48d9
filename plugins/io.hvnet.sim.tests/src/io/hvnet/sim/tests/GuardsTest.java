package io.hvnet.sim.tests;

import static io.hvnet.sim.tests.Topologies.endpoint;
import static io.hvnet.sim.tests.Topologies.ping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.tests.Examples;
import io.hvnet.sim.Action;
import io.hvnet.sim.CapturedPing;
import io.hvnet.sim.Hop;
import io.hvnet.sim.MacEntry;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.ScenarioResult;
import io.hvnet.sim.ScenarioRunner;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.TraceEvent;
import io.hvnet.sim.wire.CapturedFrame;
import io.hvnet.sim.wire.FrameLayers;
import io.hvnet.sim.wire.Layer;

/**
 * Router guard and MAC address spoofing meeting real traffic (issue #15): ICMP redirects from a forwarding VM or a
 * router, taken by the sender's Windows stack or dropped by router guard at the VM's switch port; a guest that sends
 * from a MAC of its own, dropped at its port unless MAC address spoofing is on.
 */
public class GuardsTest extends TopologyTest {

	/** Two routers on one segment: the server's gateway R1 reaches 10.9.0.0/16 through R2, on the same segment. */
	private static final String TWO_ROUTERS = """
			server S { nic N { mac 02:00:00:00:00:01 ip 10.0.0.5/24 gateway 10.0.0.1 } }
			router R1 {
			    interface Gi0 { mac 02:00:00:00:01:01 ip 10.0.0.1/24 }
			    route 10.9.0.0/16 via 10.0.0.2
			}
			router R2 {
			    interface Gi0 { mac 02:00:00:00:02:01 ip 10.0.0.2/24 }
			    interface Gi1 { mac 02:00:00:00:02:02 ip 10.9.0.1/16 }
			}
			server T { nic N { mac 02:00:00:00:00:09 ip 10.9.0.9/16 gateway 10.9.0.1 } }
			physical switch P ports 4
			cable S.N to P port 1
			cable R1.Gi0 to P port 2
			cable R2.Gi0 to P port 3
			cable R2.Gi1 to T.N
			""";

	private Network example(String path) throws Exception {
		return topologies.parse(Examples.read(Examples.root().resolve(path)));
	}

	private static List<String> reasons(PingResult result, String node, Action action) {
		return result.events().stream().filter(e -> e.node().equals(node) && e.action() == action)
				.map(TraceEvent::reason).toList();
	}

	private static List<String> redirectEvents(PingResult result) {
		return result.events().stream()
				.filter(e -> e.reason() != null && (e.reason().contains("redirect")
						|| e.frame() != null && "redirect".equals(e.frame().icmp()) && e.action() == Action.DROP))
				.map(e -> e.node() + " " + e.action().json() + ": " + e.reason()).toList();
	}

	@Test
	void aForwardingVmSendingAPacketBackOutOfItsAdapterRedirectsTheSenderWhoseNextEchoGoesStraightToTheRouter()
			throws Exception {
		PingResult result = ping(example("guards/rogue-router.hvnet"), "HV01.Client", "Files", 2);
		assertTrue(result.reachable(), result::reason);
		assertEquals(List.of("HV01.Gateway", "R1"), Hop.layer3(result.pings().get(0).request()));
		assertEquals(List.of("R1"), Hop.layer3(result.pings().get(1).request()), "echo 2 follows the redirect");
		assertEquals(List.of(
				"HV01.Gateway send: ICMP redirect to 10.0.10.20: 10.0.30.10 is reached through 10.0.10.1, on its own subnet",
				"HV01.Client deliver: ICMP redirect from 10.0.10.254: 10.0.30.10 through 10.0.10.1, path cache updated"
						+ " (IcmpRedirectsEnabled, Windows' default)",
				"HV01.Client echo-request: path cache: 10.0.30.10 via 10.0.10.1 on HV01.Client.Net (ICMP redirect from"
						+ " 10.0.10.254)"),
				redirectEvents(result));
	}

	@Test
	void routerGuardDropsTheRedirectAtTheForwardingVmsPortSoTheSenderKeepsSendingThroughIt() throws Exception {
		PingResult result = ping(example("guards/router-guard.hvnet"), "HV01.Client", "Files", 2);
		assertTrue(result.reachable(), result::reason);
		assertEquals(List.of("HV01.Gateway", "R1"), Hop.layer3(result.pings().get(0).request()));
		assertEquals(List.of("HV01.Gateway", "R1"), Hop.layer3(result.pings().get(1).request()));
		// one redirect per echo, each dropped at Gateway's port; Client never sees one
		String sent = "HV01.Gateway send: ICMP redirect to 10.0.10.20: 10.0.30.10 is reached through 10.0.10.1, on its"
				+ " own subnet";
		String dropped = "HV01.Ext drop: router guard on HV01.Gateway.Net drops router advertisements and redirects";
		assertEquals(List.of(sent, dropped, sent, dropped), redirectEvents(result));
	}

	@Test
	void theRedirectOnTheWireIsIcmpType5WithItsGatewayAndTheEchoItIsAbout() throws Exception {
		Network network = example("guards/rogue-router.hvnet");
		CapturedPing run = Simulator.of(network).pingCapturing(endpoint(network, "HV01.Client"),
				endpoint(network, "Files"), 1, SimulationOptions.defaults());
		List<FrameLayers> redirects = run.capture().frames().stream()
				.filter(f -> f.link().name().equals("HV01.Client.Net<->HV01.Ext")).map(CapturedFrame::frame)
				.filter(f -> f.field("icmp.type") != null && f.field("icmp.type").value().startsWith("5 ")).toList();
		assertEquals(1, redirects.size());
		FrameLayers redirect = redirects.get(0);
		assertEquals("5 (Redirect)", redirect.field("icmp.type").value());
		assertEquals("1", redirect.field("icmp.code").value());
		assertEquals("10.0.10.1", redirect.field("icmp.redir_gw").value());
		assertEquals("10.0.10.254", redirect.field("ip.src").value());
		assertEquals("10.0.10.20", redirect.field("ip.dst").value());
		assertEquals("56", redirect.field("ip.len").value(), "IP header, ICMP header, quoted IP header and 8 bytes");
		List<Layer> layers = redirect.layers();
		assertEquals(List.of("eth", "ip", "icmp", "ip", "icmp"), layers.stream().map(Layer::protocol).toList());
		// the echo as Gateway received it: from Client to the file server, TTL 128, Windows' identifier 1, sequence 1
		assertEquals(List.of("10.0.10.20", "10.0.30.10", "128"), List.of(layers.get(3).value("ip.src"),
				layers.get(3).value("ip.dst"), layers.get(3).value("ip.ttl")));
		assertEquals(List.of("8 (Echo (ping) request)", "1 (0x0001)", "1 (0x0001)"), List.of(
				layers.get(4).value("icmp.type"), layers.get(4).value("icmp.ident"), layers.get(4).value("icmp.seq")));
		byte[] bytes = redirect.bytes();
		assertEquals(0xffff, FrameLayersTest.onesComplementSum(bytes, layers.get(2).offset(),
				layers.get(2).length()), "the redirect's ICMP checksum");
		assertEquals(0xffff, FrameLayersTest.onesComplementSum(bytes, layers.get(3).offset(), 20),
				"the quoted IPv4 header's checksum");
		// the quoted checksum is the echo's own: the same bytes as on Client's link when Client sent it
		FrameLayers echo = run.capture().frames().stream()
				.filter(f -> f.link().name().equals("HV01.Client.Net<->HV01.Ext")).map(CapturedFrame::frame)
				.filter(f -> f.field("icmp.type") != null && f.field("icmp.type").value().startsWith("8 ")).findFirst()
				.orElseThrow();
		assertEquals(echo.field("icmp.checksum").value(), layers.get(4).value("icmp.checksum"));
	}

	@Test
	void aRouterRedirectsTooAndTheWindowsStackTakesIt() throws Exception {
		PingResult result = ping(topologies.parse(TWO_ROUTERS), "S", "T", 2);
		assertTrue(result.reachable(), result::reason);
		assertEquals(List.of("R1", "R2"), Hop.layer3(result.pings().get(0).request()));
		assertEquals(List.of("R2"), Hop.layer3(result.pings().get(1).request()));
		assertEquals(List.of("ICMP redirect to 10.0.0.5: 10.9.0.9 is reached through 10.0.0.2, on its own subnet"),
				reasons(result, "R1", Action.SEND));
	}

	@Test
	void aGuestSendingFromItsOwnMacWithSpoofingOffIsDroppedAtItsPortAndTheDiagnosisSaysSo() throws Exception {
		Network network = example("guards/guest-mac.hvnet");
		PingResult out = ping(network, "HV02.Changed", "HV02.Files", 1);
		assertFalse(out.reachable());
		assertEquals("ARP for 192.168.60.10 on HV02.Changed.Net got no answer: nothing with that address is reachable"
				+ " in its segment and VLAN; the request was dropped at HV02.Lab (HV02.Changed.Net): MAC address"
				+ " spoofing is off on HV02.Changed.Net: source 02:00:00:60:00:02 is not its MAC 00:15:5d:60:00:02",
				out.reason());
		PingResult in = ping(network, "HV02.Files", "HV02.Changed", 1);
		assertFalse(in.reachable());
		assertTrue(in.reason().endsWith("; 192.168.60.20's answer was dropped at HV02.Lab (HV02.Changed.Net): MAC"
				+ " address spoofing is off on HV02.Changed.Net: source 02:00:00:60:00:02 is not its MAC"
				+ " 00:15:5d:60:00:02"), in.reason());
	}

	@Test
	void withSpoofingOnTheGuestsOwnMacWorksAndTheSwitchLearnsIt() throws Exception {
		PingResult result = ping(example("guards/guest-mac.hvnet"), "HV02.Allowed", "HV02.Files", 1);
		assertTrue(result.reachable(), result::reason);
		List<MacEntry> lab = result.macTables().get("HV02.Lab");
		assertTrue(lab.contains(new MacEntry("02:00:00:60:00:03", "HV02.Allowed.Net", 0)), lab::toString);
		assertFalse(lab.stream().anyMatch(e -> e.mac().equals("00:15:5d:60:00:03")), "the adapter's own is unused");
	}

	@ParameterizedTest
	@ValueSource(strings = { "guards/rogue-router.hvnet", "guards/router-guard.hvnet", "guards/guest-mac.hvnet" })
	void theExamplesScenariosHold(String file) throws Exception {
		List<ScenarioResult> scenarios = new ScenarioRunner().run(List.of(example(file)));
		assertFalse(scenarios.isEmpty());
		scenarios.forEach(r -> r.pings().forEach(p -> p.expectations().forEach(e -> assertTrue(e.passed(),
				() -> r.scenario() + ": " + p.description() + ": " + e.description() + ": " + e.message()))));
	}
}
