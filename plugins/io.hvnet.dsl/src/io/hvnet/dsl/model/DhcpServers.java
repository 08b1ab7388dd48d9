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
			List<int[]> exclusions, int router) {

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
					+ " excluded range" + (exclusions.size() == 1 ? "" : "s")) + ", mask /" + address.prefixLength()
					+ (router == 0 ? ", no router option" : ", router " + Addresses.format(router));
		}
	}

	/**
	 * What a client got from a server: its address with the scope's prefix length (option 1), the router (option 3;
	 * 0 for none) that becomes its default gateway, and the server's name.
	 */
	public record Lease(Addresses address, int router, String server) {

		/** {@code 10.0.10.100/24, router 10.0.10.1, from R1.Gi0}. */
		public String describe() {
			return address + (router == 0 ? ", no router" : ", router " + Addresses.format(router)) + ", from "
					+ server;
		}
	}

	private DhcpServers() {
	}

	/**
	 * The server an adapter's 'dhcp-server' declares; null when it declares none, or when the pool, the adapter's
	 * address or the router is not a valid IPv4 address (HVN076 and the address rules say so).
	 */
	public static Scope of(Adapter adapter) {
		DhcpServer server = adapter.getDhcpServer();
		if (server == null || server.getPool() == null) {
			return null;
		}
		List<Addresses> own = IpAddresses.of(adapter);
		int[] pool = range(server.getPool());
		if (own.isEmpty() || pool == null) {
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
				router);
	}

	/** Every DHCP server of the networks, in model order: the written ones and each Default Switch's. */
	public static List<Scope> of(Collection<Network> networks) {
		List<Scope> scopes = new ArrayList<>();
		for (Network network : networks) {
			for (EObject o : (Iterable<EObject>) network::eAllContents) {
				if (o instanceof Adapter a && a.getDhcpServer() != null) {
					Scope s = of(a);
					if (s != null) {
						scopes.add(s);
					}
				} else if (o instanceof Host host) {
					Nats.of(host).stream().filter(Nats.Nat::defaultSwitch).map(DhcpServers::ofDefaultSwitch)
							.filter(Objects::nonNull).forEach(scopes::add);
				}
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
				pool.get(pool.size() - 1)[1], List.of(), nat.gateway());
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
