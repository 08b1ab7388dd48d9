package io.hvnet.sim;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a ping: its echo requests, every trace event, and the switches' MAC tables afterwards; when it
 * failed, the diagnosis ({@code reason}) and where its first cause is ({@code place}, null when no element is to
 * blame, as after a broadcast storm).
 */
public record PingResult(int sent, int received, List<PingRecord> pings, List<TraceEvent> events,
		Map<String, List<MacEntry>> macTables, String reason, FailurePlace place) {

	public PingResult(int sent, int received, List<PingRecord> pings, List<TraceEvent> events,
			Map<String, List<MacEntry>> macTables, String reason) {
		this(sent, received, pings, events, macTables, reason, null);
	}

	/** The same result without its trace events (what a long scenario keeps). */
	public PingResult withoutEvents() {
		return new PingResult(sent, received, pings, List.of(), macTables, reason, place);
	}

	/** True when every echo request was answered. */
	public boolean reachable() {
		return sent > 0 && received == sent;
	}
}
