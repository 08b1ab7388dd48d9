package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.hvnet.ui.tests.driver.Ui;

/** A fresh project per test, the widget driver, and a failure when the platform logged an error. */
abstract class WorkbenchFixture {

	protected IProject project;
	protected Ui ui;
	protected IWorkbenchPage page;
	private WorkbenchLogGuard log;

	protected abstract String projectName();

	@BeforeEach
	void createProject() throws CoreException {
		ui = new Ui(Display.getCurrent());
		log = new WorkbenchLogGuard();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName());
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void deleteProject() throws CoreException {
		page.closeAllEditors(false);
		try {
			assertTrue(log.errors().isEmpty(), () -> "errors logged: " + log.errors());
		} finally {
			log.close();
			project.delete(true, true, null);
		}
	}

	protected IFile file(String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	/** Opens the file in its editor and gives the text the keyboard focus. */
	protected StyledText openAndFocus(IFile file) throws Exception {
		IEditorPart editor = IDE.openEditor(page, file, true);
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		ui.focus(text);
		return text;
	}

	/** The offsets of the mark-occurrences annotations in the editor's annotation model. */
	protected static java.util.Set<Integer> occurrences(org.eclipse.jface.text.source.IAnnotationModel model) {
		java.util.Set<Integer> offsets = new java.util.HashSet<>();
		var it = model.getAnnotationIterator();
		while (it.hasNext()) {
			var a = it.next();
			if ("org.eclipse.ui.genericeditor.text".equals(a.getType())) {
				offsets.add(model.getPosition(a).getOffset());
			}
		}
		return offsets;
	}
}
