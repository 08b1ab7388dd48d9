package io.hvnet.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Element;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.Route;
import io.hvnet.dsl.hvnet.Router;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.SubInterface;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.IpAddresses;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.RoutingTable;

/** Routers, their interfaces and sub-interfaces, and static routes (layer 3, issue #15). */
public class RoutingRules extends AbstractRules {

	@Check
	public void route(Route route) {
		Addresses prefix = Addresses.parse(route.getPrefix());
		if (prefix == null || prefix.prefixLength() < 0) {
			error("a route's destination is a network with its prefix length, e.g. 10.2.0.0/16", route,
					HvnetPackage.Literals.ROUTE__PREFIX, IssueCodes.ROUTE_INVALID);
		} else if (prefix.network() != prefix.address()) {
			error(route.getPrefix() + " is an address, not a network: the network is "
					+ Addresses.format(prefix.network()) + "/" + prefix.prefixLength(), route,
					HvnetPackage.Literals.ROUTE__PREFIX, IssueCodes.ROUTE_INVALID);
		}
		Addresses nextHop = Addresses.parse(route.getNextHop());
		if (nextHop == null || nextHop.prefixLength() >= 0) {
			error("a route's next hop is an address without a prefix length, e.g. 10.0.0.1", route,
					HvnetPackage.Literals.ROUTE__NEXT_HOP, IssueCodes.ROUTE_INVALID);
			return;
		}
		EObject owner = route.eContainer();
		boolean onLink = switch (owner) {
		case Adapter a -> IpAddresses.of(a).stream().anyMatch(x -> x.sameSubnet(nextHop.address()));
		case Router r -> RoutingTable.of(r).onLink(nextHop.address());
		default -> true;
		};
		if (!onLink) {
			error("next hop " + route.getNextHop() + " is on no subnet " + Names.of(owner) + " is connected to",
					route, HvnetPackage.Literals.ROUTE__NEXT_HOP, IssueCodes.NEXT_HOP_OFF_LINK);
		}
	}

	/**
	 * A static route whose next hop is another stack that routes the same destination straight back: every packet to
	 * it goes round until its TTL runs out. Looked for once per file.
	 */
	@Check
	public void loops(Network network) {
		if (!contents(network).hasRoutes()) {
			return;
		}
		List<RoutingTable> tables = new ArrayList<>();
		for (Element e : network.getElements()) {
			switch (e) {
			case Host h -> {
				tables.add(RoutingTable.of(h));
				h.getVms().forEach(vm -> tables.add(RoutingTable.of(vm)));
			}
			case Server s -> tables.add(RoutingTable.of(s));
			case Router r -> tables.add(RoutingTable.of(r));
			default -> {
			}
			}
		}
		for (RoutingTable a : tables) {
			for (RoutingTable.Entry route : a.entries()) {
				if (route.origin() != RoutingTable.Origin.STATIC) {
					continue;
				}
				for (RoutingTable b : tables) {
					if (b == a || !b.owns(route.nextHop())) {
						continue;
					}
					RoutingTable.Entry back = b.lookup(route.network());
					if (back != null && back.nextHop() != 0 && a.owns(back.nextHop())) {
						warning("packets to " + route.prefix() + " loop: " + route.describe() + " sends them to "
								+ b.interfaces().get(0).name() + ", whose " + back.describe() + " sends them back",
								route.route(), null, IssueCodes.ROUTING_LOOP);
					}
				}
			}
		}
	}

	@Check
	public void nic(PhysicalNic nic) {
		boolean onRouter = nic.eContainer() instanceof Router;
		if (onRouter && !nic.isRouterInterface()) {
			error("a router's port is written 'interface " + nic.getName() + "'", nic,
					HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.INTERFACE_KEYWORD);
		} else if (!onRouter && nic.isRouterInterface()) {
			error("only a router has interfaces; the port of " + KindWords.withArticle(KindWords.of(nic.eContainer()))
					+ " is written 'nic "
					+ nic.getName() + "'", nic, HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.INTERFACE_KEYWORD);
		} else if (!onRouter && !nic.getSubinterfaces().isEmpty()) {
			error("802.1Q sub-interfaces are a router's; a Windows NIC tags through its VLAN setting", nic,
					HvnetPackage.Literals.PHYSICAL_NIC__SUBINTERFACES, IssueCodes.INTERFACE_KEYWORD);
		}
		if (onRouter && IpAddresses.of(nic).isEmpty() && nic.getSubinterfaces().isEmpty()) {
			warning("interface " + nic.getName() + " has no address and no sub-interface: it routes nothing", nic,
					HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.ROUTER_INTERFACE_WITHOUT_ADDRESS);
		}
		if (onRouter) {
			for (var feature : List.of(HvnetPackage.Literals.ADAPTER__FORWARDING,
					HvnetPackage.Literals.ADAPTER__WEAK_HOST_SEND, HvnetPackage.Literals.ADAPTER__WEAK_HOST_RECEIVE)) {
				if (timesWritten(nic, feature) > 0) {
					warning("a router forwards on every interface; '" + keyword(feature.getName())
							+ "' is a Windows interface setting", nic, feature, IssueCodes.FORWARDING_ON_ROUTER);
				}
			}
		}
		Set<Integer> vlans = new HashSet<>();
		for (SubInterface sub : nic.getSubinterfaces()) {
			if (sub.getVlan() < 1 || sub.getVlan() > NumberRanges.MAX_VLAN) {
				error("a sub-interface's VLAN is 1 to " + NumberRanges.MAX_VLAN, sub,
						HvnetPackage.Literals.SUB_INTERFACE__VLAN, IssueCodes.SUBINTERFACE_VLAN);
			} else if (!vlans.add(sub.getVlan())) {
				error("interface " + nic.getName() + " has a sub-interface for VLAN " + sub.getVlan() + " already", sub,
						HvnetPackage.Literals.SUB_INTERFACE__VLAN, IssueCodes.SUBINTERFACE_VLAN);
			}
		}
	}

	@Check
	public void subInterfaceAddresses(SubInterface sub) {
		List<String> texts = new ArrayList<>();
		if (sub.getAddress() != null) {
			texts.add(sub.getAddress());
		}
		texts.addAll(sub.getMoreAddresses());
		for (String text : texts) {
			addressWithPrefix(text, sub, HvnetPackage.Literals.SUB_INTERFACE__ADDRESS);
		}
	}

	private static String keyword(String feature) {
		return switch (feature) {
		case "weakHostSend" -> "weak-host-send";
		case "weakHostReceive" -> "weak-host-receive";
		default -> feature;
		};
	}
}
