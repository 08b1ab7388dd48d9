package io.hvnet.diagram.model;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;

import io.hvnet.diagram.DiagramTypes;

/**
 * Shortens a container's title detail (a VM's description, say) that the laid-out container is too narrow for. ELK
 * sizes a container by its children when it lays out the whole hierarchy at once and ignores the minimum width the
 * title asks for; growing the container afterwards would push it into its neighbours. The full text stays in the
 * model (Properties view, text).
 */
public final class ContainerTitles {

	private static final String ELLIPSIS = "…";

	private ContainerTitles() {
	}

	public static void fit(GGraph graph) {
		graph.getChildren().forEach(ContainerTitles::fit);
	}

	private static void fit(GModelElement element) {
		if (!(element instanceof GNode node)) {
			return;
		}
		for (GModelElement child : node.getChildren()) {
			if (child instanceof GLabel label && DiagramTypes.DETAIL_LABEL.equals(label.getType())
					&& label.getId().endsWith("/detail") && label.getText() != null) {
				double room = node.getSize().getWidth() - label.getPosition().getX() - 8 - Sizes.ICON;
				label.setText(shortened(label.getText(), room));
			}
			fit(child);
		}
	}

	static String shortened(String text, double room) {
		if (Sizes.detailWidth(text) <= room) {
			return text;
		}
		int keep = (int) Math.floor(room / Sizes.detailWidth("x")) - 1;
		return keep < 3 ? "" : text.substring(0, keep).stripTrailing() + ELLIPSIS;
	}
}
