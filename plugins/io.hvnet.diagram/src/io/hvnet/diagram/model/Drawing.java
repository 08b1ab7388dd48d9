package io.hvnet.diagram.model;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.glsp.graph.GGraph;

import io.hvnet.diagram.layout.Positions;
import io.hvnet.diagram.layout.TopologyLayout;
import io.hvnet.diagram.source.SourceModel;

/**
 * A diagram drawn from one parse: the graph, laid out with the stored positions, and the index from its ids to the
 * model's elements. {@code siblings} are the other texts the parse saw.
 */
public record Drawing(SourceModel source, Map<URI, String> siblings, Positions positions, GGraph graph,
		ElementIndex index) {

	public static Drawing of(SourceModel source, Map<URI, String> siblings, Positions positions) {
		ElementIndex index = new ElementIndex();
		GGraph graph = new TopologyGraph(index).build(source.network());
		TopologyLayout.apply(graph, positions);
		ContainerTitles.fit(graph);
		return new Drawing(source, siblings, positions, graph, index);
	}
}
