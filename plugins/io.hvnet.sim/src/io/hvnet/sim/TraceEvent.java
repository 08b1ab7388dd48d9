package io.hvnet.sim;

/**
 * One thing that happened, in order: simulated time in nanoseconds, a running step number, the seed's flow number
 * (1 stack→adapter, 2 virtual cable to a switch port, 3 inside the virtual switch, 4 switch→physical NIC through the
 * switch protocol, 5 NIC→physical switch, 6 physical switch→destination) where one applies, else null.
 */
public record TraceEvent(long time, int step, Integer flow, String node, String kind, String port, Action action,
		String reason, FrameSummary frame) {
}
