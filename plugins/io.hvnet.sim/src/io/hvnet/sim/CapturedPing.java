package io.hvnet.sim;

import io.hvnet.sim.wire.Capture;

/** A ping's result and every frame it put on every link of the network ({@link Simulator#pingCapturing}). */
public record CapturedPing(PingResult result, Capture capture) {
}
