package io.hvnet.sim.tests;

import static io.hvnet.sim.tests.Topologies.ping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.tests.Examples;
import io.hvnet.sim.Action;
import io.hvnet.sim.CapturedPing;
import io.hvnet.sim.Hop;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.ScenarioResult;
import io.hvnet.sim.ScenarioRunner;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.TraceEvent;
import io.hvnet.sim.TraceRoute;
import io.hvnet.sim.wire.CapturedFrame;
import io.hvnet.sim.wire.Layer;

/** A host's NAT and the Default Switch: translation out and back, the mapping kept, nothing let in (issue #15). */
public class NatTest extends TopologyTest {

	/**
	 * A host with New-NetNat on an internal switch ({@code NAT} is replaced by the NAT line, or nothing), its
	 * external NIC cabled straight to a server.
	 */
	private static final String NAT_SWITCH = """
			host HV01 {
			    nic Ethernet { mac 02:00:00:00:00:01 ip 192.168.1.10/24 }
			    internal switch NatSwitch
			    parent { vnic vNat switch NatSwitch { mac 02:00:00:00:00:02 ip 172.20.0.1/24 } }
			    NAT
			    vm VM1 { synthetic adapter Net switch NatSwitch { mac 02:00:00:00:01:01 ip 172.20.0.5/24 gateway 172.20.0.1 } }
			}
			server Server { nic N { mac 02:00:00:00:00:64 ip 192.168.1.100/24 } }
			cable HV01.Ethernet to Server.N
			""";

	private static List<String> natEvents(PingResult result) {
		return result.events().stream().filter(e -> e.action() == Action.NAT).map(e -> e.node() + ": " + e.reason())
				.toList();
	}

	private static List<String> echoRequestSourcesAt(PingResult result, String node) {
		return result.events().stream()
				.filter(e -> e.node().equals(node) && e.action() == Action.ECHO_REQUEST && e.frame() != null)
				.map(e -> e.frame().ipSrc()).toList();
	}

	@Test
	void anEchoFromBehindTheNatLeavesWithTheHostsAddressAndItsReplyIsTranslatedBack() throws Exception {
		Network network = topologies.parse(NAT_SWITCH.replace("NAT", "nat NatNetwork prefix 172.20.0.0/24"));
		PingResult result = ping(network, "HV01.VM1", "Server", 2);
		assertTrue(result.reachable(), result::reason);
		assertEquals(List.of("192.168.1.10", "192.168.1.10"), echoRequestSourcesAt(result, "Server"),
				"the server sees the host's address, not the VM's");
		// the second echo of the same ping (same identifier) reuses the mapping the first made
		assertEquals(List.of("HV01.parent: NAT 172.20.0.5 -> 192.168.1.10 (id 1 -> 1024, NatNetwork)",
				"HV01.parent: NAT 192.168.1.10 -> 172.20.0.5 (id 1024 -> 1, NatNetwork)",
				"HV01.parent: NAT 172.20.0.5 -> 192.168.1.10 (id 1 -> 1024, NatNetwork)",
				"HV01.parent: NAT 192.168.1.10 -> 172.20.0.5 (id 1024 -> 1, NatNetwork)"), natEvents(result));
		assertEquals(List.of("HV01.parent"), Hop.layer3(result.pings().get(0).request()), "the host routes for its NAT");
	}

	@Test
	void anEchoTheNatHasNoRouteForFailsWithNoRouteOnTheHost() throws Exception {
		Network network = topologies.parse(NAT_SWITCH.replace("NAT", "nat NatNetwork prefix 172.20.0.0/24"));
		PingResult result = ping(network, "HV01.VM1", "10.99.0.1", 1);
		assertFalse(result.reachable());
		assertEquals("no route on HV01.parent to 10.99.0.1", result.reason());
		assertEquals(List.of(), natEvents(result));
	}

	@Test
	void withoutTheNatTheHostDoesNotForwardAndTranslatesNothing() throws Exception {
		Network network = topologies.parse(NAT_SWITCH.replace("NAT", ""));
		PingResult result = ping(network, "HV01.VM1", "Server", 1);
		assertFalse(result.reachable());
		assertEquals(List.of(), natEvents(result));
		assertEquals(List.of(), echoRequestSourcesAt(result, "Server"));
	}

	@Test
	void aPacketFromOutsideToAnAddressBehindTheNatIsDroppedForWantOfAMapping() throws Exception {
		Network network = topologies.parse(NAT_SWITCH.replace("NAT", "nat NatNetwork prefix 172.20.0.0/24")
				.replace("ip 192.168.1.100/24 }", "ip 192.168.1.100/24 route 172.20.0.0/24 via 192.168.1.10 }"));
		PingResult result = ping(network, "Server", "172.20.0.5", 1);
		assertFalse(result.reachable());
		assertTrue(result.reason().startsWith("NAT has no mapping for a packet from 192.168.1.100 to 172.20.0.5 on "
				+ "HV01.parent"), result.reason());
		TraceEvent drop = result.events().stream().filter(e -> e.action() == Action.DROP).findFirst().orElseThrow();
		assertEquals("HV01.parent", drop.node());
		assertEquals(List.of(), echoRequestSourcesAt(result, "HV01.VM1"), "the VM never sees it");
		assertTrue(ping(network, "Server", "HV01.parent", 1).reachable(), "the host's own address answers");
	}

	@Test
	void theDefaultSwitchIsAnInternalSwitchWithItsHostVnicAndANat() throws Exception {
		Network network = topologies.parse(Examples.read(Examples.root().resolve("nat/nat.hvnet")));
		PingResult result = ping(network, "Laptop.Dev", "FileServer", 1);
		assertTrue(result.reachable(), result::reason);
		assertEquals(List.of("Laptop.Dev", "Laptop.Dev.Net", "Laptop.DefaultSwitch", "Laptop.vDefaultSwitch",
				"Laptop.parent", "Laptop.Ethernet", "Office", "FileServer.NIC1", "FileServer"),
				result.pings().get(0).request().stream().map(Hop::node).toList());
		assertEquals(List.of("Laptop.parent: NAT 172.30.16.2 -> 192.168.1.10 (id 1 -> 1024, Default Switch)",
				"Laptop.parent: NAT 192.168.1.10 -> 172.30.16.2 (id 1024 -> 1, Default Switch)"), natEvents(result));
		List<ScenarioResult> scenarios = new ScenarioRunner().run(List.of(network));
		assertEquals(2, scenarios.size());
		scenarios.forEach(r -> r.pings().forEach(p -> p.expectations().forEach(e -> assertTrue(e.passed(),
				() -> r.scenario() + ": " + p.description() + ": " + e.description() + ": " + e.message()))));
	}

	@Test
	void anIcmpErrorFromBeyondTheNatGoesToTheInsideHostWithTheEchoItQuotesTranslatedBack() throws Exception {
		Network network = topologies.parse(Examples.read(Examples.root().resolve("nat/office-router.hvnet")));
		PingResult result = ping(network, "Laptop.Dev", "10.99.0.1", 1);
		assertFalse(result.reachable());
		assertTrue(result.reason().startsWith("no route on Edge to 10.99.0.1; Laptop.Dev.Net took 172.30.16.2"),
				result.reason());
		assertEquals(List.of("Laptop.parent: NAT 172.30.16.2 -> 192.168.1.10 (id 1 -> 1024, Default Switch)",
				"Laptop.parent: NAT 192.168.1.10 -> 172.30.16.2 (destination net unreachable about id 1024 -> 1,"
						+ " Default Switch)"),
				natEvents(result));
		assertEquals(List.of("destination net unreachable from 192.168.1.1"),
				result.events().stream().filter(e -> e.node().equals("Laptop.Dev") && e.action() == Action.DELIVER
						&& e.frame() != null && "net-unreachable".equals(e.frame().icmp())).map(TraceEvent::reason)
						.toList(),
				"the VM gets the error, from the router's address");
	}

	@Test
	void onTheWireTheErrorQuotesTheEchoAsItWasOnEachSideOfTheNat() throws Exception {
		Network network = topologies.parse(Examples.read(Examples.root().resolve("nat/office-router.hvnet")));
		CapturedPing run = Simulator.of(network).pingCapturing(Topologies.endpoint(network, "Laptop.Dev"),
				"10.99.0.1", 1, SimulationOptions.defaults());
		assertEquals(List.of("192.168.1.1 192.168.1.10 192.168.1.10 10.99.0.1 1024 (0x0400)"),
				unreachables(run, "Laptop.Ethernet<->Office:1"), "outside: the translated echo");
		assertEquals(List.of("192.168.1.1 172.30.16.2 172.30.16.2 10.99.0.1 1 (0x0001)"),
				unreachables(run, "Laptop.Dev.Net<->Laptop.DefaultSwitch"), "inside: the VM's own echo");
	}

	/** Each destination unreachable on a link: outer source and destination, quoted source, destination and id. */
	private static List<String> unreachables(CapturedPing run, String link) {
		return run.capture().frames().stream().filter(f -> f.link().name().equals(link)).map(CapturedFrame::frame)
				.filter(f -> f.field("icmp.type") != null && f.field("icmp.type").value().startsWith("3 "))
				.map(f -> {
					List<Layer> l = f.layers();
					assertEquals(List.of("eth", "ip", "icmp", "ip", "icmp"), l.stream().map(Layer::protocol).toList());
					return String.join(" ", l.get(1).value("ip.src"), l.get(1).value("ip.dst"),
							l.get(3).value("ip.src"), l.get(3).value("ip.dst"), l.get(4).value("icmp.ident"));
				}).toList();
	}

	@Test
	void aTraceRouteFromBehindTheNatHearsFromTheRouterBeyondIt() throws Exception {
		Network network = topologies.parse(Examples.read(Examples.root().resolve("nat/office-router.hvnet")));
		TraceRoute route = Simulator.of(network).traceRoute(Topologies.endpoint(network, "Laptop.Dev"),
				Topologies.endpoint(network, "Printer"), 5, SimulationOptions.defaults());
		assertEquals(List.of("1 Laptop.parent 172.30.16.1 TTL exceeded", "2 Edge 192.168.1.1 TTL exceeded",
				"3 Printer 10.20.0.50 reached"),
				route.probes().stream().map(p -> p.ttl() + " " + p.node() + " " + p.address() + " "
						+ (p.reached() ? "reached" : p.error())).toList());
	}
}
