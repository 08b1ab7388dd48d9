package io.hvnet.diagram.ping;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/**
 * To the client: draw one step of a ping the Eclipse Simulation view drives ({@link StepPicture}) with the
 * diagram's ids of the edges its links are drawn as and the ping's marks. A ping started from the page's context
 * menu gets all its steps at once instead ({@link ShowStepsAction}).
 */
public class ShowStepAction extends Action {

	public static final String KIND = "hvnetShowStep";

	private StepPicture step;
	private List<String> edges;
	private DrawnMarks marks;

	public ShowStepAction() {
		super(KIND);
	}

	public ShowStepAction(StepPicture step, List<String> edges, DrawnMarks marks) {
		this();
		this.step = step;
		this.edges = edges;
		this.marks = marks;
	}

	public StepPicture getStep() {
		return step;
	}

	public List<String> getEdges() {
		return edges;
	}

	public DrawnMarks getMarks() {
		return marks;
	}
}
