package io.hvnet.sim.tests;

import static io.hvnet.sim.tests.Topologies.endpoint;
import static io.hvnet.sim.tests.Topologies.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.sim.Action;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.TraceEvent;

/**
 * Switch Embedded Teaming: each switch port's frames leave on its team member only, frames from the physical
 * network are delivered whichever member they come in on and never sent out of another member, and a member
 * without a cable loses its ports to the others.
 */
public class TeamingTest extends TopologyTest {

	/** NIC1 and NIC2 cabled to one physical switch; the host vNIC is affinitized to NIC1, VM1's adapter to NIC2. */
	private static final String TEAM = """
			host HV01 {
			    nic NIC1 "Intel X710" { mac 00:1B:21:00:00:01 }
			    nic NIC2 "Intel X710 #2" { mac 00:1B:21:00:00:02 }
			    external switch Ext on NIC1, NIC2 teaming %s
			    parent { vnic vExt switch Ext { mac 00:15:5D:00:00:01 ip 10.0.0.10/24 } }
			    vm VM1 { synthetic adapter Net1 switch Ext { mac 00:15:5D:00:00:11 ip 10.0.0.21/24 } }
			}
			physical switch PSW1 ports 8
			server FileServer { nic NIC1 { mac 00:1B:21:00:00:64 ip 10.0.0.100/24 } }
			cable HV01.NIC1 to PSW1 port 1
			%s
			cable FileServer.NIC1 to PSW1 port 3
			""";

	private static final String NIC2_CABLE = "cable HV01.NIC2 to PSW1 port 2";
	private static final String VM1_MAC = "00:15:5d:00:00:11";
	private static final String SERVER_MAC = "00:1b:21:00:00:64";

	private PingResult ping(String text, String from, String to) throws Exception {
		Network network = topologies.parse(text);
		PingResult result = Simulator.of(network).ping(endpoint(network, from), endpoint(network, to), 1,
				SimulationOptions.defaults());
		assertTrue(result.reachable(), result::reason);
		return result;
	}

	@Test
	void aPortsArpAndEchoLeaveOnItsTeamMemberOnly() throws Exception {
		for (String mode : List.of("hyperv-port", "dynamic")) {
			PingResult result = ping(TEAM.formatted(mode, NIC2_CABLE), "HV01.VM1", "FileServer");
			assertEquals(List.of("HV01.VM1", "HV01.VM1.Net1", "HV01.Ext", "HV01.NIC2", "PSW1", "FileServer.NIC1",
					"FileServer"), names(result.pings().get(0).request()), mode);
			assertEquals(1, count(result, onTheWire("HV01.NIC2").and(from(VM1_MAC)).and(TeamingTest::broadcast)),
					mode + ": the ARP request leaves on NIC2, once");
			assertEquals(0, count(result, onTheWire("HV01.NIC1").and(from(VM1_MAC))), mode + ": nothing of VM1 on NIC1");
			TraceEvent flood = result.events().stream()
					.filter(e -> e.node().equals("HV01.Ext") && e.action() == Action.FLOOD && from(VM1_MAC).test(e))
					.findFirst().orElseThrow();
			assertTrue(flood.reason().contains("HV01.NIC2") && !flood.reason().contains("HV01.NIC1"),
					() -> mode + ": the flood names the member it leaves on: " + flood.reason());
		}
	}

	@Test
	void framesFromThePhysicalNetworkAreDeliveredOnEitherMember() throws Exception {
		PingResult parent = ping(TEAM.formatted("hyperv-port", NIC2_CABLE), "HV01.parent", "FileServer");
		assertTrue(names(parent.pings().get(0).reply()).contains("HV01.NIC1"), () -> parent.pings().get(0).reply().toString());
		PingResult vm = ping(TEAM.formatted("hyperv-port", NIC2_CABLE), "HV01.VM1", "FileServer");
		assertTrue(names(vm.pings().get(0).reply()).contains("HV01.NIC2"), () -> vm.pings().get(0).reply().toString());
	}

	@Test
	void aBroadcastFromThePhysicalNetworkIsNeverSentOutOfAnotherMemberAndArrivesOnce() throws Exception {
		// the server's ARP request reaches both members through PSW1
		PingResult result = ping(TEAM.formatted("hyperv-port", NIC2_CABLE), "FileServer", "HV01.VM1");
		assertEquals(2, count(result, e -> e.node().startsWith("HV01.NIC") && e.port().equals("switch protocol")
				&& from(SERVER_MAC).test(e) && "arp".equals(e.frame().type())), "up through both members");
		assertEquals(0, count(result, onTheWire("HV01.NIC1").or(onTheWire("HV01.NIC2")).and(from(SERVER_MAC))),
				"a frame that came in on a member never goes out of one");
		assertEquals(1, count(result, e -> e.node().equals("HV01.VM1.Net1") && from(SERVER_MAC).test(e)
				&& "arp".equals(e.frame().type())), "VM1 hears the broadcast once, from its own member");
	}

	@Test
	void aMemberWithoutACableLosesItsPortsToTheOthers() throws Exception {
		PingResult result = ping(TEAM.formatted("dynamic", ""), "HV01.VM1", "FileServer");
		assertEquals(List.of("HV01.VM1", "HV01.VM1.Net1", "HV01.Ext", "HV01.NIC1", "PSW1", "FileServer.NIC1",
				"FileServer"), names(result.pings().get(0).request()));
		assertFalse(result.events().stream().anyMatch(e -> e.node().equals("HV01.NIC2")), "nothing goes to NIC2");
	}

	@Test
	void aTeamIntoTwoJoinedSwitchesIsNoLoop() throws Exception {
		String twoSwitches = TEAM.formatted("hyperv-port", "cable HV01.NIC2 to PSW2 port 1\ncable PSW1 port 8 to PSW2 port 8")
				+ "physical switch PSW2 ports 8\n";
		PingResult result = ping(twoSwitches, "FileServer", "HV01.VM1");
		assertEquals(List.of("FileServer", "FileServer.NIC1", "PSW1", "PSW2", "HV01.NIC2", "HV01.Ext", "HV01.VM1.Net1",
				"HV01.VM1"), names(result.pings().get(0).request()));
		assertTrue(result.events().stream().noneMatch(e -> e.action() == Action.DROP && e.reason() != null
				&& (e.reason().contains("hop limit") || e.reason().contains("storm"))), "no loop, no storm");
	}

	private static Predicate<TraceEvent> onTheWire(String nic) {
		return e -> e.node().equals(nic) && e.port().equals("wire");
	}

	private static boolean broadcast(TraceEvent e) {
		return "ff:ff:ff:ff:ff:ff".equals(e.frame().dst());
	}

		private static Predicate<TraceEvent> from(String mac) {
		return e -> e.frame() != null && mac.equals(e.frame().src());
	}

	private static long count(PingResult result, Predicate<TraceEvent> which) {
		return result.events().stream().filter(which).count();
	}
}
