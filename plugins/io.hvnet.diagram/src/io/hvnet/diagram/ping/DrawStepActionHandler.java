package io.hvnet.diagram.ping;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;

/** The Eclipse Simulation view's step: finds its edges and marks on this drawing and has the client draw it. */
public class DrawStepActionHandler extends AbstractActionHandler<DrawStepAction> {

	@Inject
	private HvNetModelState state;
	@Inject
	private SessionDrawing stepped;

	@Override
	protected List<Action> executeAction(DrawStepAction action) {
		if (action.getStep() == null) {
			return none();
		}
		StepEdges drawing = state.getRoot() == null ? null : stepped.edges(state.getRoot());
		List<String> edges = drawing == null ? List.of() : drawing.edgesOf(action.getStep().links);
		return listOf(new ShowStepAction(action.getStep(), edges, DrawnMarks.of(action.getMarks(), drawing)));
	}
}
