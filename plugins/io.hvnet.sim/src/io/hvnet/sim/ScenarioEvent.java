package io.hvnet.sim;

/**
 * A scenario step that changed the network or let time pass: its simulated time in nanoseconds, what it did, and
 * how many of the scenario's pings ran before it.
 */
public record ScenarioEvent(long time, String text, int afterPings) {

	/** "at 3 s: unplugged cable HV01.NIC1 – PSW1 port 3": the event as a line of text says it. */
	public String describe() {
		long ms = time / 1_000_000L;
		return "at " + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms") + ": " + text;
	}
}
