package io.hvnet.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.AddressRange;
import io.hvnet.dsl.hvnet.DhcpServer;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.SubInterface;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.DhcpRelays;
import io.hvnet.dsl.model.DhcpServers;
import io.hvnet.dsl.model.IpAddresses;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.PortSecurity;
import io.hvnet.dsl.model.Segments;
import io.hvnet.dsl.model.SimulatedTime;

/** DHCP servers and clients, and a virtual switch port's DHCP guard, router guard and MAC spoofing (issue #15). */
public class DhcpRules extends AbstractRules {

	@Check
	public void adapter(Adapter adapter) {
		if (adapter.isDhcp() && adapter.getAddress() != null) {
			error(Names.label(adapter) + " takes its address from DHCP ('ip dhcp') and has a static one too;"
					+ " Set-NetIPInterface -Dhcp Enabled replaces static addresses", adapter,
					HvnetPackage.Literals.ADAPTER__DHCP, IssueCodes.DHCP_WITH_STATIC_ADDRESS);
		}
		if (!PortSecurity.appliesTo(adapter)) {
			for (var feature : List.of(HvnetPackage.Literals.ADAPTER__DHCP_GUARD,
					HvnetPackage.Literals.ADAPTER__ROUTER_GUARD, HvnetPackage.Literals.ADAPTER__MAC_SPOOFING)) {
				if (timesWritten(adapter, feature) > 0) {
					error("'" + keyword(feature.getName()) + "' is a setting of a virtual switch port"
							+ " (Set-VMNetworkAdapter); " + Names.label(adapter) + " is a physical port", adapter,
							feature, IssueCodes.PORT_SECURITY_ON_NIC);
				}
			}
		}
	}

	@Check
	public void server(DhcpServer server) {
		Adapter adapter = (Adapter) server.eContainer();
		List<Addresses> own = IpAddresses.of(adapter);
		if (own.isEmpty()) {
			error("a DHCP server answers from its adapter's own address: give " + Names.label(adapter)
					+ " a static 'ip'", server, HvnetPackage.Literals.DHCP_SERVER__POOL, IssueCodes.DHCP_POOL_OFF_SUBNET);
			return;
		}
		Addresses subnet = DhcpServers.subnet(server, own);
		if (subnet == null) {
			error("a scope's 'subnet' is a network with its prefix length, e.g. 10.0.20.0/24", server,
					HvnetPackage.Literals.DHCP_SERVER__SUBNET, IssueCodes.INVALID_ADDRESS);
			return;
		}
		String where = " outside " + (server.getSubnet() != null ? "the scope's subnet "
				: Names.label(adapter) + "'s subnet ") + Addresses.format(subnet.network()) + "/" + subnet.prefixLength();
		onSubnet(server.getPool(), subnet, "pool", where, server, HvnetPackage.Literals.DHCP_SERVER__POOL);
		for (AddressRange exclusion : server.getExclusions()) {
			onSubnet(exclusion, subnet, "exclusion", where, server, HvnetPackage.Literals.DHCP_SERVER__EXCLUSIONS);
		}
		if (server.getRouter() != null) {
			Addresses router = Addresses.parse(server.getRouter());
			if (router == null || router.prefixLength() >= 0) {
				error("'" + server.getRouter() + "' is not an IPv4 address", server,
						HvnetPackage.Literals.DHCP_SERVER__ROUTER, IssueCodes.INVALID_ADDRESS);
			} else if (!subnet.sameSubnet(router.address())) {
				error("router " + server.getRouter() + " is" + where + ": clients could not reach their gateway",
						server, HvnetPackage.Literals.DHCP_SERVER__ROUTER, IssueCodes.DHCP_POOL_OFF_SUBNET);
			}
		}
		lease(server);
	}

	private void lease(DhcpServer server) {
		if (server.getLeaseUnit() == null) {
			return;
		}
		long seconds = SimulatedTime.seconds(server.getLeaseAmount(), server.getLeaseUnit());
		if (seconds < 0) {
			error("'" + server.getLeaseUnit() + "' is not a time unit: write 's' (seconds), 'min' (minutes), 'h' (hours)"
					+ " or 'd' (days)", server, HvnetPackage.Literals.DHCP_SERVER__LEASE_UNIT, IssueCodes.TIME_UNIT);
		} else if (seconds < NumberRanges.MIN_LEASE_SECONDS || seconds > NumberRanges.MAX_LEASE_SECONDS) {
			error("a DHCP lease lasts 1 min to 999 d (Windows DHCP Server's bounds), not " + seconds + " s", server,
					HvnetPackage.Literals.DHCP_SERVER__LEASE_AMOUNT, IssueCodes.DHCP_LEASE_RANGE);
		}
	}

	/**
	 * A DHCP relay runs where packets are routed (a router's interface, or a Windows interface with IP forwarding:
	 * RRAS's DHCP Relay Agent is a routing protocol), from a static address of its own, the giaddr.
	 */
	@Check
	public void relayOnAdapter(Adapter adapter) {
		if (!adapter.getDhcpRelays().isEmpty()) {
			boolean routes = adapter instanceof PhysicalNic nic && nic.isRouterInterface() || adapter.isForwarding();
			relay(DhcpRelays.of(adapter), adapter.getDhcpRelays(), routes, adapter,
					HvnetPackage.Literals.ADAPTER__DHCP_RELAYS);
		}
	}

	@Check
	public void relayOnSubInterface(SubInterface sub) {
		if (!sub.getDhcpRelays().isEmpty()) {
			relay(DhcpRelays.of(sub), sub.getDhcpRelays(), true, sub, HvnetPackage.Literals.SUB_INTERFACE__DHCP_RELAYS);
		}
	}

	private void relay(DhcpRelays.Relay relay, List<String> written, boolean routes, EObject owner,
			org.eclipse.emf.ecore.EStructuralFeature feature) {
		if (!routes || relay.giaddr() == null) {
			error(relay.name() + " relays DHCP, but " + (!routes ? "does not route: a relay agent runs on a router's"
					+ " interface or one with 'forwarding' (RRAS)" : "has no static address to relay from (giaddr)"),
					owner, feature, IssueCodes.DHCP_RELAY_NOT_ROUTING);
			return;
		}
		Network network = org.eclipse.xtext.EcoreUtil2.getContainerOfType(owner, Network.class);
		List<DhcpServers.Scope> scopes = DhcpServers.in(contents(network).all());
		for (int i = 0; i < written.size(); i++) {
			Addresses target = Addresses.parse(written.get(i));
			if (target == null || target.prefixLength() >= 0) {
				error("a DHCP relay target is a server's IPv4 address without a prefix length, not '" + written.get(i)
						+ "'", owner, feature, i, IssueCodes.INVALID_ADDRESS);
				continue;
			}
			int server = target.address();
			List<DhcpServers.Scope> at = scopes.stream().filter(s -> s.address().address() == server).toList();
			if (at.isEmpty()) {
				warning("no DHCP server of this network answers at " + Addresses.format(server) + ": " + relay.name()
						+ "'s clients would get no address from it", owner, feature, i,
						IssueCodes.DHCP_RELAY_TARGET_UNKNOWN);
			} else if (at.stream().noneMatch(s -> s.serves(relay.giaddr().address()))) {
				warning("the DHCP server at " + Addresses.format(server) + " has no scope for " + relay.name()
						+ "'s subnet " + Addresses.format(relay.giaddr().network()) + "/" + relay.giaddr().prefixLength()
						+ ": write a 'dhcp-server pool … subnet …' for it", owner, feature, i,
						IssueCodes.RELAYED_SUBNET_WITHOUT_SCOPE);
			}
		}
	}

	private void onSubnet(AddressRange range, Addresses subnet, String what, String where, DhcpServer server,
			org.eclipse.emf.ecore.EStructuralFeature feature) {
		if (range == null) {
			return;
		}
		int[] ends = DhcpServers.range(range);
		if (ends == null) {
			error("a DHCP " + what + " is IPv4 addresses without a prefix length, e.g. 10.0.10.100-10.0.10.200",
					server, feature, IssueCodes.INVALID_ADDRESS);
		} else if (Integer.compareUnsigned(ends[0], ends[1]) > 0) {
			error("the DHCP " + what + " " + text(range) + " is reversed", server, feature,
					IssueCodes.DHCP_POOL_OFF_SUBNET);
		} else if (!subnet.sameSubnet(ends[0]) || !subnet.sameSubnet(ends[1])) {
			error("the DHCP " + what + " " + text(range) + " is" + where, server, feature,
					IssueCodes.DHCP_POOL_OFF_SUBNET);
		}
	}

	/**
	 * Servers and clients of one segment (the layer-2 domain and VLAN, {@link Segments}): overlapping pools, a
	 * second server on a VM adapter without DHCP guard, a static address a server could lease, a client no server
	 * answers. Looked for once per file.
	 */
	@Check
	public void segments(Network network) {
		FileContents contents = contents(network);
		List<DhcpServers.Scope> scopes = DhcpServers.in(contents.all()).stream().filter(s -> !s.relayed()).toList();
		List<DhcpRelays.Relay> relays = relays(contents.all());
		if (scopes.isEmpty() && relays.isEmpty()) {
			// the usual file: no segment to work out, only clients to warn about
			for (Adapter a : contents.adapters()) {
				if (DhcpServers.isClient(a)) {
					noServer(a);
				}
			}
			return;
		}
		Segments segments = Segments.of(network);
		List<String> scopeSegments = new ArrayList<>();
		scopes.forEach(s -> scopeSegments.add(segments.of(s.adapter())));
		List<String> relaySegments = relays.stream().map(r -> r.element() instanceof SubInterface sub
				? segments.of(sub) : segments.of((Adapter) r.element())).toList();
		for (int i = 0; i < scopes.size(); i++) {
			DhcpServers.Scope s = scopes.get(i);
			for (int j = 0; j < i; j++) {
				DhcpServers.Scope earlier = scopes.get(j);
				if (!scopeSegments.get(i).equals(scopeSegments.get(j))) {
					continue;
				}
				if (s.overlaps(earlier)) {
					error("pool " + s.pool() + " overlaps " + earlier.name() + "'s pool " + earlier.pool()
							+ " on the same segment: both servers could lease one address twice", s.server(),
							HvnetPackage.Literals.DHCP_SERVER__POOL, IssueCodes.DHCP_POOLS_OVERLAP);
				}
			}
			DhcpServers.Scope other = null;
			for (int j = 0; j < scopes.size(); j++) {
				if (j != i && scopeSegments.get(i).equals(scopeSegments.get(j))) {
					other = scopes.get(j);
					break;
				}
			}
			if (other != null && s.adapter() instanceof VmAdapter && !PortSecurity.of(s.adapter()).dhcpGuard()) {
				warning("VM adapter " + s.name() + " runs a DHCP server on the segment " + other.name()
						+ " serves, and its DHCP guard is off: clients take whichever offer comes first (write"
						+ " 'dhcp-guard' on the rogue one)", s.server(), HvnetPackage.Literals.DHCP_SERVER__POOL,
						IssueCodes.ROGUE_DHCP_SERVER);
			}
		}
		for (Adapter a : contents.adapters()) {
			String segment = null;
			if (DhcpServers.isClient(a)) {
				segment = segments.of(a);
				if (!scopeSegments.contains(segment) && !relaySegments.contains(segment)) {
					noServer(a);
				}
			}
			for (Addresses address : IpAddresses.of(a)) {
				for (int i = 0; i < scopes.size(); i++) {
					DhcpServers.Scope s = scopes.get(i);
					if (s.adapter() != a && s.leasable(address.address())
							&& (segment != null ? segment : (segment = segments.of(a))).equals(scopeSegments.get(i))) {
						warning("static address " + Addresses.format(address.address()) + " of " + Names.label(a)
								+ " is in " + s.name() + "'s DHCP pool " + s.pool() + " and not excluded: it may be"
								+ " leased to another client", a, HvnetPackage.Literals.ADAPTER__ADDRESS,
								IssueCodes.STATIC_ADDRESS_IN_POOL);
					}
				}
			}
		}
	}

	/** The DHCP relays of the file, with a server to relay to, in model order. */
	private static List<DhcpRelays.Relay> relays(List<EObject> contents) {
		List<DhcpRelays.Relay> relays = new ArrayList<>();
		for (EObject o : contents) {
			DhcpRelays.Relay r = o instanceof Adapter || o instanceof SubInterface ? DhcpRelays.of(o) : null;
			if (r != null && !r.servers().isEmpty()) {
				relays.add(r);
			}
		}
		return relays;
	}

	private void noServer(Adapter client) {
		warning(Names.label(client) + " takes its address from DHCP, but no DHCP server or relay serves its segment", client,
				HvnetPackage.Literals.ADAPTER__DHCP, IssueCodes.DHCP_CLIENT_WITHOUT_SERVER);
	}

	private static String text(AddressRange range) {
		return range.getLast() == null ? range.getFirst() : range.getFirst() + "-" + range.getLast();
	}

	private static String keyword(String feature) {
		return switch (feature) {
		case "dhcpGuard" -> "dhcp-guard";
		case "routerGuard" -> "router-guard";
		default -> "mac-spoofing";
		};
	}
}
