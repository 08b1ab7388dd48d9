package io.hvnet.diagram.ping;

import org.eclipse.glsp.server.actions.Action;

/**
 * From the Eclipse Simulation view: draw this step of the ping it shows, with the ping's marks (what the scenario had
 * unplugged or disabled, the diagnosis's place). The view keeps its own steps (a ping of a scenario, after the
 * scenario's earlier pings), so the step travels whole and the server only finds its edges and ids.
 */
public class DrawStepAction extends Action {

	public static final String KIND = "hvnetDrawStep";

	private StepPicture step;
	private PingMarks marks;

	public DrawStepAction() {
		super(KIND);
	}

	public DrawStepAction(StepPicture step, PingMarks marks) {
		this();
		this.step = step;
		this.marks = marks;
	}

	public StepPicture getStep() {
		return step;
	}

	public PingMarks getMarks() {
		return marks;
	}
}
