package io.hvnet.sim.net;

/**
 * Frames on their way, in the order they will arrive: a ring buffer of parallel arrays, so that the hot path (one
 * entry per frame hop) allocates nothing. Arrivals are always scheduled one link delay after "now" and time never
 * goes back, so insertion order is arrival order.
 */
final class ArrivalQueue {

	private long[] times = new long[1024];
	private long[] orders = new long[1024];
	private Port[] ports = new Port[1024];
	private Frame[] frames = new Frame[1024];
	private int[] tags = new int[1024];
	private int[] hopBudgets = new int[1024];
	private int head;
	private int size;

	void add(long time, long order, Port port, Frame frame, int tag, int hopBudget) {
		if (size == times.length) {
			grow();
		}
		int i = (head + size) & (times.length - 1);
		times[i] = time;
		orders[i] = order;
		ports[i] = port;
		frames[i] = frame;
		tags[i] = tag;
		hopBudgets[i] = hopBudget;
		size++;
	}

	boolean isEmpty() {
		return size == 0;
	}

	long headTime() {
		return times[head];
	}

	long headOrder() {
		return orders[head];
	}

	Port headPort() {
		return ports[head];
	}

	Frame headFrame() {
		return frames[head];
	}

	int headTag() {
		return tags[head];
	}

	int headHopBudget() {
		return hopBudgets[head];
	}

	void removeHead() {
		ports[head] = null;
		frames[head] = null;
		head = (head + 1) & (times.length - 1);
		size--;
	}

	private void grow() {
		int n = times.length * 2;
		times = unrolled(times, new long[n]);
		orders = unrolled(orders, new long[n]);
		ports = unrolled(ports, new Port[n]);
		frames = unrolled(frames, new Frame[n]);
		tags = unrolled(tags, new int[n]);
		hopBudgets = unrolled(hopBudgets, new int[n]);
		head = 0;
	}

	/** The full ring's entries, oldest first, at the start of {@code into}. */
	private <A> A unrolled(A ring, A into) {
		int first = size - head;
		System.arraycopy(ring, head, into, 0, first);
		System.arraycopy(ring, 0, into, first, head);
		return into;
	}
}
