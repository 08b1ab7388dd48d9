package io.hvnet.diagram.edit;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * A change of the stored positions only (move, re-layout). The text is untouched, so there is nothing for the text's
 * undo history; the change is written to the sidecar at once.
 */
final class LayoutChange extends AbstractCommand {

	private final Runnable change;

	LayoutChange(String label, Runnable change) {
		super(label);
		this.change = change;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		change.run();
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
