package io.hvnet.sim;

import io.hvnet.sim.wire.Capture;

/**
 * A ping's result and every frame it put on every link of the network ({@link Simulator#pingCapturing}), and what a
 * scenario's earlier steps left unplugged or disabled while it ran ({@link Timeline.Outage#NONE} outside a
 * timeline).
 */
public record CapturedPing(PingResult result, Capture capture, Timeline.Outage outage) {

	public CapturedPing(PingResult result, Capture capture) {
		this(result, capture, Timeline.Outage.NONE);
	}
}
