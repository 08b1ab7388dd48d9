package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.AddressRange;
import io.hvnet.dsl.hvnet.DhcpServer;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;

/**
 * The DHCP servers of a topology, the one home of "who hands out which addresses": each {@link Scope} is a server
 * answering on one adapter (Windows DHCP Server's scope, Add-DhcpServerv4Scope with its exclusion ranges
 * Add-DhcpServerv4ExclusionRange; a router's 'ip dhcp pool' and 'ip dhcp excluded-address'), from the adapter's
 * address, on the adapter's layer-2 segment, leasing the pool's addresses in ascending order but the excluded ones
 * and its own, with the router option (RFC 2132 option 3) as the client's gateway and the subnet mask of the
 * adapter's subnet (option 1). Another declaration that runs a DHCP server (the Windows Default Switch) contributes a
 * Scope of its own to {@link #of}. And which adapters are DHCP clients ('ip dhcp', Set-NetIPInterface -Dhcp
 * Enabled).
 */
public final class DhcpServers {

	/**
	 * One server's scope. {@code server} is the element that answers (its adapter), {@code address} its own address
	 * with the subnet's prefix length; {@code router} 0 when the scope hands out no gateway.
	 */
	public record Scope(EObject server, Adapter adapter, String name, Addresses address, int first, int last,
			List<int[]> exclusions, int router, Addresses subnet, long leaseSeconds) {

		/**
		 * Whether the scope serves a subnet the server's adapter is not on: only clients behind a DHCP relay, whose
		 * giaddr (RFC 2131 4.3.1) is in the subnet, lease from it.
		 */
		public boolean relayed() {
			return !subnet.sameSubnet(address.address()) || subnet.prefixLength() != address.prefixLength();
		}

		/** Whether {@code ip} is on the scope's subnet: the giaddr or client address a server picks the scope by. */
		public boolean serves(int ip) {
			return subnet.sameSubnet(ip);
		}

		public boolean inPool(int ip) {
			return Integer.compareUnsigned(ip, first) >= 0 && Integer.compareUnsigned(ip, last) <= 0;
		}

		public boolean excluded(int ip) {
			return exclusionOf(ip) != null;
		}

		/** Whether the scope may lease {@code ip}: in the pool, not excluded, not the server's own address. */
		public boolean leasable(int ip) {
			return inPool(ip) && !excluded(ip) && ip != address.address();
		}

		/**
		 * The first address the scope may lease that {@code taken} does not hold; 0 when the pool is exhausted. An
		 * excluded range is stepped over at once, so a /0 pool that excludes nearly everything is not walked address
		 * by address.
		 */
		public int nextFree(java.util.function.IntPredicate taken) {
			long ip = Integer.toUnsignedLong(first);
			while (ip <= Integer.toUnsignedLong(last)) {
				int[] excluding = exclusionOf((int) ip);
				if (excluding != null) {
					ip = Integer.toUnsignedLong(excluding[1]) + 1;
				} else if (ip != Integer.toUnsignedLong(address.address()) && !taken.test((int) ip)) {
					return (int) ip;
				} else {
					ip++;
				}
			}
			return 0;
		}

		private int[] exclusionOf(int ip) {
			for (int[] range : exclusions) {
				if (Integer.compareUnsigned(ip, range[0]) >= 0 && Integer.compareUnsigned(ip, range[1]) <= 0) {
					return range;
				}
			}
			return null;
		}

		public boolean overlaps(Scope other) {
			return Integer.compareUnsigned(first, other.last) <= 0 && Integer.compareUnsigned(other.first, last) <= 0;
		}

		/** {@code 10.0.10.100-10.0.10.200}. */
		public String pool() {
			return Addresses.format(first) + "-" + Addresses.format(last);
		}

		/** The pool and its options as the hover and the trace say them. */
		public String describe() {
			return "DHCP server for " + pool() + (exclusions.isEmpty() ? "" : " but " + exclusions.size()
					+ " excluded range" + (exclusions.size() == 1 ? "" : "s")) + ", mask /" + subnet.prefixLength()
					+ (router == 0 ? ", no router option" : ", router " + Addresses.format(router))
					+ (relayed() ? ", for relayed subnet " + Addresses.format(subnet.network()) + "/"
							+ subnet.prefixLength() : "")
					+ (leaseSeconds == SimulatedTime.DHCP_LEASE_SECONDS ? "" : ", lease " + leaseSeconds + " s");
		}
	}

	/**
	 * What a client got from a server: its address with the scope's prefix length (option 1), the router (option 3;
	 * 0 for none) that becomes its default gateway, the server's name and the lease time (option 51).
	 */
	public record Lease(Addresses address, int router, String server, long seconds) {

		/** {@code 10.0.10.100/24, router 10.0.10.1, from R1.Gi0}. */
		public String describe() {
			return address + (router == 0 ? ", no router" : ", router " + Addresses.format(router)) + ", from "
					+ server;
		}
	}

	private DhcpServers() {
	}

	/**
	 * The scopes an adapter's 'dhcp-server' settings declare, in the order written; a setting whose pool, subnet or
	 * router is not a valid IPv4 address, or an adapter without an address, declares none (HVN076 and the address
	 * rules say so).
	 */
	public static List<Scope> of(Adapter adapter) {
		List<Scope> scopes = new ArrayList<>();
		for (DhcpServer server : adapter.getDhcpServers()) {
			Scope s = of(adapter, server);
			if (s != null) {
				scopes.add(s);
			}
		}
		return scopes;
	}

	private static Scope of(Adapter adapter, DhcpServer server) {
		if (server.getPool() == null) {
			return null;
		}
		List<Addresses> own = IpAddresses.of(adapter);
		int[] pool = range(server.getPool());
		Addresses subnet = subnet(server, own);
		if (own.isEmpty() || pool == null || subnet == null) {
			return null;
		}
		List<int[]> exclusions = new ArrayList<>();
		for (AddressRange r : server.getExclusions()) {
			int[] range = range(r);
			if (range != null) {
				exclusions.add(range);
			}
		}
		int router = 0;
		if (server.getRouter() != null) {
			Addresses r = Addresses.parse(server.getRouter());
			if (r == null || r.prefixLength() >= 0) {
				return null;
			}
			router = r.address();
		}
		return new Scope(server, adapter, Names.of(adapter), own.get(0), pool[0], pool[1], List.copyOf(exclusions),
				router, subnet, SimulatedTime.leaseSeconds(server));
	}

	/**
	 * The subnet a scope serves: its 'subnet' (a network with its prefix length) when written, else the adapter's
	 * first address's subnet; null when 'subnet' is not a prefix or {@code own} is empty.
	 */
	public static Addresses subnet(DhcpServer server, List<Addresses> own) {
		if (server.getSubnet() != null) {
			Addresses written = Addresses.parse(server.getSubnet());
			return written == null || written.prefixLength() < 0 ? null
					: new Addresses(written.network(), written.prefixLength());
		}
		return own.isEmpty() ? null : own.get(0);
	}

	/** Every DHCP server of the networks, in model order: the written ones and each Default Switch's. */
	public static List<Scope> of(Collection<Network> networks) {
		List<Scope> scopes = new ArrayList<>();
		for (Network network : networks) {
			scopes.addAll(in((Iterable<EObject>) network::eAllContents));
		}
		return scopes;
	}

	/** The DHCP servers among {@code elements} (a network's contents in model order), as {@link #of(Collection)}. */
	public static List<Scope> in(Iterable<? extends EObject> elements) {
		List<Scope> scopes = new ArrayList<>();
		for (EObject o : elements) {
			if (o instanceof Adapter a && !a.getDhcpServers().isEmpty()) {
				scopes.addAll(of(a));
			} else if (o instanceof Host host) {
				Nats.of(host).stream().filter(Nats.Nat::defaultSwitch).map(DhcpServers::ofDefaultSwitch)
						.filter(Objects::nonNull).forEach(scopes::add);
			}
		}
		return scopes;
	}

	/**
	 * The DHCP server Windows runs on the Default Switch (ICS: "Default Switch" hands its VMs addresses of its prefix,
	 * with the host vNIC's address as their gateway and DNS server): every address of the prefix but the vNIC's, from
	 * the vNIC's address. Null when the switch has no host vNIC with an address in the prefix.
	 */
	static Scope ofDefaultSwitch(Nats.Nat nat) {
		if (nat.vnic() == null || nat.gateway() == 0) {
			return null;
		}
		List<int[]> pool = nat.dhcpPool();
		if (pool.isEmpty()) {
			return null;
		}
		Addresses own = new Addresses(nat.gateway(), nat.prefix().prefixLength());
		return new Scope(nat.element(), nat.vnic(), Names.of(nat.vnic()), own, pool.get(0)[0],
				pool.get(pool.size() - 1)[1], List.of(), nat.gateway(), own, SimulatedTime.DHCP_LEASE_SECONDS);
	}

	/** Whether the adapter takes its address from DHCP ('ip dhcp'). */
	public static boolean isClient(Adapter adapter) {
		return adapter.isDhcp();
	}

	/** The range's first and last address; a single address is both; null when either is not an IPv4 address. */
	public static int[] range(AddressRange range) {
		Addresses first = Addresses.parse(range.getFirst());
		Addresses last = range.getLast() == null ? first : Addresses.parse(range.getLast());
		if (first == null || last == null || first.prefixLength() >= 0 || last.prefixLength() >= 0) {
			return null;
		}
		return new int[] { first.address(), last.address() };
	}
}
