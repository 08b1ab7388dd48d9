package io.hvnet.diagram.handler;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;
import io.hvnet.diagram.model.HvNetModelState;

/** Restores stored positions (a move or layout undone or redone) and redraws. */
public class RestoreLayoutHandler extends AbstractActionHandler<RestoreLayoutAction> {

	@Inject
	private HvNetModelState state;
	@Inject
	private ModelSubmissionHandler submission;

	@Override
	protected List<Action> executeAction(RestoreLayoutAction action) {
		state.positions().restore(action.positions());
		state.positions().save();
		return submission.submitModel();
	}
}
