package io.hvnet.sim.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Run hvnet Scenarios (editor context menu, Alt+Shift+X H): shows the simulation view and runs the file's scenarios. */
public class RunScenariosHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			SimulationView view = (SimulationView) page.showView(SimulationView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			view.runForActiveEditor();
		} catch (PartInitException e) {
			throw new ExecutionException("cannot open the hvnet Simulation view", e);
		}
		return null;
	}
}
