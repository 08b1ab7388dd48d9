package io.hvnet.ui.tests.driver;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

/**
 * Counts the runs of one workbench command, whether or not its handler had anything to do: a key that did nothing
 * visible can still be waited for, and a key that ran its command more than once shows.
 */
public final class CommandRuns implements IExecutionListener, AutoCloseable {

	private final String commandId;
	private final ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
	private int count;

	public CommandRuns(String commandId) {
		this.commandId = commandId;
		commands.addExecutionListener(this);
	}

	public int count() {
		return count;
	}

	@Override
	public void notHandled(String id, NotHandledException exception) {
		count(id);
	}

	@Override
	public void postExecuteFailure(String id, ExecutionException exception) {
		count(id);
	}

	@Override
	public void postExecuteSuccess(String id, Object returnValue) {
		count(id);
	}

	@Override
	public void preExecute(String id, ExecutionEvent event) {
	}

	private void count(String id) {
		if (commandId.equals(id)) {
			count++;
		}
	}

	@Override
	public void close() {
		commands.removeExecutionListener(this);
	}
}
