package io.hvnet.sim.net;

/** What a stack tells the ping that drives it. */
public interface PingObserver {

	/** The echo request {@code seq} reached the destination stack by {@code path} (destination stack included). */
	void requestDelivered(int seq, PathNode path);

	/** The echo reply {@code seq} came back to the sender by {@code path}. */
	void replyDelivered(int seq, PathNode path);

	/** The echo request or its reply could not be sent on. */
	void failed(int seq, String reason);

	/** {@link #failed}, at the stack or router named {@code where} (the place a diagnosis marks). */
	default void failedAt(int seq, String reason, String where) {
		failed(seq, reason);
	}

	/**
	 * An ICMP error about echo {@code seq} came back to the sender from address {@code from} (the router that sent
	 * it is the first hop of {@code path}, when paths are kept).
	 */
	/** The ARP request for {@code ip} that echo {@code seq} waited for, sent on {@code from}, got no answer. */
	default void arpUnanswered(int seq, String reason, IpInterface from, int ip) {
		failed(seq, reason);
	}

	default void icmpError(int seq, IcmpError error, int from, PathNode path) {
	}
}
