package io.hvnet.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.sim.Action;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.TraceEvent;

/** DHCP across routers: a relay agent forwards the client's broadcasts with giaddr, the server leases by it. */
public class DhcpRelayTest extends TopologyTest {

	/**
	 * A client VM on 10.0.20.0/24 behind R1 (%s: R1.Gi0's relay), R2 between R1 and the DHCP server DC1 on
	 * 10.0.30.0/24, whose NIC has a scope of its own subnet and (%s) more.
	 */
	private static final String ROUTED = """
			host HV01 {
			    nic NIC1 { mac 00:1b:21:00:00:01 bindings vms }
			    external switch Ext on NIC1
			    vm Client { synthetic adapter Net switch Ext { mac 00:15:5d:00:01:01 ip dhcp } }
			}
			router R1 {
			    interface Gi0 { mac 00:00:0c:00:00:01 ip 10.0.20.1/24 %s }
			    interface Gi1 { mac 00:00:0c:00:00:02 ip 192.168.0.1/30 }
			    route 10.0.30.0/24 via 192.168.0.2
			}
			router R2 {
			    interface Gi0 { mac 00:00:0c:00:10:01 ip 192.168.0.2/30 }
			    interface Gi1 { mac 00:00:0c:00:10:02 ip 10.0.30.1/24 }
			    route 0.0.0.0/0 via 192.168.0.1
			}
			server DC1 { nic NIC1 { mac 00:1b:21:00:30:0a ip 10.0.30.10/24 gateway 10.0.30.1
			    dhcp-server pool 10.0.30.100-10.0.30.199 router 10.0.30.1
			    %s } }
			cable HV01.NIC1 to R1.Gi0
			cable R1.Gi1 to R2.Gi0
			cable R2.Gi1 to DC1.NIC1
			""";

	private static final String RELAYED_SCOPE = "dhcp-server pool 10.0.20.50-10.0.20.99 subnet 10.0.20.0/24 router 10.0.20.1";

	private static List<String> reasons(PingResult result) {
		return result.events().stream().map(TraceEvent::reason).filter(r -> r != null).toList();
	}

	@Test
	void theRelayForwardsWithGiaddrTheServerLeasesFromTheRelayedScopeAndTheClientReachesIt() throws Exception {
		Network network = topologies.parse(ROUTED.formatted("dhcp-relay 10.0.30.10", RELAYED_SCOPE));
		PingResult result = Topologies.ping(network, "HV01.Client", "DC1", 1);
		assertTrue(result.reachable(), result::reason);
		List<String> reasons = reasons(result);
		assertTrue(reasons.contains("DHCP relay on R1.Gi0 forwards the discover of 00:15:5d:00:01:01 to 10.0.30.10,"
				+ " giaddr 10.0.20.1"), reasons::toString);
		// R2 routes the relayed unicast like any packet
		assertTrue(result.events().stream().anyMatch(e -> e.node().equals("R2") && e.frame() != null
				&& e.frame().type().equals("dhcp-discover") && e.action() == Action.ROUTE),
				reasons::toString);
		// the scope whose subnet holds giaddr, not the server's own subnet's
		assertTrue(reasons.contains("DHCP server offers 10.0.20.50/24, router 10.0.20.1 to 00:15:5d:00:01:01, lease"
				+ " 691200 s through the relay at 10.0.20.1"), reasons::toString);
		assertTrue(reasons.contains("DHCP relay on R1.Gi0 passes the ack of 10.0.20.50 from 10.0.30.10 to"
				+ " 00:15:5d:00:01:01"), reasons::toString);
		TraceEvent echo = result.events().stream()
				.filter(e -> e.frame() != null && "echo-request".equals(e.frame().icmp())).findFirst().orElseThrow();
		assertEquals("10.0.20.50", echo.frame().ipSrc());
	}

	@Test
	void withoutARelayTheBroadcastStaysOnTheClientsSegment() throws Exception {
		Network network = topologies.parse(ROUTED.formatted("", RELAYED_SCOPE));
		PingResult result = Topologies.ping(network, "HV01.Client", "DC1", 1);
		assertFalse(result.reachable());
		assertEquals("DHCP gave no address to HV01.Client.Net (no DHCP server answered on its segment)",
				result.reason());
		assertTrue(reasons(result).contains("no DHCP server on R1.Gi0"), () -> reasons(result).toString());
	}

	@Test
	void aServerWithoutAScopeForTheRelayedSubnetSaysSoAndLeasesNothing() throws Exception {
		Network network = topologies.parse(ROUTED.formatted("dhcp-relay 10.0.30.10", ""));
		PingResult result = Topologies.ping(network, "HV01.Client", "DC1", 1);
		assertFalse(result.reachable());
		assertTrue(result.reason().startsWith("DHCP gave no address to HV01.Client.Net"), result::reason);
		assertTrue(reasons(result).contains("no DHCP scope of DC1 serves giaddr 10.0.20.1's subnet"),
				() -> reasons(result).toString());
	}

	@Test
	void aWindowsServerThatForwardsRelaysLikeARouter() throws Exception {
		// RRAS on a Windows server with two NICs: IP forwarding on both, the DHCP Relay Agent on the clients' side
		Network network = topologies.parse("""
				host HV01 {
				    nic NIC1 { mac 00:1b:21:00:00:01 bindings vms }
				    external switch Ext on NIC1
				    vm Client { synthetic adapter Net switch Ext { mac 00:15:5d:00:01:01 ip dhcp } }
				}
				server GW {
				    nic In { mac 00:1b:21:00:20:01 ip 10.0.20.1/24 forwarding dhcp-relay 10.0.30.10 }
				    nic Out { mac 00:1b:21:00:20:02 ip 10.0.30.1/24 forwarding }
				}
				server DC1 { nic NIC1 { mac 00:1b:21:00:30:0a ip 10.0.30.10/24 gateway 10.0.30.1
				    %s } }
				cable HV01.NIC1 to GW.In
				cable GW.Out to DC1.NIC1
				""".formatted(RELAYED_SCOPE));
		PingResult result = Topologies.ping(network, "HV01.Client", "DC1", 1);
		assertTrue(result.reachable(), result::reason);
		assertTrue(reasons(result).contains("DHCP relay on GW.In passes the ack of 10.0.20.50 from 10.0.30.10 to"
				+ " 00:15:5d:00:01:01"), () -> reasons(result).toString());
		// the echo request passed the relaying server once, as the clients' gateway
		assertEquals(List.of("GW"), Topologies.names(result.pings().get(0).request()).stream()
				.filter(n -> n.equals("GW")).toList());
	}
}
