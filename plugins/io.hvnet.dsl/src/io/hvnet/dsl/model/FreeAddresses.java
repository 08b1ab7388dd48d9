package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.SubInterface;

/**
 * Addresses an adapter could take: for each subnet the other adapters of its layer-2 segment and VLAN use
 * ({@link Segments}), the lowest host address that no adapter or sub-interface of the world has and no DHCP pool
 * hands out (a static address inside a pool is a conflict waiting for its lease). Content assist offers them after
 * {@code ip}.
 */
public final class FreeAddresses {

	/** Subnets larger than this are searched only this far: a /8 has 16 million addresses. */
	private static final int SEARCHED = 65_536;

	private record Subnet(int network, int prefixLength) {
	}

	private FreeAddresses() {
	}

	/** In the order the subnets first appear in the file, as {@code 10.0.10.3/24}. */
	public static List<String> inSegmentOf(Adapter adapter) {
		if (!(EcoreUtil.getRootContainer(adapter) instanceof Network network)) {
			return List.of();
		}
		List<Network> world = Worlds.of(network);
		Segments segments = Segments.of(network);
		String segment = segments.of(adapter);
		Set<Integer> taken = new HashSet<>();
		Set<Subnet> subnets = new LinkedHashSet<>();
		for (Network file : world) {
			file.eAllContents().forEachRemaining(o -> {
				List<Addresses> addresses = o instanceof Adapter a ? IpAddresses.of(a)
						: o instanceof SubInterface s ? IpAddresses.of(s) : List.of();
				boolean neighbour = file == network && o != adapter && segment.equals(segmentOf(segments, o));
				for (Addresses a : addresses) {
					taken.add(a.address());
					if (neighbour && a.prefixLength() > 0 && a.prefixLength() < 31) {
						subnets.add(new Subnet(a.network(), a.prefixLength()));
					}
				}
			});
		}
		List<DhcpServers.Scope> pools = DhcpServers.of(world);
		List<String> free = new ArrayList<>();
		for (Subnet subnet : subnets) {
			long broadcast = (subnet.network() & 0xFFFF_FFFFL) + (1L << (32 - subnet.prefixLength())) - 1;
			long last = Math.min(broadcast - 1, (subnet.network() & 0xFFFF_FFFFL) + SEARCHED);
			for (long ip = (subnet.network() & 0xFFFF_FFFFL) + 1; ip <= last; ip++) {
				int candidate = (int) ip;
				if (!taken.contains(candidate) && pools.stream().noneMatch(p -> p.inPool(candidate))) {
					free.add(Addresses.format(candidate) + "/" + subnet.prefixLength());
					break;
				}
			}
		}
		return free;
	}

	private static String segmentOf(Segments segments, EObject o) {
		return o instanceof Adapter a ? segments.of(a) : o instanceof SubInterface s ? segments.of(s) : null;
	}
}
