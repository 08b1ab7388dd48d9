package io.hvnet.diagram.ping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.ResponseAction;

import io.hvnet.sim.step.SimulationSteps;

/**
 * To the page, in reply to the {@link PingAction} that simulated the ping: every step's drawing at once (the
 * picture of step i and the ids of the edges it marks) and the marks of the whole ping, so that the page's step
 * buttons draw any step without asking the server again. The server still decides what each step shows.
 */
public class ShowStepsAction extends ResponseAction {

	public static final String KIND = "hvnetShowSteps";

	private List<StepPicture> steps = new ArrayList<>();
	private List<List<String>> edges = new ArrayList<>();
	private DrawnMarks marks;

	public ShowStepsAction() {
		super(KIND);
	}

	static ShowStepsAction of(SimulationSteps steps, StepEdges drawing) {
		ShowStepsAction action = new ShowStepsAction();
		steps.all().forEach(s -> {
			StepPicture picture = StepPicture.of(s, steps.size());
			action.steps.add(picture);
			action.edges.add(drawing == null ? List.of() : drawing.edgesOf(picture.links));
		});
		action.marks = DrawnMarks.of(PingMarks.of(steps), drawing);
		return action;
	}

	public List<StepPicture> getSteps() {
		return steps;
	}

	public List<List<String>> getEdges() {
		return edges;
	}

	public DrawnMarks getMarks() {
		return marks;
	}
}
