package io.hvnet.diagram.model;

import org.eclipse.glsp.graph.GGraph;

/**
 * Something drawn over the graph of the model that is not in the model (the last simulated ping): the factory
 * applies every bound decoration to each new drawing, so features add to the diagram without the drawing
 * depending on them. Bound with GLSP's {@code MultiBinding} in the diagram module.
 */
public interface GraphDecoration {

	void decorate(GGraph graph);

	/** The source was parsed again: what the decoration shows may no longer fit the model. */
	default void sourceChanged() {
	}
}
