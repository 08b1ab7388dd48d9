package io.hvnet.sim.net;

import java.util.Arrays;

/**
 * One (VLAN, MAC) as every switch learnt it: per switch number the port index and the time last seen, in pages of
 * {@value #PAGE} switches made when first written. The pages held span only the switch numbers that learnt the
 * address, so an address learnt in one corner of a large network costs a page, not a slot per switch.
 * <p>
 * Port and time share one long per switch (the port index + 1 in the top {@value #PORT_BITS} bits, the time in
 * microseconds below): a broadcast makes every switch learn its sender, so that write is the simulator's most
 * frequent memory access, and one array instead of two halves the cache misses and shrinks the tables by a third
 * (with two arrays the 1,000-host benchmark's MAC tables grew past what a young generation holds, and copying them
 * cost more than the simulation). Microseconds are exact for the simulator's times (a cable takes 1 µs; pings,
 * timeouts and waits are whole microseconds) and 2^44 of them span 203 days of simulated time.
 */
final class AddressRow {

	private static final int PAGE_BITS = 6;
	private static final int PAGE = 1 << PAGE_BITS;
	private static final int PORT_BITS = 20;
	private static final int TIME_BITS = 64 - PORT_BITS;
	private static final long TIME_MASK = (1L << TIME_BITS) - 1;
	private static final long NS_PER_US = 1_000;

	final long key;
	/** The page number of {@code entries[0]}. */
	private int firstPage;
	/** Per switch: (port index + 1) << TIME_BITS | time last seen in µs; 0: not learnt. */
	private long[][] entries = new long[1][];

	AddressRow(long key) {
		this.key = key;
	}

	/** The port index of switch {@code sw} if it saw the address within {@code agingNs} before {@code now}, else -1. */
	int port(int sw, long now, long agingNs) {
		int p = (sw >>> PAGE_BITS) - firstPage;
		if (p < 0 || p >= entries.length || entries[p] == null) {
			return -1;
		}
		long entry = entries[p][sw & (PAGE - 1)];
		int port = (int) (entry >>> TIME_BITS) - 1;
		return port < 0 || aged(entry, now, agingNs) ? -1 : port;
	}

	private static boolean aged(long entry, long now, long agingNs) {
		return now / NS_PER_US - (entry & TIME_MASK) > agingNs / NS_PER_US;
	}

	/** Switch {@code sw} forgets the address if it learnt it on {@code port}. */
	void forget(int sw, int port) {
		int p = (sw >>> PAGE_BITS) - firstPage;
		if (p >= 0 && p < entries.length && entries[p] != null
				&& (int) (entries[p][sw & (PAGE - 1)] >>> TIME_BITS) == port + 1) {
			entries[p][sw & (PAGE - 1)] = 0;
		}
	}

	long seenAt(int sw) {
		return (entries[(sw >>> PAGE_BITS) - firstPage][sw & (PAGE - 1)] & TIME_MASK) * NS_PER_US;
	}

	/**
	 * Notes that switch {@code sw} saw the address on {@code port} at {@code now}; true when that is news to it: the
	 * address was unknown, had aged out (older than {@code agingNs}) or was on another port.
	 */
	boolean learn(int sw, int port, long now, long agingNs) {
		int p = page(sw >>> PAGE_BITS); // first: it may replace 'entries'
		long[] page = entries[p];
		int i = sw & (PAGE - 1);
		long old = page[i];
		boolean news = (int) (old >>> TIME_BITS) != port + 1 || aged(old, now, agingNs);
		page[i] = (long) (port + 1) << TIME_BITS | (now / NS_PER_US & TIME_MASK);
		return news;
	}

	/** Where page {@code number} is held, made first if need be. */
	private int page(int number) {
		if (entries[0] == null && entries.length == 1) {
			firstPage = number;
		} else if (number < firstPage) {
			int shift = firstPage - number;
			long[][] wider = new long[entries.length + shift][];
			System.arraycopy(entries, 0, wider, shift, entries.length);
			entries = wider;
			firstPage = number;
		} else if (number - firstPage >= entries.length) {
			entries = Arrays.copyOf(entries, Math.max(number - firstPage + 1, entries.length * 2));
		}
		int p = number - firstPage;
		if (entries[p] == null) {
			entries[p] = new long[PAGE];
		}
		return p;
	}
}
