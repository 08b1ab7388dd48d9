package io.hvnet.diagram.handler;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.LayoutOperation;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;

/** "Layout" forgets the hand-made positions (of the selection, or all) and lets ELK place everything again. */
public class LayoutHandler extends BasicOperationHandler<LayoutOperation> {

	@Inject
	private HvNetModelState state;
	@Inject
	private ActionDispatcher dispatcher;

	@Override
	public Optional<Command> createCommand(LayoutOperation op) {
		return Optional.of(new LayoutChange("layout", state, dispatcher, () -> {
			if (op.getElementIds() == null || op.getElementIds().isEmpty()) {
				state.positions().clear();
			} else {
				op.getElementIds().forEach(state.positions()::remove);
			}
			state.positions().save();
		}));
	}
}
