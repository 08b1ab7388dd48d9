package io.hvnet.sim;

import java.util.List;

/** A {@code scenario} block, run. */
public record ScenarioResult(String scenario, List<PingOutcome> pings) {

	public boolean passed() {
		return pings.stream().allMatch(PingOutcome::passed);
	}
}
