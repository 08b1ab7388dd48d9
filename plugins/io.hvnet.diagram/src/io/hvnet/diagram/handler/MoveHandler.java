package io.hvnet.diagram.handler;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;

/** Moving elements stores their positions in the layout sidecar; the text does not change. */
public class MoveHandler extends BasicOperationHandler<ChangeBoundsOperation> {

	@Inject
	private HvNetModelState state;
	@Inject
	private ActionDispatcher dispatcher;

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation op) {
		return Optional.of(new LayoutChange("move", state, dispatcher, () -> {
			op.getNewBounds().forEach(b -> state.positions().put(b.getElementId(), b.getNewPosition().getX(),
					b.getNewPosition().getY()));
			state.positions().save();
		}));
	}
}
