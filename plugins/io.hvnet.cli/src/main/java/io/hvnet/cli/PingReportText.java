package io.hvnet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import io.hvnet.headless.Output;
import io.hvnet.sim.Hop;
import io.hvnet.sim.MacEntry;
import io.hvnet.sim.PingRecord;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.SeedFlow;
import io.hvnet.sim.TraceEvent;

/**
 * The text a person reads after `simulate`: the numbered path of each echo request and reply, the trace with the
 * seed's flow numbers, where frames were flooded, and the switches' MAC tables.
 */
final class PingReportText {

	private PingReportText() {
	}

	static String render(String from, String to, int count, boolean coldRoutes, PingResult result) {
		return Output.lines(w -> {
			w.printf("ping %s -> %s, %d echo request%s%s%n%n", from, to, count, count == 1 ? "" : "s",
					coldRoutes ? ", route costs not learnt yet" : "");
			for (PingRecord p : result.pings()) {
				w.printf("echo request %d: %s%n", p.seq(), p.reachable() ? "answered" : "no answer");
				if (p.routeReason() != null) {
					w.printf("  route: %s%n", p.routeReason());
				}
				path(w, "request", p.request());
				path(w, "reply", p.reply());
				w.println();
			}
			trace(w, result.events());
			flooding(w, result.events());
			macTables(w, result.macTables());
			w.printf("%d sent, %d received%s%n", result.sent(), result.received(),
					result.reachable() ? "" : "; unreachable: " + result.reason());
		});
	}

	private static void path(PrintWriter w, String title, List<Hop> hops) {
		if (hops.isEmpty()) {
			w.printf("  %s: -%n", title);
			return;
		}
		w.printf("  %s (flow = the seed's flow that led to the hop):%n", title);
		int width = hops.stream().mapToInt(h -> h.node().length()).max().orElse(10);
		for (int i = 0; i < hops.size(); i++) {
			Hop hop = hops.get(i);
			w.printf("    %2d  %-5s %-" + width + "s  %s%n", i + 1, SeedFlow.text(hop.flow()), hop.node(), hop.kind().json());
		}
	}

	private static void trace(PrintWriter w, List<TraceEvent> events) {
		w.printf("trace (%d events; time in microseconds, flow = the seed's flow number):%n", events.size());
		int node = Math.max(4, events.stream().mapToInt(e -> e.node().length()).max().orElse(4));
		int port = Math.max(4, events.stream().mapToInt(e -> e.port() == null ? 1 : e.port().length()).max().orElse(4));
		w.printf("  %10s %5s %4s  %-" + node + "s  %-" + port + "s  %-12s %s%n", "time", "step", "flow", "node", "port",
				"action", "frame");
		for (TraceEvent e : events) {
			w.printf("  %10.3f %5d %4s  %-" + node + "s  %-" + port + "s  %-12s %s%s%n", e.time() / 1000.0, e.step(),
					SeedFlow.text(e.flow()), e.node(), e.port() == null ? "-" : e.port(),
					e.action().json(), frame(e), e.reason() == null ? "" : "  (" + e.reason() + ")");
		}
		w.println();
	}

	private static String frame(TraceEvent e) {
		return e.frame() == null ? "" : e.frame().text();
	}

	private static void flooding(PrintWriter w, List<TraceEvent> events) {
		List<TraceEvent> floods = events.stream().filter(e -> "flood".equals(e.action().json())).toList();
		if (floods.isEmpty()) {
			w.println("flooding: none (every frame went to a learnt port)");
		} else {
			w.println("flooding (destination not learnt yet, or broadcast: sent to every other port, as a hub):");
			for (TraceEvent e : floods) {
				w.printf("  %s at step %d: %s%n", e.node(), e.step(), frame(e));
			}
		}
		w.println();
	}

	private static void macTables(PrintWriter w, Map<String, List<MacEntry>> tables) {
		w.println("MAC tables after the run:");
		tables.forEach((sw, entries) -> {
			w.printf("  %s%n", sw);
			if (entries.isEmpty()) {
				w.println("    (empty)");
				return;
			}
			int port = Math.max(4, entries.stream().mapToInt(m -> m.port().length()).max().orElse(4));
			w.printf("    %-17s  %-" + port + "s  %s%n", "MAC", "port", "VLAN");
			for (MacEntry m : entries) {
				w.printf("    %-17s  %-" + port + "s  %d%n", m.mac(), m.port(), m.vlan());
			}
		});
		w.println();
	}
}
