package io.hvnet.diagram.ping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GPort;

import io.hvnet.sim.Action;
import io.hvnet.sim.Hop;
import io.hvnet.sim.PingRecord;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.TraceEvent;

/**
 * Maps a simulated ping onto the diagram: the simulator names hops by qualified name, which is the diagram's id of
 * the node; between two consecutive hops the connection joining them is highlighted too.
 */
public final class FlowOverlay {

	private FlowOverlay() {
	}

	public static ShowFlowAction of(String from, String to, PingResult result, GModelRoot root) {
		List<ShowFlowAction.Step> steps = new ArrayList<>();
		Set<String> flooded = new LinkedHashSet<>();
		String summary;
		if (result.pings().isEmpty()) {
			summary = from + " → " + to + ": " + (result.reason() == null ? "not sent" : result.reason());
			return new ShowFlowAction(summary, false, steps, List.of());
		}
		PingRecord first = result.pings().get(0);
		add(steps, "request", first.request(), root);
		add(steps, "reply", first.reply(), root);
		for (TraceEvent e : result.events()) {
			if (e.action() == Action.FLOOD && exists(root, e.node())) {
				flooded.add(e.node());
			}
		}
		summary = from + " → " + to + ": " + result.received() + "/" + result.sent() + " replies"
				+ (result.reachable() ? "" : " (" + (result.reason() == null ? "unreachable" : result.reason()) + ")");
		return new ShowFlowAction(summary, first.reachable(), steps, new ArrayList<>(flooded));
	}

	private static void add(List<ShowFlowAction.Step> steps, String phase, List<Hop> hops, GModelElement root) {
		String previous = null;
		int order = 0;
		for (Hop hop : hops) {
			String id = hop.node();
			if (previous != null) {
				String edge = edgeBetween(root, previous, id);
				if (edge != null) {
					steps.add(new ShowFlowAction.Step(edge, phase, order++, number(hop)));
				}
			}
			if (exists(root, id)) {
				steps.add(new ShowFlowAction.Step(id, phase, order++, number(hop)));
				previous = id;
			}
		}
	}

	private static Integer number(Hop hop) {
		return hop.flow() == null ? null : hop.flow().number();
	}

	private static boolean exists(GModelElement root, String id) {
		return find(root, id) != null;
	}

	private static GModelElement find(GModelElement element, String id) {
		if (id.equals(element.getId())) {
			return element;
		}
		for (GModelElement child : element.getChildren()) {
			GModelElement found = find(child, id);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static String edgeBetween(GModelElement root, String a, String b) {
		for (GModelElement child : root.getChildren()) {
			if (child instanceof GEdge edge) {
				String s = ownerOf(root, edge.getSourceId());
				String t = ownerOf(root, edge.getTargetId());
				if ((a.equals(s) && b.equals(t)) || (a.equals(t) && b.equals(s))) {
					return edge.getId();
				}
			}
		}
		return null;
	}

	/** A port stands for its switch. */
	private static String ownerOf(GModelElement root, String id) {
		GModelElement e = find(root, id);
		return e instanceof GPort port && port.getParent() != null ? port.getParent().getId() : id;
	}
}
