package io.hvnet.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.hvnet.inventory.Inventory;
import io.hvnet.inventory.InventoryException;
import io.hvnet.inventory.InventoryImport;
import io.hvnet.inventory.InventoryReader;
import io.hvnet.ui.HvNetUiPlugin;

/**
 * The inventories to import, the .hvnet file to write and a preview of its text, made by the same
 * {@link InventoryImport} as {@code hvnet import}; an inventory that cannot be imported shows its one-line error.
 */
final class ImportInventoryPage extends WizardPage {

	private final List<Path> inventories = new ArrayList<>();
	private final String initialTarget;
	private org.eclipse.swt.widgets.List list;
	private Text target;
	private Text preview;
	private String text;

	ImportInventoryPage(String initialTarget) {
		super("importInventory");
		this.initialTarget = initialTarget;
		setTitle("Hyper-V Host Inventory");
		setDescription("Turn the JSON that scripts/Export-HvnetInventory.ps1 wrote on each host into one .hvnet file.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("Inventories:");
		list = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 1, 2));
		Button add = new Button(page, SWT.PUSH);
		add.setText("Add...");
		add.addListener(SWT.Selection, e -> chooseFiles());
		new Label(page, SWT.NONE);
		Button remove = new Button(page, SWT.PUSH);
		remove.setText("Remove");
		remove.addListener(SWT.Selection, e -> {
			for (int i = list.getSelectionIndices().length - 1; i >= 0; i--) {
				inventories.remove(list.getSelectionIndices()[i]);
			}
			update();
		});
		new Label(page, SWT.NONE).setText("Target file:");
		target = new Text(page, SWT.BORDER);
		target.setText(initialTarget);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		target.addListener(SWT.Modify, e -> update());
		Label previewLabel = new Label(page, SWT.NONE);
		previewLabel.setText("Preview:");
		previewLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 3, 1));
		preview = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.setFont(JFaceResources.getTextFont());
		GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		previewData.heightHint = 300;
		previewData.widthHint = 640;
		preview.setLayoutData(previewData);
		setControl(page);
		update();
	}

	/** Adds inventories, as the Add... button's file dialog does. */
	void add(List<Path> files) {
		inventories.addAll(files);
		update();
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		if (dialog.open() != null) {
			List<Path> chosen = new ArrayList<>();
			for (String name : dialog.getFileNames()) {
				chosen.add(Paths.get(dialog.getFilterPath(), name));
			}
			add(chosen);
		}
	}

	/** The imported text, or null while the page is not complete. */
	String text() {
		return isPageComplete() ? text : null;
	}

	IFile targetFile() {
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(target.getText().strip()));
	}

	private void update() {
		list.setItems(inventories.stream().map(Path::toString).toArray(String[]::new));
		text = null;
		preview.setText("");
		setMessage(null);
		setErrorMessage(null);
		setPageComplete(false);
		if (inventories.isEmpty()) {
			setMessage("Add the inventory of at least one host.");
			return;
		}
		try {
			List<Inventory> read = new ArrayList<>();
			for (Path file : inventories) {
				read.add(InventoryReader.read(file.toString(), Files.readAllBytes(file)));
			}
			InventoryImport.Result result = InventoryImport.of(read, HvNetUiPlugin.getDefault().getInjector());
			text = result.text();
			preview.setText(text);
			if (!result.warnings().isEmpty()) {
				setMessage(result.warnings().size() + " warning(s), each also a comment in the file: "
						+ result.warnings().get(0), IMessageProvider.WARNING);
			}
		} catch (InventoryException e) {
			setErrorMessage(e.getMessage());
			return;
		} catch (IOException e) {
			setErrorMessage("cannot read an inventory: " + e.getMessage());
			return;
		}
		String path = target.getText().strip();
		if (!path.endsWith(".hvnet") || new org.eclipse.core.runtime.Path(path).segmentCount() < 2) {
			setErrorMessage("The target is a .hvnet file in a project, e.g. /project/hosts.hvnet.");
			return;
		}
		IContainer folder = targetFile().getParent();
		if (!folder.exists()) {
			setErrorMessage(folder.getFullPath() + " does not exist.");
			return;
		}
		setPageComplete(true);
	}
}
