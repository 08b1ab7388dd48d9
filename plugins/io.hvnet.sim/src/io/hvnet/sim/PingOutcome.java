package io.hvnet.sim;

import java.util.List;

import io.hvnet.dsl.hvnet.Ping;

/** A {@code ping} of a scenario, simulated, with each of its expectations checked. */
public record PingOutcome(Ping ping, String description, PingResult result, List<ExpectationResult> expectations) {

	public boolean passed() {
		return expectations.stream().allMatch(ExpectationResult::passed);
	}
}
