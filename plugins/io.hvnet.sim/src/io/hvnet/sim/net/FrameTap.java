package io.hvnet.sim.net;

/**
 * Sees every frame the moment it is put on a cable, with the 802.1Q tag it carries there: what a capture on that
 * cable would record. The engine calls it only while one is set ({@link Engine#tap}), so a run without a capture
 * pays one null check per frame hop.
 */
public interface FrameTap {

	/**
	 * @param time simulated nanoseconds when the frame left {@code out}
	 * @param step the number of the trace event (the send, forward or flood) that put it there, 0
	 *             without a trace
	 * @param out  the port the frame left by; its {@link Port#peer()} receives it
	 * @param tag  the VLAN id of the frame's 802.1Q tag on this cable, 0 when untagged
	 */
	void transmitted(long time, int step, Port out, Frame frame, int tag);
}
