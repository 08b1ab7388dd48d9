package io.hvnet.sim.net;

import java.util.Arrays;

/**
 * A switch's learnt addresses: (VLAN, MAC) packed in a long → port index and time last seen, in open-addressing
 * primitive arrays. In a large flat network every switch learns every sender of a broadcast, so tables are big and
 * this layout (no object per entry, no boxing) is what keeps a data-centre run within memory and cache.
 */
final class MacTable {

	private static final long EMPTY = Long.MIN_VALUE;

	private long[] keys = empty(64);
	private int[] ports = new int[64];
	private long[] seen = new long[64];
	private int size;

	private static long[] empty(int n) {
		long[] k = new long[n];
		Arrays.fill(k, EMPTY);
		return k;
	}

	private static int slot(long key, int mask) {
		long h = key * 0x9E37_79B9_7F4A_7C15L;
		return (int) (h >>> 40) & mask;
	}

	/** The slot of {@code key}, or -1. */
	int find(long key) {
		int mask = keys.length - 1;
		for (int i = slot(key, mask);; i = (i + 1) & mask) {
			if (keys[i] == key) {
				return i;
			}
			if (keys[i] == EMPTY) {
				return -1;
			}
		}
	}

	int port(int slot) {
		return ports[slot];
	}

	long seenAt(int slot) {
		return seen[slot];
	}

	void put(long key, int port, long time) {
		if ((size + 1) * 2 > keys.length) {
			resize();
		}
		int mask = keys.length - 1;
		for (int i = slot(key, mask);; i = (i + 1) & mask) {
			if (keys[i] == key || keys[i] == EMPTY) {
				if (keys[i] == EMPTY) {
					size++;
				}
				keys[i] = key;
				ports[i] = port;
				seen[i] = time;
				return;
			}
		}
	}

	/** Calls {@code action} for every entry: key, port index, time last seen. */
	void forEach(EntryVisitor action) {
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] != EMPTY) {
				action.visit(keys[i], ports[i], seen[i]);
			}
		}
	}

	interface EntryVisitor {
		void visit(long key, int port, long seenAt);
	}

	private void resize() {
		long[] oldKeys = keys;
		int[] oldPorts = ports;
		long[] oldSeen = seen;
		keys = empty(oldKeys.length * 2);
		ports = new int[oldKeys.length * 2];
		seen = new long[oldKeys.length * 2];
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				put(oldKeys[i], oldPorts[i], oldSeen[i]);
			}
		}
	}
}
