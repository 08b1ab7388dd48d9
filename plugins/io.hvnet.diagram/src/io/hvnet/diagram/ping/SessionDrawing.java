package io.hvnet.diagram.ping;

import org.eclipse.glsp.graph.GGraph;

import com.google.inject.Singleton;

import io.hvnet.diagram.model.GraphDecoration;
import io.hvnet.sim.step.SimulationSteps;
import io.hvnet.sim.step.StepCursor;

/** The steps of a session's last ping started from the context menu, and where the page's buttons are in them. */
@Singleton
public class SteppedPing implements GraphDecoration {

	private StepCursor cursor;
	private StepEdges edges;

	void start(SimulationSteps steps) {
		cursor = new StepCursor(steps);
	}

	/** Null when no ping was started since the model last changed. */
	StepCursor cursor() {
		return cursor;
	}

	/** The edges of the session's drawing {@code root}, indexed once per drawing. */
	synchronized StepEdges edges(org.eclipse.glsp.graph.GModelRoot root) {
		edges = StepEdges.of(root, edges);
		return edges;
	}

	@Override
	public void decorate(GGraph graph) {
		// the client draws a step over the drawing; nothing to add to the model
	}

	@Override
	public void sourceChanged() {
		cursor = null; // a changed model makes the steps stale, as it does the highlighted path
	}
}
