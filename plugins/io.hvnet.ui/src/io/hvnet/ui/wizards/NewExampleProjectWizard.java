package io.hvnet.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

import io.hvnet.ui.HvNetUiPlugin;

/** File > New > Example > hvnet Seed Examples: a project with the blog post's figures 9–14 as .hvnet files. */
public class NewExampleProjectWizard extends Wizard implements INewWizard {

	/** Shipped in the bundle by the build (copied from the repository's examples/seed). */
	static final String FOLDER = "examples-gen/seed/";

	private WizardNewProjectCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("hvnet Seed Examples");
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("hvnetExamples");
		page.setTitle("hvnet Seed Examples");
		page.setDescription("A project with the six scenarios of 'How does basic networking work in Hyper-V?'");
		page.setInitialProjectName("hvnet-seed-examples");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			create(page.getProjectHandle());
			return true;
		} catch (CoreException | IOException e) {
			page.setErrorMessage("Could not create the project: " + e.getMessage());
			return false;
		}
	}

	/** Creates the project and copies every shipped example into it. */
	public static void create(IProject project) throws CoreException, IOException {
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		for (String name : exampleNames()) {
			URL url = HvNetUiPlugin.getDefault().getBundle().getEntry(FOLDER + name);
			IFile file = project.getFile(name);
			if (url != null && !file.exists()) {
				try (InputStream in = FileLocator.toFileURL(url).openStream()) {
					file.create(in, true, null);
				}
			}
		}
	}

	static List<String> exampleNames() {
		var entries = HvNetUiPlugin.getDefault().getBundle().getEntryPaths(FOLDER);
		if (entries == null) {
			return List.of();
		}
		List<String> names = Collections.list(entries).stream().filter(p -> p.endsWith(".hvnet"))
				.map(p -> p.substring(FOLDER.length())).sorted().toList();
		return names;
	}
}
