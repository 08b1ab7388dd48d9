package io.hvnet.sim.net;

import java.util.Arrays;
import java.util.List;

/**
 * The ports a bridge floods to, per VLAN and per kind of port the frame came in on, worked out once: a large
 * network's switches see a broadcast from every sender, and testing each of their ports for each broadcast was
 * most of a run. A set keeps port order (flooding order shows in the trace) and still holds the port the frame
 * came in on, which the caller skips; sets are forgotten whenever a port or a cable is added. On a virtual switch
 * with a SET team the set also depends on the team member: the one the frame came in on, or the one the port it
 * came in on is affinitized to.
 */
final class FloodSets {

	private final List<Port> ports;
	private long[] keys = new long[4];
	private Port[][] sets = new Port[4][];
	private int size;

	FloodSets(List<Port> ports) {
		this.ports = ports;
	}

	/**
	 * Every connected port that carries {@code vlan}, as seen from {@code in}: from an adapter port, no external port
	 * but its team member; from an external port (a team member), no external port and only the adapter ports
	 * affinitized to it. On a switch without external ports this is every port of the VLAN.
	 */
	Port[] of(int vlan, Port in) {
		long side = in.external ? (long) in.index << 1 | 1 : in.teamMember == null ? 0 : (long) (in.teamMember.index + 1) << 1;
		long key = (long) vlan << 32 | side;
		for (int i = 0; i < size; i++) {
			if (keys[i] == key) {
				return sets[i];
			}
		}
		Port[] set = ports.stream()
				.filter(p -> p.peer != null && p.vlans.carries(vlan) && reaches(in, p))
				.toArray(Port[]::new);
		if (size == keys.length) {
			keys = Arrays.copyOf(keys, size * 2);
			sets = Arrays.copyOf(sets, size * 2);
		}
		keys[size] = key;
		sets[size++] = set;
		return set;
	}

	private static boolean reaches(Port in, Port p) {
		if (in.external) {
			return !p.external && (p.teamMember == null || p.teamMember == in);
		}
		return !p.external || p == in.teamMember;
	}

	void forget() {
		Arrays.fill(sets, null);
		size = 0;
	}
}
