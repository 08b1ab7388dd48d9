package io.hvnet.diagram.layout;

import java.util.List;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Packs laid-out machines into rows, in the order of the text, so that a large network fills a screen-shaped area
 * (about 16:10) instead of one long row: of the row widths for 1..n machines per row, the one whose packing comes
 * closest to that shape.
 */
final class MachineRows {

	private static final double MARGIN = 20;
	private static final double GAP = 40;
	private static final double ASPECT = 1.6;

	private MachineRows() {
	}

	static void arrange(List<GNode> machines) {
		double widest = machines.stream().mapToDouble(m -> m.getSize().getWidth()).max().orElse(0);
		double average = machines.stream().mapToDouble(m -> m.getSize().getWidth() + GAP).average().orElse(0);
		double best = widest;
		double bestScore = Double.MAX_VALUE;
		for (int perRow = 1; perRow <= machines.size(); perRow++) {
			double rowWidth = Math.max(widest, perRow * average);
			double[] extent = pack(machines, rowWidth, false);
			double score = Math.abs(Math.log(extent[0] / extent[1] / ASPECT));
			if (score < bestScore) {
				bestScore = score;
				best = rowWidth;
			}
		}
		pack(machines, best, true);
	}

	/** Width and height of the packing; moves the machines when {@code place}. */
	private static double[] pack(List<GNode> machines, double rowWidth, boolean place) {
		double x = MARGIN;
		double y = MARGIN;
		double rowHeight = 0;
		double right = 0;
		for (GNode m : machines) {
			double w = m.getSize().getWidth();
			if (x > MARGIN && x + w > MARGIN + rowWidth) {
				x = MARGIN;
				y += rowHeight + GAP;
				rowHeight = 0;
			}
			if (place) {
				m.setPosition(GraphUtil.point(x, y));
			}
			right = Math.max(right, x + w);
			x += w + GAP;
			rowHeight = Math.max(rowHeight, m.getSize().getHeight());
		}
		return new double[] { right + MARGIN, y + rowHeight + MARGIN };
	}
}
