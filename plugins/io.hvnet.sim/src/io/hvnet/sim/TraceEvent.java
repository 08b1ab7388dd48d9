package io.hvnet.sim;

/**
 * One thing that happened, in order: simulated time in nanoseconds, a running step number, the seed's flow (see
 * {@link SeedFlow}) where one applies, else null.
 */
public record TraceEvent(long time, int step, SeedFlow flow, String node, String kind, String port, Action action,
		String reason, FrameSummary frame) {
}
