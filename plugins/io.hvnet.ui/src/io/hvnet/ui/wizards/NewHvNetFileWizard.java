package io.hvnet.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > hvnet File: a .hvnet file with a host, an external switch and its host vNIC to start from. */
public class NewHvNetFileWizard extends BasicNewResourceWizard {

	static final String TEMPLATE = """
			// A Hyper-V host with a NIC for the management OS and a NIC for an external switch.
			host HV01 {
			    nic NIC1 {
			        ip 192.168.1.11/24
			    }
			    nic NIC2 {
			        bindings vms
			    }

			    external switch External on NIC2

			    parent {
			        vnic vEthernet switch External {
			            ip 192.168.1.10/24
			        }
			    }
			}
			""";

	private WizardNewFileCreationPage page;

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("newHvnetFile", getSelection()) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("hvnet File");
		page.setDescription("Create a topology file (.hvnet).");
		page.setFileExtension("hvnet");
		page.setFileName("network.hvnet");
		addPage(page);
	}

	@Override
	public void init(org.eclipse.ui.IWorkbench workbench, org.eclipse.jface.viewers.IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle("New hvnet File");
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		try {
			IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
		} catch (org.eclipse.ui.PartInitException e) {
			return true; // the file exists; opening it is a courtesy
		}
		return true;
	}
}
