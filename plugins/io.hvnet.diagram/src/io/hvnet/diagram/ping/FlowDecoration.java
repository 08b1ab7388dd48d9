package io.hvnet.diagram.ping;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;

import io.hvnet.diagram.DiagramTypes;

/**
 * Draws a simulated ping onto the diagram: request and reply path elements get CSS classes (the client's
 * stylesheet colours them), switches that flooded get {@code flooded}, and each node on the way a badge with the
 * seed's flow number(s). Done on the server so the overlay survives every re-render of the client.
 */
public final class FlowDecoration {

	private FlowDecoration() {
	}

	public static void apply(GModelElement root, ShowFlowAction flow) {
		Map<String, StringBuilder> badges = new HashMap<>();
		Map<String, GModelElement> byId = new HashMap<>();
		index(root, byId);
		for (ShowFlowAction.Step step : flow.getSteps()) {
			GModelElement e = byId.get(step.elementId());
			if (e == null) {
				continue;
			}
			String css = "flow-" + step.phase();
			if (!e.getCssClasses().contains(css)) {
				e.getCssClasses().add(css);
			}
			if (step.flow() != null && e instanceof GNode) {
				StringBuilder badge = badges.computeIfAbsent(step.elementId(), id -> new StringBuilder());
				String number = ("reply".equals(step.phase()) ? "r" : "") + step.flow();
				if (badge.indexOf(number) < 0) {
					badge.append(badge.isEmpty() ? "" : " ").append(number);
				}
			}
		}
		for (String id : flow.getFlooded()) {
			GModelElement e = byId.get(id);
			if (e != null) {
				e.getCssClasses().add("flooded");
			}
		}
		badges.forEach((id, text) -> {
			GNode node = (GNode) byId.get(id);
			// above the node, except where ports sit on the top edge (switches): there, below it
			boolean portsOnTop = node.getChildren().stream().anyMatch(GPort.class::isInstance);
			double y = portsOnTop ? node.getSize().getHeight() + 14 : -4;
			GLabel label = new GLabelBuilder(DiagramTypes.FLOW_LABEL).id(id + "/flow").text("⟨" + text + "⟩")
					.position(node.getSize().getWidth() - 8 * text.length() - 16, y).addCssClass("flow-badge").build();
			node.getChildren().add(label);
		});
	}

	private static void index(GModelElement e, Map<String, GModelElement> byId) {
		byId.put(e.getId(), e);
		e.getChildren().forEach(c -> index(c, byId));
	}
}
