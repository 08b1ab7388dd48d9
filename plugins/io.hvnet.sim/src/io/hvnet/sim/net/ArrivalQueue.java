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
	private int head;
	private int size;

	void add(long time, long order, Port port, Frame frame) {
		if (size == times.length) {
			grow();
		}
		int i = (head + size) & (times.length - 1);
		times[i] = time;
		orders[i] = order;
		ports[i] = port;
		frames[i] = frame;
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

	void removeHead() {
		ports[head] = null;
		frames[head] = null;
		head = (head + 1) & (times.length - 1);
		size--;
	}

	private void grow() {
		int n = times.length;
		long[] t = new long[n * 2];
		long[] o = new long[n * 2];
		Port[] p = new Port[n * 2];
		Frame[] f = new Frame[n * 2];
		for (int k = 0; k < size; k++) {
			int i = (head + k) & (n - 1);
			t[k] = times[i];
			o[k] = orders[i];
			p[k] = ports[i];
			f[k] = frames[i];
		}
		times = t;
		orders = o;
		ports = p;
		frames = f;
		head = 0;
	}
}
