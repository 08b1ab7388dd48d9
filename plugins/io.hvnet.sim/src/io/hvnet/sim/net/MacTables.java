package io.hvnet.sim.net;

import java.util.Arrays;

/**
 * What the switches of a network have learnt: for each switch, (VLAN, MAC) → port index and time last seen. Stored
 * by address rather than by switch: in a large flat network a broadcast reaches every switch one after the other
 * and each learns the same sender, so keeping one sender's entries of all switches side by side turns those
 * learnings into a walk through memory instead of a cache miss (and often a fresh page) per switch, and no switch
 * needs a table sized for everyone. Entries sit in pages of {@value #PAGE} switches, made when first written.
 */
final class MacTables {

	private static final long NO_KEY = Long.MIN_VALUE;
	private static final int PAGE_BITS = 6;
	private static final int PAGE = 1 << PAGE_BITS;
	private static final int[][] NO_PORT_PAGES = {};
	private static final long[][] NO_SEEN_PAGES = {};

	private int switches;

	/** (VLAN, MAC) → row, by open addressing. */
	private long[] slotKeys = noKeys(256);
	private int[] slotRows = new int[256];

	/** A row per (VLAN, MAC): its key, then per page the port index + 1 (0: not learnt) and the time last seen. */
	private long[] rowKeys = new long[128];
	private int[][][] ports = new int[128][][];
	private long[][][] seen = new long[128][][];
	private int rows;

	/** A new switch; its number is its place in every row. */
	int addSwitch() {
		return switches++;
	}

	/** The port index {@code sw} learnt for {@code key} if seen within {@code agingNs} before {@code now}, else -1. */
	int port(int sw, long key, long now, long agingNs) {
		int row = find(key);
		int page = sw >>> PAGE_BITS;
		if (row < 0 || page >= ports[row].length || ports[row][page] == null) {
			return -1;
		}
		int i = sw & (PAGE - 1);
		int port = ports[row][page][i] - 1;
		return port < 0 || now - seen[row][page][i] > agingNs ? -1 : port;
	}

	/**
	 * Notes that {@code sw} saw {@code key} on {@code port} at {@code now}; true when that is news to it: the address
	 * was unknown, had aged out (older than {@code agingNs}) or was on another port.
	 */
	boolean learn(int sw, long key, int port, long now, long agingNs) {
		int row = find(key);
		if (row < 0) {
			row = addRow(key);
		}
		int page = sw >>> PAGE_BITS;
		if (page >= ports[row].length) {
			ports[row] = Arrays.copyOf(ports[row], pagesFor(switches));
			seen[row] = Arrays.copyOf(seen[row], ports[row].length);
		}
		if (ports[row][page] == null) {
			ports[row][page] = new int[PAGE];
			seen[row][page] = new long[PAGE];
		}
		int i = sw & (PAGE - 1);
		int[] portPage = ports[row][page];
		long[] seenPage = seen[row][page];
		boolean news = portPage[i] != port + 1 || now - seenPage[i] > agingNs;
		portPage[i] = port + 1;
		seenPage[i] = now;
		return news;
	}

	/** Calls {@code action} for every entry of {@code sw}: key, port index, time last seen. */
	void forEach(int sw, EntryVisitor action) {
		int page = sw >>> PAGE_BITS;
		int i = sw & (PAGE - 1);
		for (int row = 0; row < rows; row++) {
			if (page < ports[row].length && ports[row][page] != null && ports[row][page][i] != 0) {
				action.visit(rowKeys[row], ports[row][page][i] - 1, seen[row][page][i]);
			}
		}
	}

	interface EntryVisitor {
		void visit(long key, int port, long seenAt);
	}

	private static int pagesFor(int switchCount) {
		return (switchCount + PAGE - 1) >>> PAGE_BITS;
	}

	private static long[] noKeys(int n) {
		long[] k = new long[n];
		Arrays.fill(k, NO_KEY);
		return k;
	}

	private static int home(long key, int mask) {
		long h = key * 0x9E37_79B9_7F4A_7C15L;
		return (int) (h >>> 40) & mask;
	}

	/** The slot of {@code key}, or the empty slot where it would go. */
	private int slot(long key) {
		int mask = slotKeys.length - 1;
		int i = home(key, mask);
		while (slotKeys[i] != key && slotKeys[i] != NO_KEY) {
			i = (i + 1) & mask;
		}
		return i;
	}

	private int find(long key) {
		int s = slot(key);
		return slotKeys[s] == key ? slotRows[s] : -1;
	}

	private int addRow(long key) {
		if (rows == rowKeys.length) {
			rowKeys = Arrays.copyOf(rowKeys, rows * 2);
			ports = Arrays.copyOf(ports, rows * 2);
			seen = Arrays.copyOf(seen, rows * 2);
		}
		if ((rows + 1) * 2 > slotKeys.length) {
			rehash(slotKeys.length * 2);
		}
		int s = slot(key);
		slotKeys[s] = key;
		slotRows[s] = rows;
		rowKeys[rows] = key;
		ports[rows] = NO_PORT_PAGES;
		seen[rows] = NO_SEEN_PAGES;
		return rows++;
	}

	private void rehash(int size) {
		slotKeys = noKeys(size);
		slotRows = new int[size];
		for (int row = 0; row < rows; row++) {
			int s = slot(rowKeys[row]);
			slotKeys[s] = rowKeys[row];
			slotRows[s] = row;
		}
	}
}
