package io.hvnet.sim.step;

import java.util.List;

import io.hvnet.sim.Action;
import io.hvnet.sim.TraceEvent;
import io.hvnet.sim.wire.Link;

/**
 * One step of a ping as it is drawn: the trace event, the element it happened on (the simulator's qualified name,
 * which is also the diagram's id), the links the frame is on at that moment (the one it leaves by, every one a
 * flood goes to at once, or else the one it arrived by) and, on a switch, its MAC table then.
 */
public record SimulationStep(int index, TraceEvent event, List<Link> links, MacTableAtStep macTable) {

	public SimulationStep {
		links = List.copyOf(links);
	}

	/** The element the frame is on: a stack, an adapter, a NIC or a switch. */
	public String element() {
		return event.node();
	}

	/** The seed's flow number (1–6) that led to this step, or null where none applies. */
	public Integer flow() {
		return event.flow() == null ? null : event.flow().number();
	}

	/** True when the switch sent copies of the frame to several ports at once (hub behaviour). */
	public boolean flooded() {
		return event.action() == Action.FLOOD;
	}

	/** What happened, as one line: {@code flood 00:15:5d:00:01:01 > ff:ff:ff:ff:ff:ff ARP 192.168.1.10 > …}. */
	public String summary() {
		String what = event.frame() != null ? event.frame().text() : event.reason() == null ? "" : event.reason();
		return (event.action().json() + " " + what).trim();
	}
}
