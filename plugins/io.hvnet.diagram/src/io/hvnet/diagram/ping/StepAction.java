package io.hvnet.diagram.ping;

import org.eclipse.glsp.server.actions.Action;

/**
 * From the page's step buttons: move through the last ping started from the context menu. {@code command} is
 * {@code forward}, {@code back}, {@code reset} or {@code goto} (to step {@code index}).
 */
public class StepAction extends Action {

	public static final String KIND = "hvnetStep";

	private String command;
	private int index;

	public StepAction() {
		super(KIND);
	}

	public StepAction(String command, int index) {
		this();
		this.command = command;
		this.index = index;
	}

	public String getCommand() {
		return command;
	}

	public int getIndex() {
		return index;
	}
}
