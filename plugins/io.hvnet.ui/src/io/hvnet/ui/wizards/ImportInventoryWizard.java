package io.hvnet.ui.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * File > Import > hvnet > Hyper-V Host Inventory: the inventories of one or more hosts into one .hvnet file of the
 * workspace, as {@code hvnet import} writes it (docs/import.md), which then opens in the editor.
 */
public class ImportInventoryWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;
	private ImportInventoryPage page;
	private String initialTarget = "";

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("Import Hyper-V Host Inventory");
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof IResource resource) {
			IContainer container = resource instanceof IContainer c ? c : resource.getParent();
			initialTarget = container.getFullPath().append("hosts.hvnet").toString();
		}
	}

	@Override
	public void addPages() {
		page = new ImportInventoryPage(initialTarget);
		addPage(page);
	}

	/** The page, for tests that add inventories without the native file dialog. */
	public void addInventories(java.util.List<java.nio.file.Path> files) {
		page.add(files);
	}

	@Override
	public boolean performFinish() {
		String text = page.text();
		if (text == null) {
			return false;
		}
		IFile file = page.targetFile();
		try {
			ByteArrayInputStream bytes = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			if (file.exists()) {
				file.setContents(bytes, IResource.KEEP_HISTORY, null);
			} else {
				file.create(bytes, true, null);
			}
		} catch (CoreException e) {
			page.setErrorMessage("cannot write " + file.getFullPath() + ": " + e.getStatus().getMessage());
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
		} catch (PartInitException e) {
			return true; // the file is written; opening it is a courtesy
		}
		return true;
	}
}
