package io.hvnet.diagram.ping;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.StatusAction;
import org.eclipse.glsp.server.types.Severity;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;
import io.hvnet.sim.step.SimulationStep;
import io.hvnet.sim.step.StepCursor;

/** The page's step buttons: moves the session's cursor and draws the step it lands on. */
public class StepActionHandler extends AbstractActionHandler<StepAction> {

	@Inject
	private SteppedPing stepped;
	@Inject
	private HvNetModelState state;

	@Override
	protected List<Action> executeAction(StepAction action) {
		StepCursor cursor = stepped.cursor();
		if (cursor == null) {
			return listOf(new StatusAction(Severity.INFO, "ping from an element's context menu first, then step", 5000));
		}
		switch (action.getCommand() == null ? "" : action.getCommand()) {
		case "forward" -> cursor.forward();
		case "back" -> cursor.back();
		case "reset" -> cursor.reset();
		case "goto" -> cursor.moveTo(action.getIndex());
		default -> {
			return listOf(new StatusAction(Severity.WARNING, "unknown step command " + action.getCommand(), 5000));
		}
		}
		return listOf(show(cursor, stepped, state, true));
	}

	/** The cursor's step as the client draws it. */
	static ShowStepAction show(StepCursor cursor, SteppedPing stepped, HvNetModelState state, boolean controls) {
		SimulationStep step = cursor.current();
		int count = cursor.steps().size();
		StepPicture picture = step == null ? StepPicture.before(count) : StepPicture.of(step, count);
		return draw(picture, stepped, state, controls);
	}

	static ShowStepAction draw(StepPicture picture, SteppedPing stepped, HvNetModelState state, boolean controls) {
		List<String> edges = state.getRoot() == null ? List.of() : stepped.edges(state.getRoot()).edgesOf(picture.links);
		return new ShowStepAction(picture, edges, controls);
	}
}
