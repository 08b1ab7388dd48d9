package io.hvnet.sim.net;

import java.util.Arrays;
import java.util.List;

/**
 * The ports a bridge floods to, per VLAN and per kind of port the frame came in on, worked out once: a large
 * network's switches see a broadcast from every sender, and testing each of their ports for each broadcast was
 * most of a run. A set keeps port order (flooding order shows in the trace) and still holds the port the frame
 * came in on, which the caller skips; sets are forgotten whenever a port or a cable is added.
 */
final class FloodSets {

	private final List<Port> ports;
	private long[] keys = new long[4];
	private Port[][] sets = new Port[4][];
	private int size;

	FloodSets(List<Port> ports) {
		this.ports = ports;
	}

	/** Every connected port that carries {@code vlan}, without external ports when from an external one. */
	Port[] of(int vlan, boolean fromExternal) {
		long key = (long) vlan << 1 | (fromExternal ? 1 : 0);
		for (int i = 0; i < size; i++) {
			if (keys[i] == key) {
				return sets[i];
			}
		}
		Port[] set = ports.stream()
				.filter(p -> p.peer != null && p.vlans.carries(vlan) && !(fromExternal && p.external))
				.toArray(Port[]::new);
		if (size == keys.length) {
			keys = Arrays.copyOf(keys, size * 2);
			sets = Arrays.copyOf(sets, size * 2);
		}
		keys[size] = key;
		sets[size++] = set;
		return set;
	}

	void forget() {
		Arrays.fill(sets, null);
		size = 0;
	}
}
