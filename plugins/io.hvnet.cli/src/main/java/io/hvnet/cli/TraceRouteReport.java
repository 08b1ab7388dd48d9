package io.hvnet.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import io.hvnet.headless.Output;
import io.hvnet.sim.TraceRoute;

/** `simulate --trace-route`: the layer-3 hops as tracert lists them, as text or as a JSON object. */
final class TraceRouteReport {

	private TraceRouteReport() {
	}

	static String text(String from, String to, int maxHops, TraceRoute route) {
		return Output.lines(w -> {
			w.printf("traceroute %s -> %s (%s), at most %d hops%n%n", from, to, route.target(), maxHops);
			for (TraceRoute.Probe p : route.probes()) {
				if (p.address() == null) {
					w.printf("%3d  *%n", p.ttl());
				} else {
					w.printf("%3d  %-15s  %s%s%n", p.ttl(), p.address(), p.node() == null ? "" : p.node(),
							p.error() == null || p.error().equals("TTL exceeded") ? "" : "  (" + p.error() + ")");
				}
			}
			w.println();
			w.println(route.reached() ? "trace complete" : "unreachable: " + route.reason());
		});
	}

	static Map<String, Object> json(TraceRoute route) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("target", route.target());
		json.put("reached", route.reached());
		json.put("reason", route.reason());
		json.put("hops", route.probes().stream().map(p -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("ttl", p.ttl());
			m.put("node", p.node());
			m.put("address", p.address());
			m.put("error", p.error());
			return m;
		}).toList());
		return json;
	}
}
