package io.hvnet.diagram.ping;

import org.eclipse.glsp.graph.GModelRoot;

import com.google.inject.Singleton;

/** A session's index of its drawing's edges and elements, kept while the drawing is the same. */
@Singleton
public class SessionDrawing {

	private StepEdges edges;

	/** The edges of the session's drawing {@code root}, indexed once per drawing. */
	synchronized StepEdges edges(GModelRoot root) {
		edges = StepEdges.of(root, edges);
		return edges;
	}
}
