package io.hvnet.diagram.handler;

import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.glsp.server.actions.ActionDispatcher;

import io.hvnet.diagram.layout.Positions;
import io.hvnet.diagram.model.HvNetModelState;

/**
 * A change of the stored positions only (move, re-layout), written to the sidecar at once. The text does not
 * change, but the step goes into the document's history all the same, so that undo in either view goes back through
 * moves and text edits in the order they were made.
 */
final class LayoutChange extends AbstractCommand {

	private final HvNetModelState state;
	private final ActionDispatcher dispatcher;
	private final Runnable change;

	LayoutChange(String label, HvNetModelState state, ActionDispatcher dispatcher, Runnable change) {
		super(label);
		this.state = state;
		this.dispatcher = dispatcher;
		this.change = change;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		Map<String, Positions.Point> before = state.positions().snapshot();
		change.run();
		Map<String, Positions.Point> after = state.positions().snapshot();
		// undone from either editor, on its thread: the diagram session restores on its own thread
		state.document().recordLayoutStep(getLabel(), () -> dispatcher.dispatch(new RestoreLayoutAction(before)),
				() -> dispatcher.dispatch(new RestoreLayoutAction(after)));
	}

	@Override
	public boolean canUndo() {
		return false;
	}

	@Override
	public void redo() {
		execute();
	}
}
