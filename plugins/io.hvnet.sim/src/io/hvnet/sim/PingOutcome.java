package io.hvnet.sim;

import java.util.List;

import io.hvnet.dsl.hvnet.Ping;

/**
 * A {@code ping} of a scenario, simulated, with each of its expectations checked. The result keeps the paths and
 * MAC tables but not the trace events: a scenario of thousands of pings through a large network would otherwise
 * hold millions of them. {@link Simulator#ping} gives the whole trace of one ping. {@code outage} is what the
 * scenario's earlier steps left unplugged or disabled while the ping ran (a view draws it).
 */
public record PingOutcome(Ping ping, String description, PingResult result, List<ExpectationResult> expectations,
		Timeline.Outage outage) {

	public PingOutcome(Ping ping, String description, PingResult result, List<ExpectationResult> expectations) {
		this(ping, description, result, expectations, Timeline.Outage.NONE);
	}

	public boolean passed() {
		return expectations.stream().allMatch(ExpectationResult::passed);
	}
}
