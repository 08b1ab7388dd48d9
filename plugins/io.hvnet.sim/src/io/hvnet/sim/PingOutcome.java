package io.hvnet.sim;

import java.util.List;

import io.hvnet.dsl.hvnet.Ping;

/**
 * A {@code ping} of a scenario, simulated, with each of its expectations checked. The result keeps the paths and
 * MAC tables but not the trace events: a scenario of thousands of pings through a large network would otherwise
 * hold millions of them. {@link Simulator#ping} gives the whole trace of one ping.
 */
public record PingOutcome(Ping ping, String description, PingResult result, List<ExpectationResult> expectations) {

	public boolean passed() {
		return expectations.stream().allMatch(ExpectationResult::passed);
	}
}
