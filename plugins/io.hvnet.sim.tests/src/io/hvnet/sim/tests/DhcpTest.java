package io.hvnet.sim.tests;

import static io.hvnet.sim.tests.Topologies.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.sim.Action;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.TraceEvent;

/** DHCP clients and servers, and Hyper-V's DHCP guard on a rogue server's VM adapter (issue #15). */
public class DhcpTest extends TopologyTest {

	/**
	 * A client VM and a VM running its own DHCP server (%s: its security settings) on one external switch; the
	 * router behind the physical switch is the segment's real DHCP server and gateway (%s: its DHCP server).
	 */
	private static final String ROGUE = """
			host HV01 {
			    nic NIC1 { mac 00:1b:21:00:00:01 bindings vms }
			    external switch Ext on NIC1
			    parent { vnic vExt switch Ext { mac 00:15:5d:00:00:01 ip 10.0.10.5/24 } }
			    vm Client { synthetic adapter Net switch Ext { mac 00:15:5d:00:01:01 ip dhcp } }
			    vm Rogue { synthetic adapter Net switch Ext { mac 00:15:5d:00:02:01 ip 192.168.137.1/24 %s
			        dhcp-server pool 192.168.137.100-192.168.137.200 router 192.168.137.1 } }
			}
			physical switch PSW1 ports 4
			router R1 { interface Gi0 { mac 00:00:0c:00:00:01 ip 10.0.10.1/24 %s } }
			cable HV01.NIC1 to PSW1 port 1
			cable R1.Gi0 to PSW1 port 2
			""";

	private static final String REAL_SERVER = "dhcp-server pool 10.0.10.100-10.0.10.200 exclude 10.0.10.100 router 10.0.10.1";

	private static PingResult ping(Network network, String from, String to) {
		return Topologies.ping(network, from, to, 1);
	}

	private static List<String> dhcpEvents(PingResult result) {
		return result.events().stream().filter(e -> e.frame() != null && e.frame().type().startsWith("dhcp-"))
				.filter(e -> e.action() == Action.SEND && (e.kind().equals("stack") || e.kind().equals("router"))
						|| e.action() == Action.DROP
						&& e.reason() != null && e.reason().startsWith("DHCP guard"))
				.map(e -> e.node() + " " + e.frame().type() + " " + e.frame().ipSrc() + " > " + e.frame().ipDst())
				.toList();
	}

	@Test
	void withDhcpGuardOnTheRogueTheClientLeasesFromTheRouterAndReachesIt() throws Exception {
		Network network = topologies.parse(ROGUE.formatted("dhcp-guard", REAL_SERVER));
		PingResult result = ping(network, "HV01.Client", "R1");
		assertTrue(result.reachable(), result::reason);
		// the router offers its first free address (10.0.10.100 is excluded); the rogue's offer dies at its port
		assertEquals(List.of("HV01.Client dhcp-discover 0.0.0.0 > 255.255.255.255",
				"HV01.Rogue dhcp-offer 192.168.137.1 > 192.168.137.100",
				"HV01.Ext dhcp-offer 192.168.137.1 > 192.168.137.100",
				"R1 dhcp-offer 10.0.10.1 > 10.0.10.101", "HV01.Client dhcp-request 0.0.0.0 > 255.255.255.255",
				"R1 dhcp-ack 10.0.10.1 > 10.0.10.101"), dhcpEvents(result));
		TraceEvent guard = result.events().stream().filter(e -> e.action() == Action.DROP && e.reason() != null
				&& e.reason().startsWith("DHCP guard")).findFirst().orElseThrow();
		assertEquals("DHCP guard on HV01.Rogue.Net drops DHCP server messages", guard.reason());
		assertEquals("HV01.Rogue.Net", guard.port());
		// the echo request leaves from the leased address, after the DHCP second
		TraceEvent echo = result.events().stream().filter(e -> e.action() == Action.ECHO_REQUEST).findFirst()
				.orElseThrow();
		assertEquals(1_000_000_000L, echo.time());
		TraceEvent sent = result.events().stream()
				.filter(e -> e.frame() != null && "echo-request".equals(e.frame().icmp())).findFirst().orElseThrow();
		assertEquals("10.0.10.101", sent.frame().ipSrc());
	}

	@Test
	void withoutDhcpGuardTheRoguesOfferArrivesFirstAndTheClientCannotReachTheRouter() throws Exception {
		Network network = topologies.parse(ROGUE.formatted("", REAL_SERVER));
		PingResult result = ping(network, "HV01.Client", "R1");
		assertFalse(result.reachable());
		assertTrue(result.reason().endsWith("; HV01.Client.Net took 192.168.137.100/24, router 192.168.137.1, from"
				+ " 192.168.137.1 (HV01.Rogue.Net) by DHCP"), result::reason);
		// the router's offer came too, and was ignored; the router freed its address on the client's request
		assertTrue(result.events().stream().anyMatch(e -> e.reason() != null
				&& e.reason().equals("ignores a DHCP offer from 10.0.10.1: it took 192.168.137.1's offer")));
		assertTrue(result.events().stream().anyMatch(e -> e.node().equals("R1") && e.reason() != null
				&& e.reason().equals("00:15:5d:00:01:01 chose DHCP server 192.168.137.1: 10.0.10.101 is free again")),
				() -> result.events().toString());
	}

	@Test
	void aClientWhoseOnlyServerIsGuardedGetsNoAddressAndTheDiagnosisSaysWhy() throws Exception {
		Network network = topologies.parse(ROGUE.formatted("dhcp-guard", ""));
		PingResult result = ping(network, "HV01.Client", "R1");
		assertFalse(result.reachable());
		assertEquals("DHCP gave no address to HV01.Client.Net (offers dropped by DHCP guard on HV01.Rogue.Net)",
				result.reason());
		// the ping's trace still shows the exchange, then where the ping stopped
		TraceEvent last = result.events().get(result.events().size() - 1);
		assertEquals("HV01.Client", last.node());
		assertEquals(Action.DROP, last.action());
		// the same as the target of a ping
		PingResult toClient = ping(network, "R1", "HV01.Client");
		assertEquals(result.reason(), toClient.reason());
	}

	@Test
	void noServerAndAnExhaustedPoolAreNamed() throws Exception {
		Network none = topologies.parse("""
				host H { private switch P vm A { synthetic adapter N switch P { ip dhcp } }
				vm B { synthetic adapter N switch P { ip 10.0.0.2/24 } } }
				""");
		assertEquals("DHCP gave no address to H.A.N (no DHCP server answered on its segment)",
				ping(none, "H.A", "H.B").reason());
		Network exhausted = topologies.parse("""
				host H { private switch P
				vm A { synthetic adapter N switch P { ip dhcp } }
				vm B { synthetic adapter N switch P { ip dhcp } }
				vm S { synthetic adapter N switch P { ip 10.0.0.2/24 dhcp-server pool 10.0.0.10-10.0.0.11 exclude 10.0.0.11 } } }
				""");
		assertTrue(ping(exhausted, "H.A", "H.S").reachable());
		assertEquals("DHCP gave no address to H.B.N (the pool of H.S's DHCP server is exhausted)",
				ping(exhausted, "H.B", "H.S").reason());
	}

	@Test
	void theSameRunGivesTheSameLeasesAndANetworkWithoutDhcpStartsAtTimeZero() throws Exception {
		Network network = topologies.parse(ROGUE.formatted("dhcp-guard", REAL_SERVER));
		Simulator simulator = Simulator.of(network);
		PingResult first = simulator.ping(endpoint(network, "HV01.Client"), endpoint(network, "R1"), 2,
				SimulationOptions.defaults());
		PingResult second = simulator.ping(endpoint(network, "HV01.Client"), endpoint(network, "R1"), 2,
				SimulationOptions.defaults());
		assertEquals(first.events(), second.events());
		Network noDhcp = topologies.parse(ROGUE.formatted("", "").replace("ip dhcp", "ip 10.0.10.50/24")
				.replace("dhcp-server pool 192.168.137.100-192.168.137.200 router 192.168.137.1", ""));
		assertEquals(0, ping(noDhcp, "HV01.Client", "R1").events().get(0).time());
	}
}
