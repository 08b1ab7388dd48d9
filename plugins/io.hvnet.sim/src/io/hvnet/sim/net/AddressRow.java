package io.hvnet.sim.net;

import java.util.Arrays;

/**
 * One (VLAN, MAC) as every switch learnt it: per switch number the port index and the time last seen, in pages of
 * {@value #PAGE} switches made when first written. The pages held span only the switch numbers that learnt the
 * address, so an address learnt in one corner of a large network costs a page, not a slot per switch.
 */
final class AddressRow {

	private static final int PAGE_BITS = 6;
	private static final int PAGE = 1 << PAGE_BITS;

	final long key;
	/** The page number of {@code ports[0]}. */
	private int firstPage;
	/** Port index + 1 per switch; 0: not learnt. */
	private int[][] ports = new int[1][];
	private long[][] seen = new long[1][];

	AddressRow(long key) {
		this.key = key;
	}

	/** The port index of switch {@code sw} if it saw the address within {@code agingNs} before {@code now}, else -1. */
	int port(int sw, long now, long agingNs) {
		int p = (sw >>> PAGE_BITS) - firstPage;
		if (p < 0 || p >= ports.length || ports[p] == null) {
			return -1;
		}
		int i = sw & (PAGE - 1);
		int port = ports[p][i] - 1;
		return port < 0 || now - seen[p][i] > agingNs ? -1 : port;
	}

	/** Switch {@code sw} forgets the address if it learnt it on {@code port}. */
	void forget(int sw, int port) {
		int p = (sw >>> PAGE_BITS) - firstPage;
		if (p >= 0 && p < ports.length && ports[p] != null && ports[p][sw & (PAGE - 1)] == port + 1) {
			ports[p][sw & (PAGE - 1)] = 0;
		}
	}

	long seenAt(int sw) {
		return seen[(sw >>> PAGE_BITS) - firstPage][sw & (PAGE - 1)];
	}

	/**
	 * Notes that switch {@code sw} saw the address on {@code port} at {@code now}; true when that is news to it: the
	 * address was unknown, had aged out (older than {@code agingNs}) or was on another port.
	 */
	boolean learn(int sw, int port, long now, long agingNs) {
		int p = page(sw >>> PAGE_BITS);
		int i = sw & (PAGE - 1);
		int[] portPage = ports[p];
		long[] seenPage = seen[p];
		boolean news = portPage[i] != port + 1 || now - seenPage[i] > agingNs;
		portPage[i] = port + 1;
		seenPage[i] = now;
		return news;
	}

	/** Where page {@code number} is held, made first if need be. */
	private int page(int number) {
		if (ports[0] == null && ports.length == 1) {
			firstPage = number;
		} else if (number < firstPage) {
			int shift = firstPage - number;
			ports = shifted(ports, shift, new int[ports.length + shift][]);
			seen = shifted(seen, shift, new long[seen.length + shift][]);
			firstPage = number;
		} else if (number - firstPage >= ports.length) {
			int length = Math.max(number - firstPage + 1, ports.length * 2);
			ports = Arrays.copyOf(ports, length);
			seen = Arrays.copyOf(seen, length);
		}
		int p = number - firstPage;
		if (ports[p] == null) {
			ports[p] = new int[PAGE];
			seen[p] = new long[PAGE];
		}
		return p;
	}

	private static <T> T[] shifted(T[] pages, int shift, T[] into) {
		System.arraycopy(pages, 0, into, shift, pages.length);
		return into;
	}
}
