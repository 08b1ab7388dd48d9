package io.hvnet.ui.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * Collects every error the platform logs while a UI test runs: a missing Require-Bundle compiles fine and only
 * shows up as a logged error at run time, so a UI test must fail on it.
 */
final class WorkbenchLogGuard implements AutoCloseable {

	private final List<IStatus> errors = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> {
		if (status.matches(IStatus.ERROR)) {
			errors.add(status);
		}
	};

	WorkbenchLogGuard() {
		Platform.addLogListener(listener);
	}

	List<IStatus> errors() {
		return errors;
	}

	@Override
	public void close() {
		Platform.removeLogListener(listener);
	}
}
