package io.hvnet.diagram.ping;

import org.eclipse.glsp.server.actions.Action;

/**
 * From the Eclipse Simulation view: draw this step of the ping it shows. The view keeps its own steps (a ping of a
 * scenario, after the scenario's earlier pings), so the step travels whole and the server only finds its edges.
 */
public class DrawStepAction extends Action {

	public static final String KIND = "hvnetDrawStep";

	private StepPicture step;

	public DrawStepAction() {
		super(KIND);
	}

	public DrawStepAction(StepPicture step) {
		this();
		this.step = step;
	}

	public StepPicture getStep() {
		return step;
	}
}
