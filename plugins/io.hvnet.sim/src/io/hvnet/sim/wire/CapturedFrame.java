package io.hvnet.sim.wire;

/**
 * A frame seen on a link: when it was put on the link (simulated nanoseconds), by which end ({@code from}, one of
 * the link's ends) towards which ({@code to}), the trace step that put it there (the send, forward or flood event;
 * 0 when the run kept no trace), and the frame as bytes and layers.
 */
public record CapturedFrame(Link link, long timeNs, String from, String to, int step, FrameLayers frame) {
}
