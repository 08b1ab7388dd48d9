package io.hvnet.sim.step;

import java.util.List;

import io.hvnet.sim.MacEntry;

/**
 * A switch's MAC table as it stood after one step of a ping: its rows in the order they were learnt, and the
 * address this very step learnt ({@code learnt}, null when the step learnt nothing).
 */
public record MacTableAtStep(String bridge, List<MacEntry> entries, String learnt) {

	public MacTableAtStep {
		entries = List.copyOf(entries);
	}
}
