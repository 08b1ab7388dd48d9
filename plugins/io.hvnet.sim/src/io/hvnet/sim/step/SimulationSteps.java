package io.hvnet.sim.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hvnet.sim.Action;
import io.hvnet.sim.CapturedPing;
import io.hvnet.sim.FailurePlace;
import io.hvnet.sim.HopKind;
import io.hvnet.sim.MacEntry;
import io.hvnet.sim.Timeline;
import io.hvnet.sim.TraceEvent;
import io.hvnet.sim.wire.CapturedFrame;
import io.hvnet.sim.wire.Link;

/**
 * A captured ping as steps, one per trace event in trace order, so that a trace row and a step are the same thing.
 * Which link a frame is on comes from the capture (the frames each event put on links), never worked out again
 * from the topology: a send or forward puts the frame on one link, a flood on every port it floods to; an event
 * that sends nothing (learn, deliver, drop) shows the link the frame last arrived by.
 * <p>
 * A switch's MAC table at a step is replayed from the trace's learn events over the table the switch had before the
 * ping (its table after the run without the addresses this ping learnt): a learn event is only recorded when an
 * address is new or moved. Where a ping moved an address, the table before the move shows it absent.
 */
public final class SimulationSteps {

	private final List<SimulationStep> steps;
	private final Timeline.Outage outage;
	private final String diagnosis;
	private final FailurePlace place;

	private SimulationSteps(List<SimulationStep> steps, CapturedPing ping) {
		this.steps = List.copyOf(steps);
		this.outage = ping.outage();
		this.diagnosis = ping.result().reachable() ? null : ping.result().reason();
		this.place = ping.result().reachable() ? null : ping.result().place();
	}

	public static SimulationSteps of(CapturedPing ping) {
		List<TraceEvent> events = ping.result().events();
		Map<Integer, List<CapturedFrame>> sentAt = new LinkedHashMap<>();
		for (CapturedFrame f : ping.capture().frames()) {
			sentAt.computeIfAbsent(f.step(), s -> new ArrayList<>()).add(f);
		}
		Map<String, Map<String, MacEntry>> tables = tablesBefore(ping);
		Map<String, CapturedFrame> lastArrival = new LinkedHashMap<>();
		List<SimulationStep> steps = new ArrayList<>(events.size());
		for (TraceEvent e : events) {
			List<CapturedFrame> sent = sentAt.getOrDefault(e.step(), List.of());
			List<Link> links;
			if (!sent.isEmpty()) {
				links = sent.stream().map(CapturedFrame::link).distinct().toList();
			} else {
				CapturedFrame arrived = lastArrival.get(e.node());
				links = arrived == null ? List.of() : List.of(arrived.link());
			}
			MacTableAtStep table = null;
			if (isSwitch(e.kind())) {
				Map<String, MacEntry> rows = tables.computeIfAbsent(e.node(), n -> new LinkedHashMap<>());
				String learnt = null;
				if (e.action() == Action.LEARN && e.frame() != null) {
					learnt = e.frame().src();
					MacEntry now = entryAfterRun(ping, e.node(), learnt, e.port());
					rows.remove(learnt);
					rows.put(learnt, now);
				}
				table = new MacTableAtStep(e.node(), new ArrayList<>(rows.values()), learnt);
			}
			steps.add(new SimulationStep(steps.size(), e, links, table));
			for (CapturedFrame f : sent) {
				lastArrival.put(device(f.to()), f);
			}
		}
		return new SimulationSteps(steps, ping);
	}

	private static boolean isSwitch(String kind) {
		return HopKind.VSWITCH.json().equals(kind) || HopKind.PSWITCH.json().equals(kind);
	}

	/** Each switch's rows before the ping: its rows after it, less the addresses the ping learnt there. */
	private static Map<String, Map<String, MacEntry>> tablesBefore(CapturedPing ping) {
		Map<String, Map<String, MacEntry>> tables = new LinkedHashMap<>();
		ping.result().macTables().forEach((bridge, rows) -> {
			Map<String, MacEntry> byMac = new LinkedHashMap<>();
			rows.forEach(r -> byMac.put(r.mac(), r));
			tables.put(bridge, byMac);
		});
		for (TraceEvent e : ping.result().events()) {
			if (e.action() == Action.LEARN && e.frame() != null && tables.containsKey(e.node())) {
				tables.get(e.node()).remove(e.frame().src());
			}
		}
		return tables;
	}

	/** The row the switch keeps for {@code mac} learnt on {@code port} (its VLAN), as the run left it. */
	private static MacEntry entryAfterRun(CapturedPing ping, String bridge, String mac, String port) {
		return ping.result().macTables().getOrDefault(bridge, List.of()).stream()
				.filter(r -> r.mac().equals(mac) && r.port().equals(port)).findFirst()
				.orElse(new MacEntry(mac, port, 0));
	}

	/** The device a link end names: a physical switch's end carries {@code :port}. */
	static String device(String end) {
		int colon = end.lastIndexOf(':');
		return colon < 0 ? end : end.substring(0, colon);
	}

	/** What the scenario had unplugged or disabled while the ping ran: drawn as down at every step. */
	public Timeline.Outage outage() {
		return outage;
	}

	/** Why the ping failed, in one sentence; null when every echo request was answered. */
	public String diagnosis() {
		return diagnosis;
	}

	/** Where the diagnosis's first cause is; null when the ping was answered or no element is to blame. */
	public FailurePlace place() {
		return place;
	}

	public int size() {
		return steps.size();
	}

	public SimulationStep get(int index) {
		return steps.get(index);
	}

	public List<SimulationStep> all() {
		return steps;
	}

	/** The step of trace event {@code event} (a row of a trace table), or -1. */
	public int indexOf(TraceEvent event) {
		for (SimulationStep s : steps) {
			if (s.event().equals(event)) {
				return s.index();
			}
		}
		return -1;
	}
}
