package io.hvnet.dsl.validation;

import java.util.List;

import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.hvnet.ReachableExpectation;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.DhcpServers;
import io.hvnet.dsl.model.RoutingTable;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.model.Vlans;

/** Scenario pings that cannot do what they say. */
public class ScenarioRules extends AbstractRules {

	@Check
	public void ping(Ping ping) {
		Endpoint from = ping.getFrom();
		// the routing table's interfaces: a router on a stick's addresses are on its sub-interfaces
		if (from != null && !from.eIsProxy() && RoutingTable.of(from).interfaces().isEmpty()
				&& Topology.ipInterfaces(from).stream().noneMatch(DhcpServers::isClient)) {
			error("the endpoint pings from no IPv4 interface (an adapter with ipv4 bound and an address)", ping,
					HvnetPackage.Literals.PING__FROM, IssueCodes.PING_FROM_NO_IP);
		}
		if (timesWritten(ping, HvnetPackage.Literals.PING__COUNT) > 0 && ping.getCount() < 1) {
			error("a ping sends at least one echo request", ping, HvnetPackage.Literals.PING__COUNT,
					IssueCodes.PING_COUNT);
		}
		boolean expectsReachable = ping.getExpectations().stream()
				.anyMatch(e -> e instanceof ReachableExpectation r && r.isReachable());
		Endpoint to = ping.getTo();
		if (expectsReachable && from != null && to != null && !from.eIsProxy() && !to.eIsProxy()) {
			for (Adapter a : Topology.ipInterfaces(from)) {
				for (Adapter b : Topology.ipInterfaces(to)) {
					VirtualSwitch sa = Topology.switchOf(a);
					if (sa != null && sa == Topology.switchOf(b) && !Vlans.sameVlan(a, b) && onlyPath(from, to)
							&& !routed(from)) {
						warning("both endpoints sit on switch " + sa.getName() + " but in VLAN "
								+ Vlans.of(a).domainVlan() + " and " + Vlans.of(b).domainVlan()
								+ ": they can never meet there, yet the ping expects them to", ping,
								HvnetPackage.Literals.PING__TO, IssueCodes.PING_VLANS_NEVER_MEET);
						return;
					}
				}
			}
		}
	}

	/**
	 * A stack with a gateway or a static route may reach another VLAN through a router; so may a DHCP client, whose
	 * lease's router option may become its gateway (through a relay, from a server in another subnet).
	 */
	private static boolean routed(Endpoint from) {
		return RoutingTable.of(from).entries().stream().anyMatch(e -> e.origin() != RoutingTable.Origin.CONNECTED)
				|| Topology.ipInterfaces(from).stream().anyMatch(DhcpServers::isClient);
	}

	private static boolean onlyPath(Endpoint from, Endpoint to) {
		List<Adapter> a = Topology.ipInterfaces(from);
		List<Adapter> b = Topology.ipInterfaces(to);
		return a.size() == 1 && b.size() == 1;
	}
}
