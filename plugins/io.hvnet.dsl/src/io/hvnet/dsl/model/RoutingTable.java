package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.Route;
import io.hvnet.dsl.hvnet.Router;
import io.hvnet.dsl.hvnet.SubInterface;

/**
 * An IP stack's interfaces and routing table, the one home of "which route does a packet to this address take":
 * a connected route per address, the default gateway as 0.0.0.0/0, and static routes (written on an interface,
 * New-NetRoute -InterfaceAlias; or on a router, out of the interface whose subnet holds the next hop). A route's
 * cost is its route metric plus the interface metric, as Windows adds them (New-NetRoute -RouteMetric; "An
 * explanation of the Automatic Metric feature for IPv4 routes", learn.microsoft.com/troubleshoot/windows-server/
 * networking/automatic-metric-for-ipv4-routes); connected routes and the gateway count route metric 0 here, so that
 * among them the interface metric decides, as it does on Windows. The longest matching prefix wins, then the cost.
 */
public final class RoutingTable {

	/** Where a route comes from. */
	public enum Origin {
		CONNECTED, GATEWAY, STATIC
	}

	/**
	 * An interface of the stack: an adapter, or an 802.1Q sub-interface of a router interface ({@code vlan} its tag,
	 * 0 for an adapter). {@code element} is the Adapter or SubInterface; {@code adapter} is the adapter it is on.
	 */
	public record Interface(EObject element, Adapter adapter, String name, int vlan, List<Addresses> addresses,
			int metric, boolean forwarding, boolean weakHostSend, boolean weakHostReceive) {

		/** The first address: what the stack sends from by default. */
		public int ip() {
			return addresses.get(0).address();
		}

		public boolean onLink(int ip) {
			return addresses.stream().anyMatch(a -> a.sameSubnet(ip));
		}

		public boolean owns(int ip) {
			return addresses.stream().anyMatch(a -> a.address() == ip);
		}
	}

	/**
	 * A route: {@code nextHop} 0 for a connected route (the destination itself is the next hop); {@code route} the
	 * static route written, null for the others.
	 */
	public record Entry(Interface iface, int network, int prefixLength, int nextHop, int routeMetric, Origin origin,
			Route route) {

		public boolean matches(int dst) {
			int mask = prefixLength == 0 ? 0 : (int) (0xFFFF_FFFFL << (32 - prefixLength));
			return (dst & mask) == network;
		}

		/** Route metric plus interface metric. */
		public int metric() {
			return routeMetric + iface.metric();
		}

		public String prefix() {
			return Addresses.format(network) + "/" + prefixLength;
		}

		/** The route as the trace names it: {@code 10.0.0.0/24}, {@code default route}, {@code route 10.2.0.0/16 via 10.0.0.2}. */
		public String describe() {
			return switch (origin) {
			case CONNECTED -> prefix();
			case GATEWAY -> "default route";
			case STATIC -> "route " + prefix() + " via " + Addresses.format(nextHop);
			};
		}
	}

	private final List<Interface> interfaces;
	private final List<Entry> entries;
	private final boolean router;

	private RoutingTable(List<Interface> interfaces, List<Entry> entries, boolean router) {
		this.interfaces = interfaces;
		this.entries = entries;
		this.router = router;
	}

	/** The endpoint's stack: the adapters {@link Topology#ipInterfaces} names that have an address, and their routes. */
	public static RoutingTable of(Endpoint endpoint) {
		return of(endpoint, a -> null);
	}

	/**
	 * The endpoint's stack once its DHCP clients ('ip dhcp') have the leases {@code leases} gives (null: none yet):
	 * a leased address is the interface's address, and its router the interface's default gateway.
	 */
	public static RoutingTable of(Endpoint endpoint, Function<Adapter, DhcpServers.Lease> leases) {
		List<Interface> interfaces = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		boolean router = endpoint instanceof Router;
		for (Adapter a : Topology.ipInterfaces(endpoint)) {
			DhcpServers.Lease lease = DhcpServers.isClient(a) ? leases.apply(a) : null;
			List<Addresses> addresses = lease != null ? List.of(lease.address()) : IpAddresses.of(a);
			if (!addresses.isEmpty()) {
				interfaces.add(new Interface(a, a, Names.of(a), 0, addresses, Metrics.metric(a),
						router || a.isForwarding(), a.isWeakHostSend(), a.isWeakHostReceive()));
			}
			if (a instanceof PhysicalNic nic) {
				for (SubInterface sub : nic.getSubinterfaces()) {
					List<Addresses> subAddresses = IpAddresses.of(sub);
					if (!subAddresses.isEmpty()) {
						interfaces.add(new Interface(sub, a, Names.of(sub), sub.getVlan(), subAddresses,
								sub.getMetric() > 0 ? sub.getMetric() : Metrics.metric(a), router, false, false));
					}
				}
			}
		}
		for (Interface i : interfaces) {
			for (Addresses address : i.addresses()) {
				entries.add(new Entry(i, address.network(), address.prefixLength(), 0, 0, Origin.CONNECTED, null));
			}
		}
		for (Interface i : interfaces) {
			if (i.element() instanceof Adapter a) {
				DhcpServers.Lease lease = DhcpServers.isClient(a) ? leases.apply(a) : null;
				Addresses gateway = a.getGateway() == null && lease != null && lease.router() != 0
						? new Addresses(lease.router(), -1)
						: Addresses.parse(a.getGateway());
				if (gateway != null && i.onLink(gateway.address())) {
					entries.add(new Entry(i, 0, 0, gateway.address(), 0, Origin.GATEWAY, null));
				}
				for (Route r : a.getRoutes()) {
					staticRoute(r, List.of(i), entries);
				}
			}
		}
		if (endpoint instanceof Router r) {
			for (Route route : r.getRoutes()) {
				staticRoute(route, interfaces, entries);
			}
		}
		return new RoutingTable(List.copyOf(interfaces), List.copyOf(entries), router);
	}

	/** A static route goes out of the first of {@code through} whose subnet holds its next hop; none: no route. */
	private static void staticRoute(Route route, List<Interface> through, List<Entry> into) {
		Addresses prefix = Addresses.parse(route.getPrefix());
		Addresses nextHop = Addresses.parse(route.getNextHop());
		if (prefix == null || nextHop == null) {
			return;
		}
		int length = Math.max(prefix.prefixLength(), 0);
		Addresses network = new Addresses(prefix.address(), length);
		for (Interface i : through) {
			if (i.onLink(nextHop.address())) {
				into.add(new Entry(i, network.network(), length, nextHop.address(), route.getMetric(), Origin.STATIC,
						route));
				return;
			}
		}
	}

	/** Whether {@code ip} is an address of this stack. */
	public boolean owns(int ip) {
		return interfaces.stream().anyMatch(i -> i.owns(ip));
	}

	/** Whether a connected subnet of the stack holds {@code ip}. */
	public boolean onLink(int ip) {
		return interfaces.stream().anyMatch(i -> i.onLink(ip));
	}

	public List<Interface> interfaces() {
		return interfaces;
	}

	public List<Entry> entries() {
		return entries;
	}

	/** A router forwards on every interface; a Windows stack on the interfaces with 'forwarding'. */
	public boolean router() {
		return router;
	}

	/**
	 * The routes with the longest prefix that matches {@code dst}, in model order (connected routes first): the
	 * candidates the cost then decides between. Empty: no route.
	 */
	public List<Entry> longestMatches(int dst) {
		int longest = -1;
		List<Entry> result = new ArrayList<>();
		for (Entry e : entries) {
			if (e.matches(dst)) {
				if (e.prefixLength() > longest) {
					longest = e.prefixLength();
					result.clear();
				}
				if (e.prefixLength() == longest) {
					result.add(e);
				}
			}
		}
		return result;
	}

	/** The route a packet to {@code dst} takes: the longest match, then the lowest cost (model order breaks ties). */
	public Entry lookup(int dst) {
		Entry best = null;
		for (Entry e : longestMatches(dst)) {
			if (best == null || e.metric() < best.metric()) {
				best = e;
			}
		}
		return best;
	}
}
