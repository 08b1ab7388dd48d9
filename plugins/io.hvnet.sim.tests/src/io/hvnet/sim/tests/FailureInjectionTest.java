package io.hvnet.sim.tests;

import static io.hvnet.sim.tests.Topologies.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.hvnet.Scenario;
import io.hvnet.dsl.model.Scenarios;
import io.hvnet.dsl.tests.Examples;
import io.hvnet.sim.Action;
import io.hvnet.sim.MacEntry;
import io.hvnet.sim.PingOutcome;
import io.hvnet.sim.FailurePlace;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.ScenarioResult;
import io.hvnet.sim.ScenarioRunner;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.Timeline;
import io.hvnet.sim.TraceEvent;

/**
 * Scenario steps that break things and let time pass: an unplugged cable or a disabled adapter carries nothing and
 * says so, a SET team member without a link loses its ports to the others, a switch forgets a port's addresses when
 * its link goes down and any address after its aging time, and every ping of such a scenario runs on the network
 * the steps before it left.
 */
public class FailureInjectionTest extends TopologyTest {

	/** NIC1 and NIC2 teamed, both cabled to PSW1: the host vNIC is affinitized to NIC1, VM1's adapter to NIC2. */
	private static final String TEAM = """
			host HV01 {
			    nic NIC1 "Intel X710" { mac 00:1B:21:00:00:01 }
			    nic NIC2 "Intel X710" { mac 00:1B:21:00:00:02 }
			    external switch Ext on NIC1, NIC2 teaming hyperv-port
			    parent { vnic vExt switch Ext { mac 00:15:5D:00:00:01 ip 10.0.0.10/24 } }
			    vm VM1 { synthetic adapter Net1 switch Ext { mac 00:15:5D:00:00:11 ip 10.0.0.21/24 } }
			}
			physical switch PSW1 ports 8 %s
			server FileServer { nic NIC1 { mac 00:1B:21:00:00:64 ip 10.0.0.100/24 } }
			cable HV01.NIC1 to PSW1 port 1
			cable HV01.NIC2 to PSW1 port 2
			cable FileServer.NIC1 to PSW1 port 3
			scenario "s" {
			%s
			}
			""";

	private static final String VM1_MAC = "00:15:5d:00:00:11";

	private ScenarioResult run(String switchSettings, String steps) throws Exception {
		Network network = topologies.parse(TEAM.formatted(switchSettings, steps));
		List<ScenarioResult> results = new ScenarioRunner().run(List.of(network));
		return results.get(0);
	}

	private static List<String> request(PingOutcome outcome) {
		return names(outcome.result().pings().get(0).request());
	}

	@Test
	void unpluggingATeamMembersCableMovesItsPortsToTheOtherMemberAndPluggingItInMovesThemBack() throws Exception {
		ScenarioResult result = run("", """
				ping HV01.VM1 -> FileServer
				unplug cable HV01.NIC2
				ping HV01.VM1 -> FileServer
				plug cable PSW1 port 2
				ping HV01.VM1 -> FileServer
				""");
		List<PingOutcome> pings = result.pings();
		assertTrue(request(pings.get(0)).contains("HV01.NIC2"), () -> request(pings.get(0)).toString());
		assertEquals(List.of("HV01.VM1", "HV01.VM1.Net1", "HV01.Ext", "HV01.NIC1", "PSW1", "FileServer.NIC1",
				"FileServer"), request(pings.get(1)));
		assertTrue(pings.get(1).result().reachable(), pings.get(1).result()::reason);
		assertTrue(request(pings.get(2)).contains("HV01.NIC2"), () -> request(pings.get(2)).toString());
		// PSW1 forgot VM1 on port 2 when the link went down and learnt it on port 1 from the failed-over traffic
		List<MacEntry> afterFailover = pings.get(1).result().macTables().get("PSW1");
		assertTrue(afterFailover.stream().anyMatch(e -> e.mac().equals(VM1_MAC) && e.port().equals("port 1")),
				afterFailover::toString);
		assertFalse(afterFailover.stream().anyMatch(e -> e.mac().equals(VM1_MAC) && e.port().equals("port 2")),
				afterFailover::toString);
		assertEquals(List.of("unplugged cable HV01.NIC2 \u2013 PSW1 port 2", "plugged in cable HV01.NIC2 \u2013 PSW1 port 2"),
				result.events().stream().map(e -> e.text()).toList());
		assertEquals("at 2 s: unplugged cable HV01.NIC2 \u2013 PSW1 port 2", result.events().get(0).describe());
		assertEquals(1, pings.get(1).outage().unplugged().size());
		assertTrue(pings.get(2).outage().unplugged().isEmpty());
	}

	@Test
	void theTraceOfAPingStartsWithTheStepsJustBeforeItAtTheirSimulatedTime() throws Exception {
		Network network = topologies.parse(TEAM.formatted("", """
				ping HV01.VM1 -> FileServer count 2
				unplug cable HV01.NIC2
				ping HV01.VM1 -> FileServer
				"""));
		Scenario scenario = (Scenario) network.getElements().get(network.getElements().size() - 1);
		Ping second = Scenarios.pings(scenario).get(1);
		PingResult result = new ScenarioRunner().simulate(Simulator.of(network), second);
		TraceEvent first = result.events().get(0);
		assertEquals(Action.INJECT, first.action());
		assertEquals("unplugged cable HV01.NIC2 \u2013 PSW1 port 2", first.reason());
		assertEquals(3_000_000_000L, first.time(), "after a ping of two echo requests (a second each, and one to wait)");
		assertTrue(result.events().stream().skip(1).allMatch(e -> e.time() >= first.time()));
		assertTrue(names(result.pings().get(0).request()).contains("HV01.NIC1"));
	}

	@Test
	void disablingATeamMemberFailsItsPortsOverAsUnpluggingDoes() throws Exception {
		ScenarioResult result = run("", """
				disable HV01.NIC1
				ping HV01.parent -> FileServer
				""");
		assertEquals(List.of("HV01.parent", "HV01.vExt", "HV01.Ext", "HV01.NIC2", "PSW1", "FileServer.NIC1",
				"FileServer"), request(result.pings().get(0)));
	}

	@Test
	void aTimelineKeepsItsNetworkWhileTheSimulatorRunsOtherPings() throws Exception {
		Network network = topologies.parse(TEAM.formatted("", """
				ping HV01.VM1 -> FileServer
				ping HV01.VM1 -> FileServer
				"""));
		Scenario scenario = (Scenario) network.getElements().get(network.getElements().size() - 1);
		Simulator simulator = Simulator.of(network);
		Timeline timeline = simulator.timeline(SimulationOptions.defaults());
		timeline.ping(Scenarios.pings(scenario).get(0), false);
		// the view traces another ping meanwhile: the simulator resets its own networks, not the timeline's
		new ScenarioRunner().simulate(simulator, Scenarios.pings(scenario).get(0));
		PingResult second = timeline.ping(Scenarios.pings(scenario).get(1), false).result();
		assertTrue(second.events().stream().noneMatch(e -> e.action() == Action.ARP_REQUEST),
				"VM1 still knows FileServer's MAC 2 s later");
	}

	@Test
	void aDisabledAdapterCarriesNothingAndTheDiagnosisNamesIt() throws Exception {
		ScenarioResult result = run("", """
				disable HV01.VM1.Net1
				ping HV01.VM1 -> FileServer
				""");
		PingResult ping = result.pings().get(0).result();
		assertFalse(ping.reachable());
		assertTrue(ping.reason().contains("HV01.VM1.Net1 is disabled"), ping::reason);
		assertEquals(FailurePlace.at("HV01.VM1.Net1"), ping.place(), "the disabled adapter is where the ping failed");
	}

	@Test
	void anUnpluggedCableIsTheFirstCauseTheDiagnosisNamesEvenWhenTheArpCacheIsWarm() throws Exception {
		ScenarioResult result = run("", """
				ping HV01.VM1 -> FileServer
				unplug cable FileServer.NIC1
				ping HV01.VM1 -> FileServer
				plug cable FileServer.NIC1
				ping HV01.VM1 -> FileServer
				""");
		PingResult cut = result.pings().get(1).result();
		assertFalse(cut.reachable());
		// the ARP caches still know FileServer: the echo request itself is dropped at PSW1's port 3
		assertTrue(cut.reason().startsWith("echo request 1 reached no stack owning the address; it was dropped at PSW1"
				+ " (port 3): cable FileServer.NIC1 \u2013 PSW1 port 3 is unplugged"), cut::reason);
		assertEquals(new FailurePlace("PSW1", "port 3"), cut.place(), "the switch port the sentence names");
		assertNull(result.pings().get(2).result().place(), "an answered ping blames nothing");
		assertTrue(result.pings().get(2).result().reachable(), result.pings().get(2).result()::reason);
	}

	@Test
	void aSwitchForgetsAnAddressAfterItsAgingTimeAndFloodsToItAgain() throws Exception {
		String steps = """
				ping HV01.parent -> FileServer
				wait %s
				ping HV01.parent -> FileServer
				    expect %sflooded at PSW1
				""";
		// within the ARP cache's 30 s the echo request goes out unicast; PSW1 keeps FileServer for 20 s only
		assertTrue(run("mac-aging 20 s", steps.formatted("25 s", "")).passed(), "FileServer aged out of PSW1");
		assertFalse(run("mac-aging 20 s", steps.formatted("25 s", "not ")).passed());
		assertTrue(run("mac-aging 20 s", steps.formatted("10 s", "not ")).passed(), "still learnt after 12 s");
		// the same 25 s within the default 300 s: still learnt
		assertTrue(run("", steps.formatted("25 s", "not ")).passed());
		// after 2 minutes the ARP caches have forgotten too: the ARP request is broadcast again
		assertTrue(run("", steps.formatted("2 min", "")).passed());
	}

	@Test
	void aScenarioWithoutStepsStillStartsEveryPingOnAFreshNetwork() throws Exception {
		ScenarioResult fresh = run("", """
				ping HV01.parent -> FileServer
				    expect flooded at PSW1
				ping HV01.parent -> FileServer
				    expect flooded at PSW1
				""");
		assertTrue(fresh.passed());
		assertTrue(fresh.events().isEmpty());
	}

	@Test
	void theExamplesGiveTheSameResultsOnOneThreadAndOnFour() throws Exception {
		List<Network> networks = new java.util.ArrayList<>();
		for (java.nio.file.Path file : Examples.all()) {
			networks.add(topologies.parse(Examples.read(file)));
		}
		for (Network network : networks) {
			List<ScenarioResult> one = new ScenarioRunner().run(List.of(network), 1);
			List<ScenarioResult> four = new ScenarioRunner().run(List.of(network), 4);
			assertEquals(text(one), text(four));
		}
	}

	private static String text(List<ScenarioResult> results) {
		StringBuilder s = new StringBuilder();
		for (ScenarioResult r : results) {
			s.append(r.scenario()).append(r.events()).append('\n');
			for (PingOutcome p : r.pings()) {
				s.append(p.description()).append(p.result().pings()).append(p.result().macTables())
						.append(p.result().reason()).append(p.passed()).append('\n');
			}
		}
		return s.toString();
	}

}
