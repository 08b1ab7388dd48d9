package io.hvnet.sim.tests;

import static io.hvnet.sim.tests.Topologies.endpoint;
import static io.hvnet.sim.tests.Topologies.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.tests.Examples;
import io.hvnet.sim.Action;
import io.hvnet.sim.Hop;
import io.hvnet.sim.FailurePlace;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.ScenarioResult;
import io.hvnet.sim.ScenarioRunner;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.TraceEvent;
import io.hvnet.sim.TraceRoute;

/** Routers, static routes, TTL, ICMP errors, traceroute and the diagnosis of a failed ping (issue #15). */
public class RoutingTest extends TopologyTest {

	/** Two servers on two subnets, each behind its own router; the routers share a /30. */
	private static final String TWO_ROUTERS = """
			server A { nic N { mac 02:00:00:00:00:0a ip 10.1.0.10/24 gateway 10.1.0.1 } }
			server B { nic N { mac 02:00:00:00:00:0b ip 10.2.0.10/24 gateway 10.2.0.1 } }
			router R1 {
			    interface G0 { mac 02:00:00:00:01:00 ip 10.1.0.1/24 }
			    interface G1 { mac 02:00:00:00:01:01 ip 192.168.0.1/30 }
			    route 10.2.0.0/16 via 192.168.0.2
			    route 10.9.0.0/16 via 192.168.0.2
			}
			router R2 {
			    interface G0 { mac 02:00:00:00:02:00 ip 192.168.0.2/30 }
			    interface G1 { mac 02:00:00:00:02:01 ip 10.2.0.1/24 }
			    route 10.1.0.0/24 via 192.168.0.1
			    route 10.9.0.0/16 via 192.168.0.1
			}
			cable A.N to R1.G0
			cable R1.G1 to R2.G0
			cable R2.G1 to B.N
			""";

	private static PingResult ping(Network network, String from, String to) {
		return Topologies.ping(network, from, to, 1);
	}

	@Test
	void aPacketCrossesTwoRoutersAndEachDecrementsTheTtl() throws Exception {
		Network network = topologies.parse(TWO_ROUTERS);
		PingResult result = ping(network, "A", "B");
		assertTrue(result.reachable(), result::reason);
		List<Hop> request = result.pings().get(0).request();
		assertEquals(List.of("A", "A.N", "R1.G0", "R1", "R1.G1", "R2.G0", "R2", "R2.G1", "B.N", "B"), names(request));
		assertEquals(List.of("R1", "R2"), Hop.layer3(request));
		List<String> routed = result.events().stream().filter(e -> e.action() == Action.ROUTE)
				.map(e -> e.node() + ": " + e.reason()).toList();
		assertEquals(List.of("R1: only route: route 10.2.0.0/16 via 192.168.0.2 via R1.G1 (metric 25), TTL 128 → 127",
				"R2: only route: 10.2.0.0/24 via R2.G1 (metric 25), TTL 127 → 126",
				"R2: only route: route 10.1.0.0/24 via 192.168.0.1 via R2.G0 (metric 25), TTL 128 → 127",
				"R1: only route: 10.1.0.0/24 via R1.G0 (metric 25), TTL 127 → 126"), routed);
		TraceEvent toB = result.events().stream()
				.filter(e -> e.node().equals("R2") && e.action() == Action.ROUTE).findFirst().orElseThrow();
		assertEquals("02:00:00:00:02:01", toB.frame() == null ? null : routedSource(result), "R2 rewrites the source MAC");
	}

	/** The source MAC of the echo request as B's NIC received it: R2's G1, not A's NIC. */
	private static String routedSource(PingResult result) {
		return result.events().stream()
				.filter(e -> e.node().equals("B.N") && e.action() == Action.DELIVER && e.frame() != null
						&& "echo-request".equals(e.frame().icmp()))
				.findFirst().orElseThrow().frame().src();
	}

	@Test
	void theLongestPrefixWinsOverTheDefaultRoute() throws Exception {
		Network network = topologies.parse("""
				server A { nic N { ip 10.1.0.10/24 gateway 10.1.0.1 route 10.7.0.0/16 via 10.1.0.2 metric 5 } }
				""");
		PingResult toSeven = ping(network, "A", "10.7.1.1");
		assertEquals("only route: route 10.7.0.0/16 via 10.1.0.2 via A.N (metric 30)",
				toSeven.events().get(0).reason(), "the /16 wins over 0.0.0.0/0; cost = route metric 5 + interface 25");
		PingResult toEight = ping(network, "A", "10.8.1.1");
		assertEquals("only route: default route via A.N (metric 25)", toEight.events().get(0).reason());
	}

	@Test
	void aRouterWithoutARouteAnswersNetUnreachableAndTheDiagnosisSaysWhere() throws Exception {
		Network network = topologies.parse(TWO_ROUTERS);
		PingResult result = ping(network, "A", "10.3.0.5");
		assertFalse(result.reachable());
		assertEquals("no route on R1 to 10.3.0.5", result.reason());
		assertEquals(FailurePlace.at("R1"), result.place(), "the place is the router the sentence names");
		assertTrue(result.events().stream().anyMatch(e -> e.node().equals("A") && e.action() == Action.DELIVER
				&& "destination net unreachable from 10.1.0.1".equals(e.reason())),
				"R1's ICMP destination net unreachable comes back to A");
	}

	@Test
	void aRoutingLoopEndsInTimeExceededNamingBothRouters() throws Exception {
		Network network = topologies.parse(TWO_ROUTERS);
		PingResult result = ping(network, "A", "10.9.0.5");
		assertFalse(result.reachable());
		assertTrue(result.reason().startsWith("TTL exceeded at R"), result::reason);
		assertTrue(result.reason().endsWith("on the way to 10.9.0.5: a routing loop between R1 and R2")
				|| result.reason().endsWith("on the way to 10.9.0.5: a routing loop between R2 and R1"), result::reason);
		assertEquals(FailurePlace.at(result.reason().substring("TTL exceeded at ".length(), "TTL exceeded at R1".length())),
				result.place(), "the router where the TTL ran out");
		long routed = result.events().stream().filter(e -> e.action() == Action.ROUTE && e.frame() != null
				&& "echo-request".equals(e.frame().icmp())).count();
		assertEquals(127, routed, "TTL 128 lets a packet be routed 127 times; the 128th router drops it");
		assertTrue(result.events().stream().anyMatch(e -> e.node().equals("A") && e.action() == Action.DELIVER
				&& e.reason().startsWith("TTL exceeded from ")), "the ICMP time exceeded comes back to A");
	}

	@Test
	void aPingThatCannotLeaveSaysWhyInItsTrace() throws Exception {
		Network network = topologies.parse("server A { nic N { ip 10.1.0.10/24 } }");
		PingResult result = ping(network, "A", "10.3.0.5");
		assertEquals("no route from A to 10.3.0.5", result.reason());
		assertEquals(FailurePlace.at("A"), result.place());
		assertEquals(1, result.events().size());
		assertEquals(Action.DROP, result.events().get(0).action());
		assertEquals("A", result.events().get(0).node());
	}

	@Test
	void anUnansweredArpSaysWhereTheVlansNeverMeet() throws Exception {
		Network network = topologies.parse("""
				server A { nic N { ip 10.1.0.10/24 } }
				server B { nic N { ip 10.1.0.20/24 vlan 20 } }
				physical switch P ports 4 { port 1 access 10 port 2 trunk 20 }
				cable A.N to P port 1
				cable B.N to P port 2
				""");
		PingResult result = ping(network, "A", "B");
		assertFalse(result.reachable());
		assertTrue(result.reason().startsWith("ARP for 10.1.0.20 on A.N got no answer"), result::reason);
		assertTrue(result.reason().endsWith("; 10.1.0.20 is B.N's, and the VLANs of A.N (untagged) and B.N (VLAN 20)"
				+ " never meet"), result::reason);
		assertEquals(FailurePlace.at("A.N"), result.place(), "the adapter whose ARP went unanswered");
	}

	@Test
	void anUnansweredArpSaysWhereTheRequestWasDropped() throws Exception {
		Network network = topologies.parse("""
				server A { nic N { ip 10.1.0.10/24 } }
				server B { nic N { ip 10.1.0.20/24 } }
				""");
		PingResult result = ping(network, "A", "B");
		assertEquals("ARP for 10.1.0.20 on A.N got no answer: nothing with that address is reachable in its segment"
				+ " and VLAN; the request was dropped at A.N: nothing is plugged into this port", result.reason());
		assertEquals(FailurePlace.at("A.N"), result.place(), "where the request was dropped");
	}

	@Test
	void aWindowsStackForwardsOnlyOnInterfacesWithForwarding() throws Exception {
		String text = """
				server A { nic N { ip 10.1.0.10/24 gateway 10.1.0.1 } }
				server FW { nic N1 { ip 10.1.0.1/24 %s } nic N2 { ip 10.2.0.1/24 forwarding } }
				server B { nic N { ip 10.2.0.10/24 gateway 10.2.0.1 } }
				cable A.N to FW.N1
				cable FW.N2 to B.N
				""";
		PingResult forwarding = ping(topologies.parse(text.formatted("forwarding")), "A", "B");
		assertTrue(forwarding.reachable(), forwarding::reason);
		assertEquals(List.of("FW"), Hop.layer3(forwarding.pings().get(0).request()));

		PingResult strong = ping(topologies.parse(text.formatted("")), "A", "B");
		assertFalse(strong.reachable());
		assertTrue(strong.events().stream().anyMatch(e -> e.node().equals("FW") && e.action() == Action.DROP
				&& "10.2.0.10 is not an address of FW.N1 (strong host model)".equals(e.reason())),
				"without forwarding on N1, FW takes the packet for someone else and drops it");
	}

	@Test
	void traceRouteListsEachRouterThatAnsweredTimeExceeded() throws Exception {
		Network network = topologies.parse(TWO_ROUTERS);
		TraceRoute route = Simulator.of(network).traceRoute(endpoint(network, "A"), endpoint(network, "B"), 30,
				SimulationOptions.defaults());
		assertTrue(route.reached(), route::reason);
		assertNull(route.reason());
		assertEquals(List.of("1 R1 10.1.0.1", "2 R2 192.168.0.2", "3 B 10.2.0.10"), route.probes().stream()
				.map(p -> p.ttl() + " " + p.node() + " " + p.address()).toList());
		assertEquals(List.of("R1", "R2"), route.routers());
	}

	@Test
	void aRouterOnAStickRoutesBetweenVlansThroughTaggedSubInterfaces() throws Exception {
		Network network = topologies.parse(Examples.read(Examples.root().resolve("routed/routed.hvnet")));
		PingResult result = ping(network, "HV01.Web", "HV01.App");
		assertTrue(result.reachable(), result::reason);
		assertEquals(List.of("R1"), Hop.layer3(result.pings().get(0).request()));
		List<Integer> tagsIntoR1 = result.events().stream()
				.filter(e -> e.node().equals("R1.Gi0") && e.action() == Action.DELIVER && e.frame() != null
						&& "echo-request".equals(e.frame().icmp()))
				.map(e -> e.frame().vlan()).toList();
		assertEquals(List.of(10), tagsIntoR1, "the request reaches Gi0 tagged 10");
		List<Integer> tagsOutOfR1 = result.events().stream()
				.filter(e -> e.node().equals("R1.Gi0") && e.action() == Action.SEND && e.frame() != null
						&& "echo-request".equals(e.frame().icmp()))
				.map(e -> e.frame().vlan()).toList();
		assertEquals(List.of(20), tagsOutOfR1, "and leaves it tagged 20, from sub-interface Gi0.20");
	}

	@Test
	void theRoutedExampleScenariosPass() throws Exception {
		Network network = topologies.parse(Examples.read(Examples.root().resolve("routed/routed.hvnet")));
		List<ScenarioResult> results = new ScenarioRunner().run(List.of(network));
		assertEquals(3, results.size());
		results.forEach(r -> r.pings().forEach(p -> p.expectations().forEach(e -> assertTrue(e.passed(),
				() -> r.scenario() + ": " + p.description() + ": " + e.description() + ": " + e.message()))));
	}

	@Test
	void routeAndBecauseExpectationsSayWhatHappened() throws Exception {
		Network network = topologies.parse(TWO_ROUTERS + """
				scenario "checks" {
				    ping A -> B
				        expect route via R2
				    ping A -> 10.3.0.5
				        expect unreachable because "no route on R2"
				    ping A -> R1
				        expect route direct
				}
				""");
		List<String> messages = new ScenarioRunner().run(List.of(network)).get(0).pings().stream()
				.flatMap(p -> p.expectations().stream()).map(e -> e.passed() + " " + e.message()).toList();
		assertEquals(List.of("false request 1 was routed via R1, R2",
				"false the target was unreachable, but the diagnosis is: no route on R1 to 10.3.0.5", "true null"),
				messages);
	}
}
