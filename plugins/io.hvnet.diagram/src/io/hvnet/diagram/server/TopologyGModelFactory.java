package io.hvnet.diagram.server;

import java.util.Map;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import io.hvnet.diagram.sim.FlowDecoration;

/** Draws the session's latest parse (or takes the drawing made of it before the client asked). */
public class TopologyGModelFactory implements GModelFactory {

	@Inject
	private HvNetModelState state;

	@Override
	public void createGModel() {
		Drawing drawing = state.takeDrawing();
		if (drawing == null) {
			drawing = Drawing.of(state.source(), Map.of(), state.positions());
		}
		GGraph graph = drawing.graph();
		if (state.flow() != null) {
			FlowDecoration.apply(graph, state.flow());
		}
		state.setElementIndex(drawing.index());
		state.updateRoot(graph);
	}
}
