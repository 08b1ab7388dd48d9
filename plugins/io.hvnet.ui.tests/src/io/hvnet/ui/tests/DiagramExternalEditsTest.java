package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import io.hvnet.diagram.ui.DiagramCommands;
import io.hvnet.diagram.ui.DiagramEditor;
import io.hvnet.ui.tests.driver.CommandRuns;
import io.hvnet.ui.tests.driver.DialogAnswer;

/**
 * Another program writes the file a diagram editor shows (issue #18, finding 3, in Eclipse): what it wrote is never
 * lost, not to a diagram edit, not to undo in the diagram, not to a save, and bytes that are not UTF-8 are never
 * replaced. The diagram edits the file buffer's document; the other program writes the file on disk, behind the
 * workspace's back, and Eclipse's refresh (a job, off the UI thread) tells the buffer.
 */
public class DiagramExternalEditsTest extends WorkbenchFixture {

	private static final String THEIRS = "physical switch Outside ports 4\n";
	private static final Pattern VM = Pattern.compile("^\\s+vm VM\\d+ \\{", Pattern.MULTILINE);

	private IFile file;
	private DiagramEditor diagram;
	private IDocument document;

	@Override
	protected String projectName() {
		return "external-edits";
	}

	@Test
	public void aDiagramEditAfterAnExternalEditKeepsBoth() throws Exception {
		open();
		List<Boolean> onUiThread = new CopyOnWriteArrayList<>();
		document.addDocumentListener(new IDocumentListener() {
			@Override
			public void documentAboutToBeChanged(DocumentEvent event) {
			}

			@Override
			public void documentChanged(DocumentEvent event) {
				onUiThread.add(Display.getCurrent() != null);
			}
		});
		String theirs = LAB + THEIRS;
		writeBehindTheWorkspace(theirs.getBytes(StandardCharsets.UTF_8));
		refreshInAJob();
		ui.waitUntil(() -> document.get().equals(theirs), "the buffer to take the file's new text");

		addVm();
		assertTrue(document.get().contains(THEIRS), document.get());
		save();
		String disk = disk();
		assertTrue(disk.contains(THEIRS) && VM.matcher(disk).find(), disk);
		// the diagram's compare-and-set holds only if nothing else changes the document off the UI thread
		assertFalse(onUiThread.contains(false), "the buffer changed the document off the UI thread: " + onUiThread);
	}

	@Test
	public void aDiagramEditRightAfterAnExternalWriteIsRefusedAndTheFileIsTaken() throws Exception {
		open();
		List<String> statuses = statuses();
		String theirs = LAB + THEIRS;
		// no refresh: the edit comes before anything told the workspace, as one made within a refresh's interval
		writeBehindTheWorkspace(theirs.getBytes(StandardCharsets.UTF_8));
		diagram.run("hvnet.createNode('node:vm', 'HV01')");
		ui.waitUntil(() -> statuses.stream().anyMatch(s -> s.contains("the text changed")), "the edit refused");
		ui.waitUntil(() -> document.get().equals(theirs), "the buffer to take the file's new text");
		assertFalse(diagram.isDirty());

		addVm();
		save();
		String disk = disk();
		assertTrue(disk.startsWith("// the lab\n") && disk.endsWith(THEIRS) && VM.matcher(disk).find(), disk);
	}

	@Test
	public void undoInTheDiagramNeverRevertsAnExternalEdit() throws Exception {
		open();
		undoNeverRevertsAnExternalEdit();
	}

	@Test
	public void undoInTheDiagramNeverRevertsAnExternalEditWithATextEditorOpen() throws Exception {
		open();
		IDE.openEditor(page, file, "org.eclipse.ui.genericeditor.GenericEditor", false);
		page.activate(diagram);
		undoNeverRevertsAnExternalEdit();
	}

	private void undoNeverRevertsAnExternalEdit() throws Exception {
		addVm();
		save();
		String theirs = disk() + THEIRS;
		writeBehindTheWorkspace(theirs.getBytes(StandardCharsets.UTF_8));
		refreshInAJob();
		ui.waitUntil(() -> document.get().equals(theirs), "the buffer to take the file's new text");
		addVm();
		String oneOfOurs = document.get();
		addVm();

		List<String> statuses = statuses();
		try (CommandRuns undos = new CommandRuns(IWorkbenchCommandConstants.EDIT_UNDO)) {
			ui.focus(diagram.browser());
			// the page sees Ctrl+Z too; an action it sends after that reaches the server after any the key made it send
			diagram.evaluate("(window.hvnetTestUndoKeys = 0, window.addEventListener('keydown', e => {"
					+ " if (e.ctrlKey && e.code === 'KeyZ') window.hvnetTestUndoKeys++; }, true), 0)");
			for (int i = 1; i <= 4; i++) {
				ui.shortcut('z', SWT.CTRL);
				int pressed = i;
				ui.waitUntil(() -> undos.count() >= pressed, "Undo number " + pressed + " to run");
				ui.waitUntil(() -> ((Number) diagram.evaluate("window.hvnetTestUndoKeys")).intValue() >= pressed,
						"the page to see Ctrl+Z number " + pressed);
				roundTrip(diagram, statuses);
				// WebKitGTK handed a key the page left unhandled back to the workbench: one Ctrl+Z ran Undo 3 times
				assertEquals(i, undos.count(), "one Undo per Ctrl+Z");
				assertEquals(i == 1 ? oneOfOurs : theirs, document.get(), "after Ctrl+Z number " + i);
			}
		}
		save();
		assertEquals(theirs, disk());
	}

	@Test
	public void aSaveOverAnExternalEditAsksAndKeepsOrLoadsIt() throws Exception {
		open();
		addVm();
		String ours = document.get();
		String theirs = disk() + THEIRS;
		writeBehindTheWorkspace(theirs.getBytes(StandardCharsets.UTF_8));

		DialogAnswer keep = DialogAnswer.press("Keep Unsaved", "File Changed on Disk");
		boolean saved = page.saveEditor(diagram, false);
		assertEquals(theirs, disk());
		assertFalse(saved, "the save did not happen");
		assertTrue(keep.message().contains(file.getName()), keep.message());
		assertEquals(ours, document.get());
		assertTrue(diagram.isDirty(), "the diagram's edit is still unsaved");

		DialogAnswer load = DialogAnswer.press("Load from Disk", "File Changed on Disk");
		page.saveEditor(diagram, false);
		load.message();
		ui.waitUntil(() -> document.get().equals(theirs), "the buffer to take the file's text");
		ui.waitUntil(() -> !diagram.isDirty(), "the diagram to be clean");

		addVm();
		DialogAnswer none = DialogAnswer.press("Keep Unsaved", "File Changed on Disk");
		save();
		assertFalse(none.showed(), "the file was not changed on disk since it was loaded");
		String disk = disk();
		assertTrue(disk.startsWith("// the lab\n") && disk.endsWith(THEIRS) && VM.matcher(disk).results().count() == 1,
				disk);
	}

	@Test
	public void aSaveOverAnExternalEditTheWorkspaceSawOverwritesOnlyWhenTold() throws Exception {
		open();
		addVm();
		String ours = document.get();
		writeBehindTheWorkspace((LAB + THEIRS).getBytes(StandardCharsets.UTF_8));
		// the buffer is dirty: it does not take the file's text, it only knows the file changed
		refreshInAJob();
		assertEquals(ours, document.get());

		DialogAnswer overwrite = DialogAnswer.press("Overwrite", "File Changed on Disk");
		boolean saved = page.saveEditor(diagram, false);
		overwrite.message();
		assertTrue(saved);
		assertEquals(ours, disk());
		assertFalse(diagram.isDirty());
	}

	@Test
	public void bytesThatAreNotUtf8AreNeverReplaced() throws Exception {
		open();
		List<String> statuses = statuses();
		byte[] latin1 = ("// Caf\u00e9\n" + LAB).getBytes(StandardCharsets.ISO_8859_1);
		writeBehindTheWorkspace(latin1);
		refreshInAJob();
		ui.waitUntil(() -> document.get().startsWith("// Caf\uFFFD\n"), "the buffer to take the file's new text");

		diagram.run("hvnet.createNode('node:vm', 'HV01')");
		ui.waitUntil(() -> VM.matcher(document.get()).find()
				|| statuses.stream().anyMatch(s -> s.contains("not UTF-8")), "the diagram edit's outcome");
		assertFalse(VM.matcher(document.get()).find(), "the edit was refused: " + document.get());
		assertTrue(statuses.stream().anyMatch(s -> s.contains(file.getName() + ":1:7: not UTF-8")), statuses::toString);
		assertFalse(diagram.isDirty());

		// another editor of the buffer (a text editor) changes the text elsewhere; the diagram's save asks first
		document.replace(document.get().indexOf("// the lab"), 0, "// typed\n");
		DialogAnswer keep = DialogAnswer.press("Keep Unsaved", "Not Text");
		boolean saved = page.saveEditor(diagram, false);
		assertArrayEquals(latin1, Files.readAllBytes(path()), "the file's bytes stay as the other program wrote them");
		assertFalse(saved);
		assertTrue(keep.message().contains(file.getName() + ":1:7: not UTF-8 text"), keep.message());
		assertTrue(diagram.isDirty());
	}

	/** The texts of the client's status notifications, as they arrive. */
	private List<String> statuses() {
		List<String> statuses = new CopyOnWriteArrayList<>();
		diagram.addClientListener((kind, data) -> {
			if (kind.equals("status")) {
				statuses.add(data);
			}
		});
		return statuses;
	}

	private void open() throws Exception {
		file = file("lab.hvnet", LAB);
		diagram = (DiagramEditor) DiagramCommands.open(page, file, true);
		document = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE)
				.getDocument();
		List<String> loaded = new ArrayList<>();
		diagram.addClientListener((kind, data) -> loaded.add(kind));
		ui.waitUntil(() -> loaded.contains("loaded"), "the diagram to load");
	}

	/** A diagram edit: a new VM in HV01, waited for in the document. */
	private void addVm() {
		long before = VM.matcher(document.get()).results().count();
		diagram.run("hvnet.createNode('node:vm', 'HV01')");
		ui.waitUntil(() -> VM.matcher(document.get()).results().count() == before + 1, "the new VM in the text");
	}

	/** Saves as File > Save does; fails if it did not happen. */
	private void save() {
		assertTrue(page.saveEditor(diagram, false), "saved");
		assertFalse(diagram.isDirty(), "saved");
	}

	private Path path() {
		return file.getLocation().toFile().toPath();
	}

	private String disk() throws Exception {
		return Files.readString(path());
	}

	/** Writes the file as another program does: on disk, without telling the workspace. */
	private void writeBehindTheWorkspace(byte[] bytes) throws Exception {
		FileTime before = Files.getLastModifiedTime(path());
		Files.write(path(), bytes);
		// the workspace tells a changed file by its time: a write within the same tick would look like no change
		if (Files.getLastModifiedTime(path()).compareTo(before) <= 0) {
			Files.setLastModifiedTime(path(), FileTime.fromMillis(before.toMillis() + 1000));
		}
	}

	/** Refreshes the file as Eclipse's refresh does (F5, auto-refresh): in a job, off the UI thread. */
	private void refreshInAJob() {
		Job refresh = Job.create("refresh " + file.getName(), monitor -> {
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		});
		refresh.schedule();
		ui.waitUntil(() -> refresh.getResult() != null, "the refresh job to finish");
		assertTrue(refresh.getResult().isOK(), refresh.getResult().toString());
	}
}
