package io.hvnet.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.Scenario;
import io.hvnet.dsl.model.Scenarios;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.ScenarioRunner;
import io.hvnet.sim.Simulator;

/**
 * A DHCP client in simulated time: DISCOVERs sent again when no offer comes, a lease renewed at T1, rebound at T2
 * and lost at its end; each visible on a scenario's timeline.
 */
public class DhcpLeaseTest extends TopologyTest {

	/** A client VM and the DHCP server DC1 (%s: more of its scope) on one physical switch; %s: the steps. */
	private static final String LAN = """
			host HV01 {
			    nic NIC1 { mac 00:1b:21:00:00:01 bindings vms }
			    external switch Ext on NIC1
			    vm Client { synthetic adapter Net switch Ext { mac 00:15:5d:00:01:01 ip dhcp } }
			}
			physical switch PSW1 ports 4
			server DC1 { nic NIC1 { mac 00:1b:21:00:30:0a ip 10.0.0.10/24
			    dhcp-server pool 10.0.0.100-10.0.0.199 %s } }
			cable HV01.NIC1 to PSW1 port 1
			cable DC1.NIC1 to PSW1 port 2
			scenario "s" {
			%s
			}
			""";

	/** Each ping of the scenario with its trace, as 'simulate' shows it: the steps before it replayed. */
	private List<PingResult> run(String scope, String steps) throws Exception {
		Network network = topologies.parse(LAN.formatted(scope, steps));
		Scenario scenario = (Scenario) network.getElements().get(network.getElements().size() - 1);
		Simulator simulator = Simulator.of(network);
		return Scenarios.pings(scenario).stream().map(p -> new ScenarioRunner().simulate(simulator, p)).toList();
	}

	/** "12 s: reason" for each event of the client whose reason starts with {@code prefix}, in order. */
	private static List<String> clientEvents(PingResult result, String prefix) {
		return result.events().stream()
				.filter(e -> e.node().equals("HV01.Client") && e.reason() != null && e.reason().startsWith(prefix))
				.map(e -> e.time() / 1_000_000_000L + " s: " + e.reason()).toList();
	}

	@Test
	void anUnansweredDiscoverIsSentAgainAfter4And8And16SecondsThenTheClientWaitsFiveMinutes() throws Exception {
		List<PingResult> pings = run("", """
				unplug cable DC1.NIC1
				ping HV01.Client -> DC1
				wait 60 s
				ping HV01.Client -> DC1
				plug cable DC1.NIC1
				wait 5 min
				ping HV01.Client -> DC1
				""");
		assertEquals("DHCP gave no address to HV01.Client.Net (no DHCP server answered on its segment)",
				pings.get(0).reason());
		assertEquals(List.of("4 s: DHCP discover from HV01.Client.Net (attempt 2 of 4, 4 s after the last)",
				"12 s: DHCP discover from HV01.Client.Net (attempt 3 of 4, 8 s after the last)",
				"28 s: DHCP discover from HV01.Client.Net (attempt 4 of 4, 16 s after the last)"),
				clientEvents(pings.get(1), "DHCP discover"));
		assertEquals(List.of("60 s: HV01.Client.Net got no DHCP lease after 4 discovers; it tries again in 300 s"),
				clientEvents(pings.get(1), "HV01.Client.Net got no"));
		assertFalse(pings.get(1).reachable());
		// five minutes after giving up it begins again, and the server is back
		assertEquals(List.of("360 s: DHCP discover from HV01.Client.Net"), clientEvents(pings.get(2), "DHCP discover"));
		assertTrue(pings.get(2).reachable(), pings.get(2)::reason);
	}

	@Test
	void aClientThatHadNoServerAtFirstLeasesOnceTheServerIsReachableAgain() throws Exception {
		List<PingResult> pings = run("", """
				unplug cable DC1.NIC1
				ping HV01.Client -> DC1
				plug cable DC1.NIC1
				wait 10 s
				ping HV01.Client -> DC1
				""");
		assertFalse(pings.get(0).reachable());
		assertTrue(pings.get(1).reachable(), pings.get(1)::reason);
		assertEquals(List.of("4 s: HV01.Client.Net is 10.0.0.100/24, no router, from 10.0.0.10"),
				clientEvents(pings.get(1), "HV01.Client.Net is"));
	}

	@Test
	void aLeaseIsRenewedWithItsServerAtHalfItsTime() throws Exception {
		List<PingResult> pings = run("lease 2 min", """
				ping HV01.Client -> DC1
				wait 5 min
				ping HV01.Client -> DC1
				""");
		assertTrue(pings.get(0).reachable(), pings.get(0)::reason);
		// each renewal is acknowledged, so the next one is half a lease later
		List<String> renewals = List.of(60, 120, 180, 240, 300).stream().map(t -> t + " s: DHCP request from"
				+ " HV01.Client.Net to renew 10.0.0.100/24 with 10.0.0.10 (T1: half the lease gone)").toList();
		assertEquals(renewals, clientEvents(pings.get(1), "DHCP request"));
		assertEquals(5, clientEvents(pings.get(1), "HV01.Client.Net renewed its lease: 10.0.0.100/24").size());
		assertTrue(pings.get(1).reachable(), pings.get(1)::reason);
	}

	@Test
	void aLeaseNobodyRenewsIsRebroadcastAtT2AndLostAtItsEndAndTheDiagnosisSaysSo() throws Exception {
		List<PingResult> pings = run("lease 2 min", """
				ping HV01.Client -> DC1
				unplug cable DC1.NIC1
				wait 5 min
				ping HV01.Client -> DC1
				""");
		assertTrue(pings.get(0).reachable(), pings.get(0)::reason);
		PingResult after = pings.get(1);
		// the renewal's unicast needs the server's MAC, which nothing answers for (the ARP entry aged at 30 s)
		assertEquals(List.of(
				"61 s: DHCP request from HV01.Client.Net to renew 10.0.0.100/24 with 10.0.0.10 (T1: half the lease gone):"
						+ " ARP for 10.0.0.10 on HV01.Client.Net got no answer: nothing with that address is reachable in"
						+ " its segment and VLAN",
				"105 s: DHCP request from HV01.Client.Net to rebind 10.0.0.100/24 with any server (T2: 87.5 % of the lease"
						+ " gone)"),
				clientEvents(after, "DHCP request"));
		assertFalse(after.reachable());
		assertEquals("DHCP lease of HV01.Client.Net (10.0.0.100/24 from 10.0.0.10) expired at 120 s: no DHCP server"
				+ " renewed it (lease 120 s)", after.reason());
	}
}
