package io.hvnet.diagram.ping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GPort;

import io.hvnet.diagram.model.ElementIndex;

/**
 * The diagram's edges by the two ends of the link they draw: a physical switch's end ({@code PSW1:2}) is its port
 * ({@code PSW1#2}); other ends are devices, matched with the element an edge leaves, or the owner of the port it
 * leaves (an external switch's uplink). Built once per drawing, so that a step finds its edges at once on a
 * thousand-node diagram.
 */
final class StepEdges {

	private final GModelRoot root;
	private final Map<String, String> byEnds = new HashMap<>();
	private final Map<String, GModelElement> byId = new HashMap<>();

	private StepEdges(GModelRoot root) {
		this.root = root;
		index(root, byId);
		for (GModelElement child : root.getChildren()) {
			if (child instanceof GEdge edge) {
				String s = edge.getSourceId();
				String t = edge.getTargetId();
				byEnds.putIfAbsent(key(s, t), edge.getId());
				byEnds.putIfAbsent(key(owner(byId, s), owner(byId, t)), edge.getId());
			}
		}
	}

	/** The edges of {@code root}, reusing {@code last} while it indexes the same drawing. */
	static StepEdges of(GModelRoot root, StepEdges last) {
		return last != null && last.root == root ? last : new StepEdges(root);
	}

	/** The ids of the edges drawing {@code links} (given as their two ends); links not drawn are left out. */
	List<String> edgesOf(List<List<String>> links) {
		List<String> edges = new ArrayList<>();
		for (List<String> link : links == null ? List.<List<String>>of() : links) {
			String a = diagramId(link.get(0));
			String b = diagramId(link.get(1));
			String edge = byEnds.get(key(a, b));
			if (edge == null) {
				edge = byEnds.get(key(device(link.get(0)), device(link.get(1))));
			}
			if (edge != null && !edges.contains(edge)) {
				edges.add(edge);
			}
		}
		return edges;
	}

	/** True when the drawing has an element of id {@code id}. */
	boolean drawn(String id) {
		return byId.containsKey(id);
	}

	/**
	 * The element drawing the simulator's {@code name}: the one of that id, else the nearest drawn one whose
	 * qualified name contains it ({@code HV01.parent} is drawn by {@code HV01} where its stack has no node); null
	 * when there is none.
	 */
	String drawnIdOf(String name) {
		for (String id = name; id != null; id = id.lastIndexOf('.') < 0 ? null : id.substring(0, id.lastIndexOf('.'))) {
			if (byId.containsKey(id)) {
				return id;
			}
		}
		return null;
	}

	private static String diagramId(String end) {
		int colon = end.lastIndexOf(':');
		return colon < 0 ? end : ElementIndex.portId(end.substring(0, colon), end.substring(colon + 1));
	}

	private static String device(String end) {
		int colon = end.lastIndexOf(':');
		return colon < 0 ? end : end.substring(0, colon);
	}

	private static String key(String a, String b) {
		return a.compareTo(b) <= 0 ? a + "\n" + b : b + "\n" + a;
	}

	private static String owner(Map<String, GModelElement> byId, String id) {
		GModelElement e = byId.get(id);
		return e instanceof GPort port && port.getParent() != null ? port.getParent().getId() : id;
	}

	private static void index(GModelElement e, Map<String, GModelElement> byId) {
		byId.put(e.getId(), e);
		e.getChildren().forEach(c -> index(c, byId));
	}
}
