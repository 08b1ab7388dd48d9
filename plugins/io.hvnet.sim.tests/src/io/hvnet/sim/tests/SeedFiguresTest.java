package io.hvnet.sim.tests;

import static io.hvnet.sim.tests.Topologies.endpoint;
import static io.hvnet.sim.tests.Topologies.kinds;
import static io.hvnet.sim.tests.Topologies.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.sim.Action;
import io.hvnet.sim.Hop;
import io.hvnet.sim.PingRecord;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.SeedFlow;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.TraceEvent;

/** The seed's figures 9–14, simulated from examples/seed: exact request and reply paths, flooding, route choice. */
public class SeedFiguresTest extends TopologyTest {

	private PingResult ping(String figure, String from, String to, int count, boolean cold) throws Exception {
		Network network = topologies.example(figure);
		SimulationOptions options = SimulationOptions.defaults().withColdRoutes(cold);
		Simulator sim = Simulator.of(network);
		return to.matches("[0-9.]+") ? sim.ping(endpoint(network, from), to, count, options)
				: sim.ping(endpoint(network, from), endpoint(network, to), count, options);
	}

	private static void assertPath(List<String> expected, List<String> actual) {
		assertEquals(expected, actual);
	}

	@Test
	void fig09ParentReachesTheServerThroughHostVnicAndVirtualSwitch() throws Exception {
		PingResult result = ping("fig09", "HV01.parent", "FileServer", 1, false);
		assertTrue(result.reachable(), result::reason);
		PingRecord p = result.pings().get(0);
		assertPath(List.of("HV01.parent", "HV01.vEthernet", "HV01.TestExternal", "HV01.NIC1", "PSW1",
				"FileServer.NIC1", "FileServer"), names(p.request()));
		assertEquals(List.of("stack", "host-vnic", "vswitch", "nic", "pswitch", "nic", "stack"), kinds(p.request()));
		assertPath(List.of("FileServer", "FileServer.NIC1", "PSW1", "HV01.NIC1", "HV01.TestExternal",
				"HV01.vEthernet", "HV01.parent"), names(p.reply()));
		// the seed's flows 1..6 all appear on the way
		assertEquals(List.of(1, 2, 3, 4, 5, 6), result.events().stream().map(TraceEvent::flow)
				.filter(f -> f != null).map(SeedFlow::number).distinct().sorted().toList());
		// each hop carries the flow that led to it: fig. 9's 1 2 (3) 4 5 6, the switch's 3 being inside it
		assertEquals(Arrays.asList(null, 1, 2, 4, 5, 6, 1), flows(p.request()));
		// the reply goes the other way: into the physical switch by 5, onwards to the NIC by 6, up to the virtual
		// switch by 4, through it to the host vNIC by 3
		assertEquals(Arrays.asList(null, 1, 5, 6, 4, 3, 1), flows(p.reply()));
	}

	private static List<Integer> flows(List<Hop> path) {
		return path.stream().map(h -> h.flow() == null ? null : h.flow().number()).toList();
	}

	@Test
	void fig10LeastCostRouteUsesTheDedicatedNic() throws Exception {
		PingResult result = ping("fig10", "HV01.parent", "FileServer", 1, false);
		PingRecord p = result.pings().get(0);
		assertPath(List.of("HV01.parent", "HV01.NIC1", "PSW1", "FileServer.NIC1", "FileServer"), names(p.request()));
		assertPath(List.of("FileServer", "FileServer.NIC1", "PSW1", "HV01.NIC1", "HV01.parent"), names(p.reply()));
		assertEquals("least cost: 192.168.1.0/24, metric 25 via HV01.NIC1 < metric 35 via HV01.vEthernet",
				p.routeReason());
	}

	@Test
	void fig11BeforeCostsAreLearntTheLongPathThenTheShortOne() throws Exception {
		PingResult result = ping("fig11", "HV01.parent", "FileServer", 2, true);
		assertTrue(result.reachable(), result::reason);
		PingRecord first = result.pings().get(0);
		assertPath(List.of("HV01.parent", "HV01.vEthernet", "HV01.TestExternal", "HV01.NIC2", "PSW1",
				"FileServer.NIC1", "FileServer"), names(first.request()));
		assertPath(List.of("FileServer", "FileServer.NIC1", "PSW1", "HV01.NIC2", "HV01.TestExternal",
				"HV01.vEthernet", "HV01.parent"), names(first.reply()));
		assertTrue(first.routeReason().startsWith("route costs not learnt yet"), first.routeReason());
		PingRecord second = result.pings().get(1);
		assertPath(List.of("HV01.parent", "HV01.NIC1", "PSW1", "FileServer.NIC1", "FileServer"),
				names(second.request()));
		assertTrue(second.routeReason().startsWith("least cost"), second.routeReason());
	}

	@Test
	void fig12VmReachesTheServerThroughTheExternalSwitch() throws Exception {
		PingRecord p = ping("fig12", "HV01.VM1", "FileServer", 1, false).pings().get(0);
		assertPath(List.of("HV01.VM1", "HV01.VM1.Net1", "HV01.TestExternal", "HV01.NIC2", "PSW1", "FileServer.NIC1",
				"FileServer"), names(p.request()));
		assertEquals(List.of("stack", "vm-adapter", "vswitch", "nic", "pswitch", "nic", "stack"), kinds(p.request()));
		assertPath(List.of("FileServer", "FileServer.NIC1", "PSW1", "HV01.NIC2", "HV01.TestExternal",
				"HV01.VM1.Net1", "HV01.VM1"), names(p.reply()));
	}

	@Test
	void fig13VmReachesTheParentOverTheWireFloodingFirstThenForwarding() throws Exception {
		PingResult result = ping("fig13", "HV01.VM1", "192.168.1.11", 2, false);
		assertTrue(result.reachable(), result::reason);
		for (PingRecord p : result.pings()) {
			assertPath(List.of("HV01.VM1", "HV01.VM1.Net1", "HV01.TestExternal", "HV01.NIC2", "PSW1", "HV01.NIC1",
					"HV01.parent"), names(p.request()));
			assertPath(List.of("HV01.parent", "HV01.NIC1", "PSW1", "HV01.NIC2", "HV01.TestExternal", "HV01.VM1.Net1",
					"HV01.VM1"), names(p.reply()));
		}
		assertFloodedFirstThenForwarded(result);
	}

	@Test
	void fig14VmReachesTheParentInsideTheSwitch() throws Exception {
		PingResult result = ping("fig14", "HV01.VM1", "192.168.1.10", 2, false);
		assertTrue(result.reachable(), result::reason);
		for (PingRecord p : result.pings()) {
			assertPath(List.of("HV01.VM1", "HV01.VM1.Net1", "HV01.TestExternal", "HV01.vEthernet", "HV01.parent"),
					names(p.request()));
			assertEquals(List.of("stack", "vm-adapter", "vswitch", "host-vnic", "stack"), kinds(p.request()));
			// the flow 3 "which is interesting": from the VM's port to the host vNIC's inside the switch
			assertEquals(Arrays.asList(null, 1, 2, 3, 1), flows(p.request()));
			assertPath(List.of("HV01.parent", "HV01.vEthernet", "HV01.TestExternal", "HV01.VM1.Net1", "HV01.VM1"),
					names(p.reply()));
		}
		assertFloodedFirstThenForwarded(result);
	}

	/** The first frame (the ARP broadcast) floods every port of the switch; every echo frame is forwarded. */
	private static void assertFloodedFirstThenForwarded(PingResult result) {
		List<TraceEvent> atSwitch = result.events().stream().filter(e -> e.node().equals("HV01.TestExternal"))
				.filter(e -> e.action() == Action.FLOOD || e.action() == Action.FORWARD).toList();
		TraceEvent first = atSwitch.get(0);
		assertEquals(Action.FLOOD, first.action());
		assertEquals("arp", first.frame().type());
		assertTrue(first.reason().contains("HV01.vEthernet") && first.reason().contains("HV01.NIC2"), first.reason());
		List<TraceEvent> echoes = atSwitch.stream().filter(e -> "ipv4".equals(e.frame().type())).toList();
		assertEquals(4, echoes.size(), "two requests and two replies");
		echoes.forEach(e -> assertEquals(Action.FORWARD, e.action(), e::toString));
	}
}
