package io.hvnet.sim.net;

import java.util.Arrays;

/**
 * What the switches of a network have learnt: for each switch, (VLAN, MAC) → port index and time last seen. Stored
 * by address rather than by switch: in a large flat network a broadcast reaches every switch one after the other
 * and each learns the same sender, so keeping one sender's entries of all switches side by side turns those
 * learnings into a walk through memory instead of a cache miss (and often a fresh page) per switch, and no switch
 * needs a table sized for everyone.
 */
final class MacTables {

	private static final long NO_KEY = Long.MIN_VALUE;

	private int switches;

	/** (VLAN, MAC) → index in {@link #rows}, by open addressing. */
	private long[] slotKeys = noKeys(256);
	private int[] slotRows = new int[256];
	private AddressRow[] rows = new AddressRow[128];
	private int rowCount;
	/** The key and row {@link #find} found last ({@link #NO_KEY}: none). */
	private long lastKey = NO_KEY;
	private AddressRow lastRow;

	/** Forgets every learnt address; the switches stay. */
	void clear() {
		slotKeys = noKeys(256);
		slotRows = new int[256];
		rows = new AddressRow[128];
		rowCount = 0;
		lastKey = NO_KEY;
		lastRow = null;
	}

	/** A new switch; its number is its place in every row. */
	int addSwitch() {
		return switches++;
	}

	/**
	 * The row of {@code key}, or null when no switch has learnt it. The last row found is kept: the copies of a
	 * flooded frame arrive at switch after switch one after the other, and each asks for the same sender.
	 */
	AddressRow find(long key) {
		if (key == lastKey) {
			return lastRow;
		}
		int s = slot(key);
		if (slotKeys[s] != key) {
			return null;
		}
		lastKey = key;
		lastRow = rows[slotRows[s]];
		return lastRow;
	}

	/** The row of {@code key}, made first when no switch has learnt it yet. */
	AddressRow findOrAdd(long key) {
		AddressRow row = find(key);
		if (row == null) {
			row = addRow(key);
			lastKey = key;
			lastRow = row;
		}
		return row;
	}

	/** Forgets what switch {@code sw} learnt on port {@code port}: its link went down. */
	void forgetPort(int sw, int port) {
		for (int r = 0; r < rowCount; r++) {
			rows[r].forget(sw, port);
		}
	}

	/** Calls {@code action} for every entry of {@code sw}: key, port index, time last seen. */
	void forEach(int sw, EntryVisitor action) {
		for (int r = 0; r < rowCount; r++) {
			AddressRow row = rows[r];
			int port = row.port(sw, 0, Long.MAX_VALUE);
			if (port >= 0) {
				action.visit(row.key, port, row.seenAt(sw));
			}
		}
	}

	interface EntryVisitor {
		void visit(long key, int port, long seenAt);
	}

	private static long[] noKeys(int n) {
		long[] k = new long[n];
		Arrays.fill(k, NO_KEY);
		return k;
	}

	/** The slot of {@code key}, or the empty slot where it would go. */
	private int slot(long key) {
		int mask = slotKeys.length - 1;
		int i = (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> 40) & mask;
		while (slotKeys[i] != key && slotKeys[i] != NO_KEY) {
			i = (i + 1) & mask;
		}
		return i;
	}

	private AddressRow addRow(long key) {
		if (rowCount == rows.length) {
			rows = Arrays.copyOf(rows, rowCount * 2);
		}
		if ((rowCount + 1) * 2 > slotKeys.length) {
			slotKeys = noKeys(slotKeys.length * 2);
			slotRows = new int[slotKeys.length];
			for (int r = 0; r < rowCount; r++) {
				place(rows[r].key, r);
			}
		}
		place(key, rowCount);
		rows[rowCount] = new AddressRow(key);
		return rows[rowCount++];
	}

	private void place(long key, int row) {
		int s = slot(key);
		slotKeys[s] = key;
		slotRows[s] = row;
	}
}
