package io.hvnet.sim.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.hvnet.dsl.validation.NumberRanges;

/**
 * The ports a bridge floods to, per VLAN and per kind of port the frame came in on, worked out once: a large
 * network's switches see a broadcast from every sender, and testing each of their ports for each broadcast was
 * most of a run. A set keeps port order (flooding order shows in the trace) and still holds the port the frame
 * came in on, which the caller skips; sets are forgotten whenever a port or a cable is added. On a virtual switch
 * with a SET team the set also depends on the team member: the one the frame came in on, or the one the port it
 * came in on is affinitized to.
 * <p>
 * Sets are found by index, not by search: the port the frame came in on keeps the sets it needed by VLAN, shared
 * with the other ports on the same side of the switch ({@link #side}). Each set also holds, per port, the port at
 * the cable's other end and the tag the VLAN leaves with, so a flood puts its copies on their cables without reading
 * each port again. In a large network every switch is visited once per broadcast and little of it stays in the
 * cache, so what counts is how few objects a flood reads: the port, the set and its arrays.
 */
final class FloodSets {

	/**
	 * The ports of one flood in port order, the port plugged into each, and the 802.1Q tag each copy leaves with;
	 * {@code commonTag} is that tag when every copy leaves with the same one (nearly always: a switch's access ports
	 * of one VLAN all send untagged, a core's trunks all tag), else -1. A flood without a capture reads only
	 * {@code peers} then: each array more is one more cache miss per switch a broadcast reaches.
	 */
	record FloodSet(Port[] ports, Port[] peers, int[] tags, int commonTag) {
	}

	private final List<Port> ports;
	/** By {@link #side}, then by VLAN; a row is made when first asked for. */
	private FloodSet[][] bySide = new FloodSet[0][];

	FloodSets(List<Port> ports) {
		this.ports = ports;
	}

	/**
	 * Every connected port that carries {@code vlan}, as seen from {@code in}: from an adapter port, no external port
	 * but its team member; from an external port (a team member), no external port and only the adapter ports
	 * affinitized to it. On a switch without external ports this is every port of the VLAN.
	 */
	FloodSet of(int vlan, Port in) {
		FloodSet[] byVlan = in.floodSets;
		if (byVlan != null && vlan < byVlan.length && byVlan[vlan] != null) {
			return byVlan[vlan];
		}
		if (vlan > NumberRanges.MAX_VLAN) { // an id out of range (the validator reports it) is worked out each time
			return make(vlan, in);
		}
		int side = side(in);
		FloodSet set = side < bySide.length && bySide[side] != null && vlan < bySide[side].length ? bySide[side][vlan]
				: null;
		if (set == null) {
			set = make(vlan, in);
			bySide = remember(bySide, side, vlan, set);
		}
		FloodSet[][] own = { in.floodSets };
		in.floodSets = remember(own, 0, vlan, set)[0];
		return set;
	}

	/**
	 * What the set depends on besides the VLAN: 0 for a port of a switch without a team member, then per team
	 * member (external port) one number for the member itself and one for the adapter ports affinitized to it.
	 */
	private static int side(Port in) {
		if (in.external) {
			return 2 * in.index + 1;
		}
		return in.teamMember == null ? 0 : 2 * in.teamMember.index + 2;
	}

	private FloodSet make(int vlan, Port in) {
		List<Port> targets = new ArrayList<>();
		for (Port p : ports) {
			if (p.peer != null && p.vlans.carries(vlan) && reaches(in, p)) {
				targets.add(p);
			}
		}
		Port[] set = targets.toArray(Port[]::new);
		Port[] peers = new Port[set.length];
		int[] tags = new int[set.length];
		for (int i = 0; i < set.length; i++) {
			peers[i] = set[i].peer;
			tags[i] = set[i].vlans.tagFor(vlan);
		}
		int common = tags.length == 0 ? 0 : tags[0];
		for (int tag : tags) {
			if (tag != common) {
				common = -1;
			}
		}
		return new FloodSet(set, peers, tags, common);
	}

	/** {@code table} with {@code set} at [{@code row}][{@code vlan}], grown as needed. */
	private static FloodSet[][] remember(FloodSet[][] table, int row, int vlan, FloodSet set) {
		if (row >= table.length) {
			table = Arrays.copyOf(table, Math.max(row + 1, 2 * table.length));
		}
		FloodSet[] byVlan = table[row] == null ? new FloodSet[0] : table[row];
		if (vlan >= byVlan.length) {
			byVlan = Arrays.copyOf(byVlan, Math.max(vlan + 1, 2 * byVlan.length));
			table[row] = byVlan;
		}
		byVlan[vlan] = set;
		return table;
	}

	private static boolean reaches(Port in, Port p) {
		if (in.external) {
			return !p.external && (p.teamMember == null || p.teamMember == in);
		}
		return !p.external || p == in.teamMember;
	}

	void forget() {
		bySide = new FloodSet[0][];
		for (Port p : ports) {
			p.floodSets = null;
		}
	}
}
