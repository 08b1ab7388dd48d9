package io.hvnet.diagram.ping;

import org.eclipse.glsp.graph.GGraph;

import com.google.inject.Singleton;

import io.hvnet.diagram.model.GraphDecoration;

/** A session's last simulated ping, drawn over each new drawing until the source changes. */
@Singleton
public class PingOverlay implements GraphDecoration {

	private ShowFlowAction flow;

	void show(ShowFlowAction flow) {
		this.flow = flow;
	}

	@Override
	public void decorate(GGraph graph) {
		if (flow != null) {
			FlowDecoration.apply(graph, flow);
		}
	}

	@Override
	public void sourceChanged() {
		flow = null; // a changed model makes the last simulated path stale
	}
}
