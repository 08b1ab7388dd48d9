package io.hvnet.sim.reach;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.GuestMac;
import io.hvnet.dsl.model.RoutingTable;
import io.hvnet.sim.PingAnalysis;
import io.hvnet.sim.net.BroadcastReach;
import io.hvnet.sim.net.IpInterface;
import io.hvnet.sim.net.IpStack;

/**
 * Endpoints that every ping treats alike, as classes. Two endpoints are alike when their stacks are, interface by
 * interface: the same layer-2 segment (the interfaces a broadcast from there reaches, itself included), VLAN tag,
 * metric, forwarding / weak host settings and whether its switch port drops what it sends (a guest MAC with spoofing
 * off); addresses of the same kind (the same prefixes of any routing table in
 * the model hold them, with the same prefix length); the same routes. A ping's route choices, ARP answers and
 * strong host checks then come out the same for any member, so a pair of classes has one verdict. An address some
 * route uses as its next hop, or that more than one interface has, is itself part of the kind: its owner is special.
 */
public final class EndpointClasses {

	private final List<Endpoint> endpoints;
	private final Map<Endpoint, Integer> classOf = new IdentityHashMap<>();
	private final List<List<Endpoint>> members = new ArrayList<>();
	private final int segments;

	EndpointClasses(PingAnalysis analysis) {
		this.endpoints = List.copyOf(analysis.network().stacks().keySet());
		Map<IpInterface, Integer> segmentOf = new IdentityHashMap<>();
		Map<BitSet, Integer> segmentIds = new HashMap<>();
		BroadcastReach reach = analysis.broadcastReach();
		for (IpInterface i : reach.interfaces()) {
			BitSet segment = reach.from(i);
			segment.set(reach.indexOf(i));
			segmentOf.put(i, segmentIds.computeIfAbsent(segment, s -> segmentIds.size()));
		}
		this.segments = segmentIds.size();
		AddressKinds kinds = new AddressKinds(analysis);
		Map<String, Integer> bySignature = new LinkedHashMap<>();
		for (Endpoint e : endpoints) {
			String signature = signature(analysis.network().stackOf(e), segmentOf, kinds);
			int c = bySignature.computeIfAbsent(signature, s -> bySignature.size());
			if (c == members.size()) {
				members.add(new ArrayList<>());
			}
			members.get(c).add(e);
			classOf.put(e, c);
		}
	}

	public List<Endpoint> endpoints() {
		return endpoints;
	}

	public int classOf(Endpoint e) {
		return classOf.get(e);
	}

	public int count() {
		return members.size();
	}

	/** The endpoints of class {@code c} in model order. */
	public List<Endpoint> members(int c) {
		return members.get(c);
	}

	/** How many layer-2 segments the interfaces form. */
	public int segments() {
		return segments;
	}

	private static String signature(IpStack stack, Map<IpInterface, Integer> segmentOf, AddressKinds kinds) {
		if (stack == null || stack.interfaces().isEmpty()) {
			return "no interface";
		}
		StringBuilder s = new StringBuilder();
		Map<RoutingTable.Interface, Integer> position = new IdentityHashMap<>();
		for (IpInterface i : stack.interfaces()) {
			position.put(i.model(), position.size());
			RoutingTable.Interface m = i.model();
			s.append("if ").append(segmentOf.get(i)).append(' ').append(m.vlan()).append(' ').append(m.metric())
					.append(m.forwarding() ? 'F' : '-').append(m.weakHostSend() ? 'S' : '-')
					.append(m.weakHostReceive() ? 'R' : '-')
					.append(GuestMac.droppedBySwitch(m.adapter()) ? 'G' : '-'); // its port drops what it sends
			for (Addresses a : m.addresses()) {
				s.append(' ').append(kinds.of(a.address())).append('/').append(a.prefixLength());
			}
			s.append(';');
		}
		for (RoutingTable.Entry e : stack.table().entries()) {
			s.append("rt ").append(position.getOrDefault(e.iface(), -1)).append(' ').append(e.network()).append('/')
					.append(e.prefixLength()).append(' ').append(e.nextHop()).append(' ').append(e.routeMetric())
					.append(' ').append(e.origin()).append(';');
		}
		return s.toString();
	}

	/**
	 * The kind of an address: which prefixes of the model's routing tables hold it, and the address itself when a
	 * route goes through it or another interface has it too.
	 */
	private static final class AddressKinds {

		/** By prefix length: network -> the prefix's number. */
		private final TreeMap<Integer, Map<Integer, Integer>> prefixes = new TreeMap<>();
		private final Set<Integer> special = new HashSet<>();
		private final PingAnalysis analysis;

		AddressKinds(PingAnalysis analysis) {
			this.analysis = analysis;
			int count = 0;
			for (IpStack stack : analysis.network().stacks().values()) {
				for (RoutingTable.Entry e : stack.table().entries()) {
					Map<Integer, Integer> byNetwork = prefixes.computeIfAbsent(e.prefixLength(), l -> new HashMap<>());
					if (!byNetwork.containsKey(e.network())) {
						byNetwork.put(e.network(), count++);
					}
					if (e.nextHop() != 0) {
						special.add(e.nextHop());
					}
				}
			}
		}

		String of(int address) {
			StringBuilder kind = new StringBuilder();
			for (Map.Entry<Integer, Map<Integer, Integer>> byLength : prefixes.entrySet()) {
				int length = byLength.getKey();
				int mask = length == 0 ? 0 : (int) (0xFFFF_FFFFL << (32 - length));
				Integer prefix = byLength.getValue().get(address & mask);
				if (prefix != null) {
					kind.append(prefix).append(',');
				}
			}
			if (special.contains(address) || analysis.shared(address)) {
				kind.append('=').append(Addresses.format(address));
			}
			return kind.toString();
		}
	}
}
