package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.hvnet.ui.tests.driver.Ui;
import io.hvnet.ui.wizards.NewExampleProjectWizard;
import io.hvnet.ui.wizards.NewHvNetFileWizard;

/** File > New: the hvnet File wizard creates a valid starter file; the example project holds the seed's figures. */
public class WizardsTest {

	@Test
	public void theExampleProjectHoldsTheSixSeedFigures() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-examples");
		try {
			NewExampleProjectWizard.create(project);
			List<String> names = Arrays.stream(project.members()).filter(r -> r.getType() == IResource.FILE)
					.map(IResource::getName).filter(n -> n.endsWith(".hvnet")).sorted().toList();
			assertEquals(6, names.size(), names::toString);
			assertTrue(names.get(0).startsWith("fig09") && names.get(5).startsWith("fig14"), names::toString);
		} finally {
			project.delete(true, true, null);
		}
	}

	@Test
	public void theNewFileWizardCreatesAFileThroughItsDialog() throws Exception {
		Ui ui = new Ui(Display.getCurrent());
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-file");
		project.create(null);
		project.open(null);
		try (WorkbenchLogGuard log = new WorkbenchLogGuard()) {
			NewHvNetFileWizard wizard = new NewHvNetFileWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
			WizardDialog dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			ui.flush();
			Button finish = Ui.button(dialog.getShell(), "Finish");
			assertTrue(finish.isEnabled(), "Finish is enabled with the project selected");
			ui.press(finish);
			IFile file = project.getFile("network.hvnet");
			ui.waitUntil(file::exists, "network.hvnet created");
			assertTrue(log.errors().isEmpty(), () -> "errors logged: " + log.errors());
		} finally {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
			project.delete(true, true, null);
		}
	}
}
