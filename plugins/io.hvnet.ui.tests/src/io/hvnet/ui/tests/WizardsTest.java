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
import io.hvnet.ui.wizards.ImportInventoryWizard;
import io.hvnet.ui.wizards.NewExampleProjectWizard;
import io.hvnet.ui.wizards.NewHvNetFileWizard;

/**
 * File > New: the hvnet File wizard creates a valid starter file; the example project holds the seed's figures.
 * File > Import: the Hyper-V host inventory wizard previews and writes what {@code hvnet import} writes.
 */
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

	@Test
	public void theInventoryImportWizardPreviewsAndWritesTheFile() throws Exception {
		Ui ui = new Ui(Display.getCurrent());
		java.nio.file.Path fixture = java.nio.file.Paths.get("../../examples/import/seed-fig12-hv01.json")
				.toAbsolutePath().normalize();
		assertTrue(java.nio.file.Files.isRegularFile(fixture), fixture::toString);
		java.nio.file.Path truncated = java.nio.file.Files.createTempFile("truncated", ".json");
		String json = java.nio.file.Files.readString(fixture);
		java.nio.file.Files.writeString(truncated, json.substring(0, json.length() / 2));
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-import");
		project.create(null);
		project.open(null);
		try (WorkbenchLogGuard log = new WorkbenchLogGuard()) {
			ImportInventoryWizard broken = new ImportInventoryWizard();
			broken.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
			WizardDialog brokenDialog = new WizardDialog(Display.getCurrent().getActiveShell(), broken);
			brokenDialog.setBlockOnOpen(false);
			brokenDialog.open();
			ui.flush();
			assertTrue(!Ui.button(brokenDialog.getShell(), "Finish").isEnabled(), "nothing to import yet");
			broken.addInventories(List.of(truncated));
			ui.flush();
			String error = broken.getPages()[0].getErrorMessage();
			assertTrue(error != null && error.contains("the JSON ends too early"), () -> "error: " + error);
			assertTrue(!Ui.button(brokenDialog.getShell(), "Finish").isEnabled(), "a truncated inventory is refused");
			brokenDialog.close();

			ImportInventoryWizard wizard = new ImportInventoryWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
			WizardDialog dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			ui.flush();
			wizard.addInventories(List.of(fixture));
			ui.flush();
			org.eclipse.swt.widgets.Text preview = Ui.find(dialog.getShell(), org.eclipse.swt.widgets.Text.class,
					t -> (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) != 0);
			assertTrue(preview.getText().contains(
					"external switch TestExternalNetwork \"Test External Network\" on NIC2"), preview::getText);
			Button finish = Ui.button(dialog.getShell(), "Finish");
			assertTrue(finish.isEnabled(), "Finish is enabled with an inventory and the project's hosts.hvnet");
			String previewed = preview.getText();
			ui.press(finish);
			IFile file = project.getFile("hosts.hvnet");
			ui.waitUntil(file::exists, "hosts.hvnet created");
			try (java.io.InputStream in = file.getContents()) {
				assertEquals(previewed, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
						.replace("\r\n", "\n"));
			}
			assertTrue(log.errors().isEmpty(), () -> "errors logged: " + log.errors());
		} finally {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
			project.delete(true, true, null);
			java.nio.file.Files.deleteIfExists(truncated);
		}
	}
}
