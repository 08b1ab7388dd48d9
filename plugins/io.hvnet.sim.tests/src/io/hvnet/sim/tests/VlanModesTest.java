package io.hvnet.sim.tests;

import static io.hvnet.sim.tests.Topologies.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.sim.Action;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.TraceEvent;

/** Trunk and private VLAN ports (Set-VMNetworkAdapterVlan's modes) on real topologies, one host and two. */
public class VlanModesTest extends TopologyTest {

	/** A VM trunk T (10, 20, native 1) and access-mode VMs in VLANs 1, 10 and 30, all in one subnet. */
	private static final String TRUNK = """
			host HV01 {
			    private switch SW
			    vm T { synthetic adapter Net switch SW { ip 10.1.0.1/24 vlan trunk 10, 20 native 1 } }
			    vm N { synthetic adapter Net switch SW { ip 10.1.0.2/24 vlan 1 } }
			    vm X { synthetic adapter Net switch SW { ip 10.1.0.3/24 vlan 10 } }
			    vm Y { synthetic adapter Net switch SW { ip 10.1.0.4/24 vlan 30 } }
			}
			""";

	/** Primary VLAN 10: isolated 200, communities 201 and 202, one promiscuous port. */
	private static final String PVLAN = """
			host HV01 {
			    private switch SW
			    vm I1 { synthetic adapter Net switch SW { ip 10.2.0.1/24 vlan isolated primary 10 secondary 200 } }
			    vm I2 { synthetic adapter Net switch SW { ip 10.2.0.2/24 vlan isolated primary 10 secondary 200 } }
			    vm C1 { synthetic adapter Net switch SW { ip 10.2.0.3/24 vlan community primary 10 secondary 201 } }
			    vm C2 { synthetic adapter Net switch SW { ip 10.2.0.4/24 vlan community primary 10 secondary 201 } }
			    vm C3 { synthetic adapter Net switch SW { ip 10.2.0.5/24 vlan community primary 10 secondary 202 } }
			    vm M { synthetic adapter Net switch SW { ip 10.2.0.9/24 vlan promiscuous primary 10 secondary 200-202 } }
			}
			""";

	/** The same private VLAN on two hosts, joined through their external switches and a physical switch. */
	private static final String PVLAN_TWO_HOSTS = """
			host HV01 {
			    nic Uplink { bindings vms }
			    external switch Ext on Uplink
			    parent { vnic vExt switch Ext { ip 10.9.0.1/24 } }
			    vm I1 { synthetic adapter Net switch Ext { ip 10.2.0.1/24 vlan isolated primary 10 secondary 200 } }
			}
			host HV02 {
			    nic Uplink { bindings vms }
			    external switch Ext on Uplink
			    parent { vnic vExt switch Ext { ip 10.9.0.2/24 } }
			    vm I2 { synthetic adapter Net switch Ext { ip 10.2.0.2/24 vlan isolated primary 10 secondary 200 } }
			    vm M { synthetic adapter Net switch Ext { ip 10.2.0.9/24 vlan promiscuous primary 10 secondary 200 } }
			}
			physical switch Core ports 4
			cable HV01.Uplink to Core port 1
			cable HV02.Uplink to Core port 2
			""";

	private static PingResult ping(Network network, String from, String to) {
		return Topologies.ping(network, from, to, 1);
	}

	private static List<TraceEvent> at(PingResult result, String node) {
		return result.events().stream().filter(e -> e.node().equals(node)).toList();
	}

	@Test
	void aTrunkCarriesItsAllowedVlansTaggedButNotOthers() throws Exception {
		Network network = topologies.parse(TRUNK);
		PingResult fromTen = ping(network, "HV01.X", "HV01.T");
		List<TraceEvent> atTrunk = at(fromTen, "HV01.T.Net");
		assertFalse(atTrunk.isEmpty(), "VLAN 10 is allowed on the trunk: the broadcast reaches its adapter");
		assertEquals(10, atTrunk.get(0).frame().vlan(), "and arrives tagged 10");
		assertEquals("frame of VLAN 10 on an adapter without a VLAN", atTrunk.get(0).reason(),
				"the guest has no VLAN 10 interface, only the native VLAN");
		assertTrue(atTrunk.get(0).frame().text().endsWith(" vlan 10"), atTrunk.get(0).frame()::text);
		assertFalse(fromTen.reachable());

		PingResult fromThirty = ping(network, "HV01.Y", "HV01.T");
		assertTrue(at(fromThirty, "HV01.T.Net").isEmpty(), "VLAN 30 is not allowed: nothing reaches the trunk");
		assertEquals("broadcast: to every other port of VLAN 30 ()",
				fromThirty.events().stream().filter(e -> e.action() == Action.FLOOD).findFirst().orElseThrow().reason());
	}

	@Test
	void aTrunksNativeVlanTravelsUntagged() throws Exception {
		Network network = topologies.parse(TRUNK);
		PingResult result = ping(network, "HV01.N", "HV01.T");
		assertTrue(result.reachable(), result::reason);
		assertEquals(List.of("HV01.N", "HV01.N.Net", "HV01.SW", "HV01.T.Net", "HV01.T"),
				names(result.pings().get(0).request()));
		assertTrue(result.events().stream().allMatch(e -> e.frame() == null || e.frame().vlan() == 0),
				"nothing is tagged on the way between an access port and a trunk's native VLAN");
	}

	@Test
	void aHostVnicTrunkReachesTheManagementOsInItsNativeVlanOnly() throws Exception {
		Network network = topologies.parse("""
				host HV01 {
				    internal switch In
				    parent { vnic vIn switch In { ip 10.3.0.1/24 vlan trunk 10, 20 native 10 } }
				    vm A { synthetic adapter Net switch In { ip 10.3.0.2/24 vlan 10 } }
				    vm B { synthetic adapter Net switch In { ip 10.3.0.3/24 vlan 20 } }
				}
				""");
		PingResult native10 = ping(network, "HV01.A", "HV01.parent");
		assertTrue(native10.reachable(), native10::reason);
		PingResult tagged20 = ping(network, "HV01.B", "HV01.parent");
		assertFalse(tagged20.reachable());
		assertEquals(20, at(tagged20, "HV01.vIn").get(0).frame().vlan());
	}

	@Test
	void isolatedPortsReachOnlyPromiscuousPorts() throws Exception {
		Network network = topologies.parse(PVLAN);
		PingResult toIsolated = ping(network, "HV01.I1", "HV01.I2");
		assertFalse(toIsolated.reachable());
		assertTrue(at(toIsolated, "HV01.I2.Net").isEmpty());
		assertTrue(toIsolated.events().stream().anyMatch(e -> e.action() == Action.DROP
				&& e.port().equals("HV01.I2.Net") && e.reason().equals(
						"isolated port HV01.I1.Net of private VLAN 10 may reach only promiscuous ports, not HV01.I2.Net")),
				() -> toIsolated.events().toString());
		PingResult toPromiscuous = ping(network, "HV01.I1", "HV01.M");
		assertTrue(toPromiscuous.reachable(), toPromiscuous::reason);
		PingResult fromPromiscuous = ping(network, "HV01.M", "HV01.I2");
		assertTrue(fromPromiscuous.reachable(), fromPromiscuous::reason);
		assertFalse(ping(network, "HV01.I1", "HV01.C1").reachable(), "an isolated port does not reach a community");
	}

	@Test
	void communityPortsReachTheirCommunityAndPromiscuousPorts() throws Exception {
		Network network = topologies.parse(PVLAN);
		assertTrue(ping(network, "HV01.C1", "HV01.C2").reachable());
		assertTrue(ping(network, "HV01.C1", "HV01.M").reachable());
		assertTrue(ping(network, "HV01.M", "HV01.C3").reachable());
		PingResult otherCommunity = ping(network, "HV01.C1", "HV01.C3");
		assertFalse(otherCommunity.reachable());
		assertTrue(otherCommunity.events().stream().anyMatch(e -> e.action() == Action.DROP
				&& e.reason().equals("community port HV01.C1.Net of private VLAN 10 may reach only its own community"
						+ " and promiscuous ports, not HV01.C3.Net")), () -> otherCommunity.events().toString());
	}

	@Test
	void aPrivateVlanSpansHostsWithSecondaryAndPrimaryTagsOnTheWire() throws Exception {
		Network network = topologies.parse(PVLAN_TWO_HOSTS);
		PingResult toPromiscuous = ping(network, "HV01.I1", "HV02.M");
		assertTrue(toPromiscuous.reachable(), toPromiscuous::reason);
		List<TraceEvent> core = at(toPromiscuous, "Core");
		assertTrue(core.stream().anyMatch(e -> "arp".equals(e.frame().type())
				&& e.frame().vlan() == 200), "the isolated port's frames cross the wire tagged with its secondary");
		assertTrue(core.stream().anyMatch(e -> "echo-reply".equals(e.frame().icmp()) && e.frame().vlan() == 10),
				"the promiscuous port's frames cross the wire tagged with the primary");
		assertTrue(core.stream().noneMatch(e -> e.frame().vlan() == 0), "every frame on the wire is tagged");

		PingResult toIsolated = ping(network, "HV01.I1", "HV02.I2");
		assertFalse(toIsolated.reachable());
		assertTrue(at(toIsolated, "HV02.I2.Net").isEmpty());
		assertTrue(toIsolated.events().stream().anyMatch(e -> e.action() == Action.DROP && e.node().equals("HV02.Ext")
				&& e.reason().equals("isolated port HV02.I2.Net of private VLAN 10 is reached only from promiscuous"
						+ " ports")), () -> toIsolated.events().toString());
	}

	@Test
	void macTablesAreKeptPerVlan() throws Exception {
		Network network = topologies.parse(PVLAN_TWO_HOSTS);
		PingResult result = ping(network, "HV01.I1", "HV02.M");
		assertTrue(result.events().stream().anyMatch(e -> e.action() == Action.LEARN && e.node().equals("Core")
				&& e.reason().contains(" in VLAN 200 ")), "the physical switch learns the isolated VM in VLAN 200");
		assertTrue(result.events().stream().anyMatch(e -> e.action() == Action.LEARN && e.node().equals("Core")
				&& e.reason().contains(" in VLAN 10 ")), "and the promiscuous VM in VLAN 10");
	}
}
