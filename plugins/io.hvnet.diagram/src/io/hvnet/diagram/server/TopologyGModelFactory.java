package io.hvnet.diagram.server;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

import com.google.inject.Inject;

import io.hvnet.diagram.gmodel.ContainerTitles;
import io.hvnet.diagram.gmodel.ElementIndex;
import io.hvnet.diagram.gmodel.TopologyGraph;
import io.hvnet.diagram.layout.TopologyLayout;
import io.hvnet.diagram.sim.FlowDecoration;
import io.hvnet.diagram.source.SourceModelLoader;

/** Draws the session's latest parse: graph from the model, then layout. */
public class TopologyGModelFactory implements GModelFactory {

	@Inject
	private HvNetModelState state;
	@Inject
	private SourceModelLoader loader;

	@Override
	public void createGModel() {
		ElementIndex index = new ElementIndex(loader.language().getInstance(IQualifiedNameProvider.class));
		GGraph graph = new TopologyGraph(index).build(state.source().network());
		TopologyLayout.apply(graph, state.positions());
		ContainerTitles.fit(graph);
		if (state.flow() != null) {
			FlowDecoration.apply(graph, state.flow());
		}
		state.setElementIndex(index);
		state.updateRoot(graph);
	}
}
