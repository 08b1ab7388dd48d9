package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.Test;

import io.hvnet.diagram.ui.DiagramEditor;
import io.hvnet.ui.tests.driver.CommandRuns;
import io.hvnet.ui.tests.driver.DialogAnswer;

/**
 * A diagram editor follows its file as a text editor does: renamed in the workspace, it shows the file under the new
 * name and saves there (unsaved edits go along); deleted, it closes, unless it has unsaved edits: then it stays,
 * and a save asks before it writes the file again.
 */
public class DiagramFileFollowsTest extends WorkbenchFixture {

	@Override
	protected String projectName() {
		return "file-follows";
	}

	@Test
	public void aRenamedFileIsFollowedWithItsUnsavedEditsAndADeletedOneClosesTheDiagram() throws Exception {
		OpenDiagram lab = labDiagramWithAVm(); // one unsaved edit: the new VM
		DiagramEditor diagram = lab.editor();
		assertTrue(diagram.isDirty());
		String unsaved = lab.document().get();
		long loads = loads(lab.events());

		// a name being edited in place when the file moves: the page goes away without saying the field is gone
		diagram.run("hvnet.dispatcher.dispatch({kind: 'EditLabel', labelId: 'HV01.VM1/name'})");
		ui.waitUntil(() -> lab.events().contains("typing:true"), "the name's field");

		IFile renamed = project.getFile("core.hvnet");
		project.getFile("lab.hvnet").move(renamed.getFullPath(), true, null);
		ui.waitUntil(() -> renamed.equals(diagram.file()), "the diagram to follow the renamed file");
		assertEquals("core.hvnet (diagram)", diagram.getPartName());
		assertTrue(diagram.isDirty(), "the unsaved edit went along");
		IDocument moved = FileBuffers.getTextFileBufferManager()
				.getTextFileBuffer(renamed.getFullPath(), LocationKind.IFILE).getDocument();
		assertEquals(unsaved, moved.get());
		ui.waitUntil(() -> loads(lab.events()) > loads, "the diagram of the renamed file to load");

		// edits, undo and saves go to the renamed file
		diagram.run("hvnet.createNode('node:vm', 'HV01')");
		ui.waitUntil(() -> moved.get().contains("vm VM2 {"), "a diagram edit of the renamed file");
		ui.focus(diagram.browser());
		try (CommandRuns undos = new CommandRuns(IWorkbenchCommandConstants.EDIT_UNDO)) {
			ui.shortcut('z', SWT.CTRL);
			ui.waitUntil(() -> undos.count() >= 1, "Ctrl+Z to reach the workbench");
			assertFalse(moved.get().contains("vm VM2"), "Ctrl+Z undid the edit: " + moved.get());
		}
		diagram.run("hvnet.createNode('node:vm', 'HV01')");
		ui.waitUntil(() -> moved.get().contains("vm VM2 {"), "the diagram edit again");
		assertTrue(page.saveEditor(diagram, false));
		String disk = new String(renamed.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(disk.contains("vm VM1 {") && disk.contains("vm VM2 {"), disk);
		assertFalse(project.getFile("lab.hvnet").exists());

		// deleted with nothing unsaved: the diagram closes
		renamed.delete(true, null);
		ui.waitUntil(() -> page.getEditorReferences().length == 0, "the diagram of the deleted file to close");
	}

	@Test
	public void aDiagramWithUnsavedEditsStaysWhenItsFileIsDeletedAndASaveAsksBeforeItWritesItAgain() throws Exception {
		OpenDiagram lab = labDiagramWithAVm();
		IFile file = project.getFile("lab.hvnet");
		String unsaved = lab.document().get();
		file.delete(true, null);
		assertFalse(file.exists());
		DialogAnswer keep = DialogAnswer.press("Keep Unsaved", "File Deleted");
		page.saveEditor(lab.editor(), false);
		assertTrue(keep.message().contains("'lab.hvnet' was deleted"), keep.message());
		assertFalse(file.exists());
		assertTrue(lab.editor().isDirty());
		DialogAnswer again = DialogAnswer.press("Save Again", "File Deleted");
		assertTrue(page.saveEditor(lab.editor(), false), "saved");
		again.message();
		assertEquals(unsaved, new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
		assertFalse(lab.editor().isDirty());
		assertEquals(1, page.getEditorReferences().length, "the diagram stays open");
	}

	private static long loads(List<String> events) {
		return events.stream().filter(e -> e.startsWith("loaded:")).count();
	}
}
