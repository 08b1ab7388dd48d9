package io.hvnet.diagram.model;

import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

/** Draws the session's latest parse (or takes the drawing made of it before the client asked). */
public class TopologyGModelFactory implements GModelFactory {

	@Inject
	private HvNetModelState state;
	@Inject
	private Set<GraphDecoration> decorations;

	@Override
	public void createGModel() {
		Drawing drawing = state.takeDrawing();
		if (drawing == null) {
			drawing = Drawing.of(state.source(), Map.of(), state.positions());
		}
		GGraph graph = drawing.graph();
		decorations.forEach(d -> d.decorate(graph));
		state.setElementIndex(drawing.index());
		state.updateRoot(graph);
	}
}
