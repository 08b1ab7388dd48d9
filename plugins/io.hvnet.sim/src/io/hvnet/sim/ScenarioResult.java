package io.hvnet.sim;

import java.util.List;

/**
 * A {@code scenario} block, run: its pings and, in a scenario with failure or time steps, the events of those
 * steps in order (each ping's outcome says what was down while it ran).
 */
public record ScenarioResult(String scenario, List<PingOutcome> pings, List<ScenarioEvent> events) {

	public ScenarioResult(String scenario, List<PingOutcome> pings) {
		this(scenario, pings, List.of());
	}

	public boolean passed() {
		return pings.stream().allMatch(PingOutcome::passed);
	}
}
