package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/** Starts the real workbench (UI harness under Xvfb) and opens a workspace .hvnet file in its editor. */
public class OpenHvNetFileTest {

	private static final String TOPOLOGY = """
			// seed fig. 9: one physical NIC, taken by an external switch
			host HV01 {
			    nic NIC1 "Intel(R) 82574L Gigabit Network Connection" { bindings vms }
			    external switch TestExternal "Test External Network" on NIC1
			    parent {
			        vnic vEthernet switch TestExternal { ip 192.168.1.10/24 }
			    }
			}
			""";

	@Test
	public void opensHvnetFileInTheHvnetEditor() throws Exception {
		assertTrue(PlatformUI.isWorkbenchRunning(), "the UI harness must run a workbench");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("open-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("fig09.hvnet");
		if (!file.exists()) {
			file.create(new ByteArrayInputStream(TOPOLOGY.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		assertEquals("io.hvnet.ui.hvnet", file.getContentDescription().getContentType().getId());

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try (WorkbenchLogGuard log = new WorkbenchLogGuard()) {
			IEditorPart editor = IDE.openEditor(page, file, true);
			while (Display.getCurrent().readAndDispatch()) {
				// let the editor and its presentation reconciler run
			}
			assertTrue(log.errors().isEmpty(), () -> "errors logged: " + log.errors());
			assertNotNull(editor);
			assertEquals(editor, page.getActiveEditor());
			ITextEditor textEditor = editor.getAdapter(ITextEditor.class);
			IDocument document = textEditor.getDocumentProvider().getDocument(editor.getEditorInput());
			assertEquals(TOPOLOGY, document.get());
		} finally {
			page.closeAllEditors(false);
		}
	}
}
