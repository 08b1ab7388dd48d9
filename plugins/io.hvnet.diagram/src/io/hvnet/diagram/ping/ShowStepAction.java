package io.hvnet.diagram.ping;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/**
 * To the client: draw one step of a ping ({@link StepPicture}) with the diagram's ids of the edges its links are
 * drawn as. {@code controls}: the page shows its own step buttons (a ping started from the diagram's context menu,
 * whose steps the server keeps); steps the Eclipse Simulation view drives come without them.
 */
public class ShowStepAction extends Action {

	public static final String KIND = "hvnetShowStep";

	private StepPicture step;
	private List<String> edges;
	private boolean controls;

	public ShowStepAction() {
		super(KIND);
	}

	public ShowStepAction(StepPicture step, List<String> edges, boolean controls) {
		this();
		this.step = step;
		this.edges = edges;
		this.controls = controls;
	}

	public StepPicture getStep() {
		return step;
	}

	public List<String> getEdges() {
		return edges;
	}
}
