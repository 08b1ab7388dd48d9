package io.hvnet.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hvnet.sim.FailurePlace;
import io.hvnet.sim.Hop;
import io.hvnet.sim.MacEntry;
import io.hvnet.sim.PingRecord;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.TraceEvent;

/** The JSON object of `simulate --format json`, field for field as ../shared/notes/cli-contract.md says. */
final class PingReportJson {

	private PingReportJson() {
	}

	static Map<String, Object> of(PingResult result) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("reachable", result.reachable());
		json.put("sent", result.sent());
		json.put("received", result.received());
		// the contract: a ping that fails carries its reason in the JSON too (null when every request was answered);
		// where it failed is the last event's node, e.g. the switch that stopped a broadcast storm
		json.put("reason", result.reason());
		// where the diagnosis puts its first cause, as the diagram marks it: {"element": "R1", "port": null}
		json.put("place", result.place() == null ? null : place(result.place()));
		json.put("pings", result.pings().stream().map(PingReportJson::ping).toList());
		json.put("events", result.events().stream().map(PingReportJson::event).toList());
		Map<String, Object> tables = new LinkedHashMap<>();
		result.macTables().forEach((sw, entries) -> tables.put(sw, entries.stream().map(PingReportJson::mac).toList()));
		json.put("macTables", tables);
		return json;
	}

	private static Map<String, Object> place(FailurePlace place) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("element", place.element());
		m.put("port", place.port());
		return m;
	}

	private static Map<String, Object> ping(PingRecord p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("seq", p.seq());
		m.put("reachable", p.reachable());
		m.put("request", hops(p.request()));
		m.put("reply", hops(p.reply()));
		return m;
	}

	private static List<Map<String, Object>> hops(List<Hop> hops) {
		return hops.stream().map(h -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("node", h.node());
			m.put("kind", h.kind().json());
			return m;
		}).toList();
	}

	private static Map<String, Object> event(TraceEvent e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("time", e.time());
		m.put("step", e.step());
		m.put("flow", e.flow() == null ? null : e.flow().number());
		m.put("node", e.node());
		m.put("kind", e.kind());
		m.put("port", e.port());
		m.put("action", e.action().json());
		m.put("reason", e.reason());
		Map<String, Object> f = new LinkedHashMap<>();
		if (e.frame() != null) {
			f.put("src", e.frame().src());
			f.put("dst", e.frame().dst());
			f.put("type", e.frame().type());
			f.put("ipSrc", e.frame().ipSrc());
			f.put("ipDst", e.frame().ipDst());
			f.put("icmp", e.frame().icmp());
			if (e.frame().vlan() != 0) {
				f.put("vlan", e.frame().vlan()); // only on tagged hops: untagged traces stay as they were
			}
		}
		m.put("frame", e.frame() == null ? null : f);
		return m;
	}

	private static Map<String, Object> mac(MacEntry entry) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("mac", entry.mac());
		m.put("port", entry.port());
		m.put("vlan", entry.vlan());
		return m;
	}
}
