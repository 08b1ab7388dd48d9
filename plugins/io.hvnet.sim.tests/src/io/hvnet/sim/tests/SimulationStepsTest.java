package io.hvnet.sim.tests;

import static io.hvnet.sim.tests.Topologies.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.tests.Examples;
import io.hvnet.dsl.tests.HvNetInjectorProvider;
import io.hvnet.sim.Action;
import io.hvnet.sim.CapturedPing;
import io.hvnet.sim.MacEntry;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.step.SimulationStep;
import io.hvnet.sim.step.SimulationSteps;
import io.hvnet.sim.step.StepCursor;
import io.hvnet.sim.wire.Link;

/**
 * Stepping through a captured ping on real topologies: one step per trace event, each on its element with the seed's
 * flow, on the link the frame travels (every port of a flood at once), and a switch's MAC table with the address
 * the step learnt.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class SimulationStepsTest {

	@Inject
	private HvNetLoader loader;

	private static CapturedPing capture(Simulator simulator, Network network, String from, String to) {
		return simulator.pingCapturing(endpoint(network, from), endpoint(network, to), 1, SimulationOptions.defaults());
	}

	private static List<String> names(SimulationStep step) {
		return step.links().stream().map(Link::name).toList();
	}

	@Test
	void fig09StepsFollowTheFrameAndTheMacTables() throws Exception {
		Network fig09 = new Topologies(loader).example("fig09");
		CapturedPing ping = capture(Simulator.of(fig09), fig09, "HV01.parent", "FileServer");
		SimulationSteps steps = SimulationSteps.of(ping);
		assertEquals(ping.result().events().size(), steps.size(), "one step per trace event");

		SimulationStep first = steps.get(0);
		assertEquals("HV01.parent", first.element());
		assertEquals(1, first.flow());
		assertEquals(List.of(), first.links(), "the stack decides to send: no frame on a cable yet");
		assertNull(first.macTable());

		SimulationStep send = steps.get(2);
		assertEquals("HV01.vEthernet", send.element());
		assertEquals(List.of("HV01.vEthernet<->HV01.TestExternal"), names(send));

		SimulationStep learn = steps.get(3);
		assertEquals(Action.LEARN, learn.event().action());
		assertEquals("HV01.TestExternal", learn.element());
		assertEquals(2, learn.flow());
		assertEquals(List.of("HV01.vEthernet<->HV01.TestExternal"), names(learn), "learnt on the link it arrived by");
		assertEquals(List.of(new MacEntry("00:15:5d:00:01:01", "HV01.vEthernet", 0)), learn.macTable().entries());
		assertEquals("00:15:5d:00:01:01", learn.macTable().learnt());

		SimulationStep flood = steps.get(4);
		assertTrue(flood.flooded());
		assertEquals(3, flood.flow());
		assertEquals(List.of("HV01.TestExternal<->HV01.NIC1"), names(flood));
		assertTrue(flood.summary().startsWith("flood 00:15:5d:00:01:01 > ff:ff:ff:ff:ff:ff ARP"), flood.summary());
		assertNull(flood.macTable().learnt(), "a flood learns nothing");
		assertEquals(1, flood.macTable().entries().size());

		SimulationStep pswitchFlood = steps.get(7);
		assertEquals("PSW1", pswitchFlood.element());
		assertEquals(List.of("FileServer.NIC1<->PSW1:2"), names(pswitchFlood));

		SimulationStep reply = steps.get(11);
		assertEquals("PSW1", reply.element());
		assertEquals("00:1b:21:3a:00:64", reply.macTable().learnt());
		assertEquals(List.of("00:15:5d:00:01:01", "00:1b:21:3a:00:64"),
				reply.macTable().entries().stream().map(MacEntry::mac).toList());
		assertEquals(List.of("FileServer.NIC1<->PSW1:2"), names(reply));
	}

	@Test
	void aFloodIsOnEveryPortItGoesToAtOnce() throws Exception {
		Network converged = new Topologies(loader).parse(Examples.read(Examples.root().resolve("converged/converged.hvnet")));
		CapturedPing ping = capture(Simulator.of(converged), converged, "HV01.Web1", "HV02.Web2");
		SimulationSteps steps = SimulationSteps.of(ping);
		SimulationStep wide = steps.all().stream().filter(SimulationStep::flooded)
				.max((a, b) -> Integer.compare(a.links().size(), b.links().size())).orElseThrow();
		assertTrue(wide.links().size() > 1, () -> "a flood to one port only: " + names(wide));
		for (Link l : wide.links()) {
			assertTrue(l.end1().startsWith(wide.element()) || l.end2().startsWith(wide.element()),
					() -> l.name() + " does not leave " + wide.element());
		}
		for (SimulationStep s : steps.all()) {
			Action a = s.event().action();
			if (a == Action.SEND || a == Action.FORWARD || a == Action.FLOOD) {
				assertFalse(s.links().isEmpty(), () -> "step " + s.index() + " (" + s.summary() + ") is on no link");
			}
		}
	}

	@Test
	void theCursorStepsForwardBackAndResets() throws Exception {
		Network fig09 = new Topologies(loader).example("fig09");
		StepCursor cursor = new StepCursor(SimulationSteps.of(capture(Simulator.of(fig09), fig09, "HV01.parent", "FileServer")));
		assertEquals(-1, cursor.position());
		assertNull(cursor.current());
		cursor.forward();
		cursor.forward();
		assertEquals("HV01.vEthernet", cursor.forward().element());
		assertEquals("HV01.parent", cursor.back().element());
		assertEquals(1, cursor.position());
		cursor.reset();
		assertNull(cursor.back(), "nothing before the first step");
		assertEquals("HV01.parent", cursor.moveTo(1000).element(), "the last step: the reply reaches the sender");
		assertTrue(cursor.atEnd());
		assertEquals(500, StepCursor.delayMillis(2));
		assertEquals(20, StepCursor.delayMillis(1e6), "at most 50 steps a second");
	}
}
