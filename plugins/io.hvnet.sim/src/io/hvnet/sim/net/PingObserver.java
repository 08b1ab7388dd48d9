package io.hvnet.sim.net;

/** What a stack tells the ping that drives it. */
public interface PingObserver {

	/** The echo request {@code seq} reached the destination stack by {@code path} (destination stack included). */
	void requestDelivered(int seq, PathNode path);

	/** The echo reply {@code seq} came back to the sender by {@code path}. */
	void replyDelivered(int seq, PathNode path);

	/** The echo request or its reply could not be sent on. */
	void failed(int seq, String reason);
}
