package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.hvnet.ui.tests.driver.Ui;

/** Ctrl+Shift+F formats with the language's formatter; Ctrl+/ comments lines out and back in. */
public class EditingCommandsTest {

	private IProject project;
	private Ui ui;
	private WorkbenchLogGuard log;
	private IWorkbenchPage page;

	@BeforeEach
	void setUp() throws CoreException {
		ui = new Ui(Display.getCurrent());
		log = new WorkbenchLogGuard();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("commands-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void tearDown() throws CoreException {
		page.closeAllEditors(false);
		assertTrue(log.errors().isEmpty(), () -> "errors logged: " + log.errors());
		log.close();
		project.delete(true, true, null);
	}

	private StyledText open(String name, String text) throws Exception {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		IEditorPart editor = IDE.openEditor(page, file, true);
		StyledText styled = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		ui.focus(styled);
		return styled;
	}

	@Test
	public void ctrlShiftFFormats() throws Exception {
		StyledText text = open("format.hvnet", "server   S{nic N{ip 10.0.0.1/24   vlan 3}}\n");
		ui.shortcut('f', SWT.CTRL, SWT.SHIFT);
		String expected = "server S {\n    nic N {\n        ip 10.0.0.1/24\n        vlan 3\n    }\n}\n";
		ui.waitUntil(() -> text.getText().equals(expected), 10_000, "the formatted text, got:\n" + text.getText());
	}

	@Test
	public void ctrlSlashTogglesLineComments() throws Exception {
		StyledText text = open("comment.hvnet", "physical switch P ports 8\nserver S { nic N }\n");
		text.setSelection(0, 5);
		ui.shortcut('/', SWT.CTRL);
		ui.waitUntil(() -> text.getText().startsWith("// physical switch P ports 8\nserver"), 10_000,
				"the first line commented out, got:\n" + text.getText());
		ui.shortcut('/', SWT.CTRL);
		ui.waitUntil(() -> text.getText().startsWith("physical switch P ports 8\nserver"), 10_000,
				"the comment removed again, got:\n" + text.getText());
	}
}
