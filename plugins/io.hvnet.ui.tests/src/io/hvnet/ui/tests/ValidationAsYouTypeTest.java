package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.hvnet.ui.HvNetUiPlugin;
import io.hvnet.ui.tests.driver.Ui;
import io.hvnet.ui.validation.ProblemMarkers;

/**
 * A user types an error into an open .hvnet file: the marker appears within moments and goes when the error is
 * deleted; a file that is not open gets its markers from workspace validation.
 */
public class ValidationAsYouTypeTest extends WorkbenchFixture {

	@Override
	protected String projectName() {
		return "validation-test";
	}

	private static final String VALID = """
			// a server on a physical switch
			physical switch PSW1 ports 8
			server FileServer {
			    nic NIC1 {
			        mac 00:1B:21:3A:00:64
			        ip 192.168.1.100/24
			    }
			}
			cable FileServer.NIC1 to PSW1 port 1
			""";

	@org.junit.jupiter.api.BeforeEach
	void startWorkspaceValidation() {
		HvNetUiPlugin.getDefault().workspaceValidation();
	}

	private static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Whether a row of the Problems view's tree (a tree with its Description, Resource… columns) shows {@code message}. */
	private static boolean problemsViewLists(String message) {
		List<org.eclipse.swt.widgets.Tree> trees = new ArrayList<>();
		for (Shell shell : org.eclipse.swt.widgets.Display.getCurrent().getShells()) {
			collectTrees(shell, trees);
		}
		return trees.stream().filter(t -> t.getColumnCount() > 2).anyMatch(t -> rowShows(t, t.getItems(), message));
	}

	private static List<String> problemsViewRows() {
		List<org.eclipse.swt.widgets.Tree> trees = new ArrayList<>();
		for (Shell shell : org.eclipse.swt.widgets.Display.getCurrent().getShells()) {
			collectTrees(shell, trees);
		}
		List<String> rows = new ArrayList<>();
		trees.stream().filter(t -> t.getColumnCount() > 2).forEach(t -> {
			for (org.eclipse.swt.widgets.TreeItem row : t.getItems()) {
				rows.add(row.getText(0) + " " + Arrays.stream(row.getItems()).limit(5).map(i -> i.getText(0)).toList());
			}
		});
		return rows;
	}

	private static void collectTrees(org.eclipse.swt.widgets.Composite root, List<org.eclipse.swt.widgets.Tree> out) {
		for (org.eclipse.swt.widgets.Control c : root.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Tree tree) {
				out.add(tree);
			} else if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				collectTrees(composite, out);
			}
		}
	}

	/** Whether a row shows {@code message}; groups are opened as a click on their arrow would (JFace fills them then). */
	private static boolean rowShows(org.eclipse.swt.widgets.Tree tree, org.eclipse.swt.widgets.TreeItem[] rows,
			String message) {
		for (org.eclipse.swt.widgets.TreeItem row : rows) {
			if (row.getText(0).equals(message)) {
				return true;
			}
			if (row.getItemCount() > 0 || row.getText(0).endsWith("items)") || row.getText(0).endsWith("item)")) {
				if (!row.getExpanded()) {
					org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
					expand.item = row;
					tree.notifyListeners(SWT.Expand, expand);
					row.setExpanded(true);
				}
				if (rowShows(tree, row.getItems(), message)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasMarker(IFile file, String code) {
		return Arrays.stream(markers(file)).anyMatch(m -> m.getAttribute("code", "").equals(code));
	}

	@Test
	public void typingAnErrorShowsAMarkerAndDeletingItRemovesIt() throws Exception {
		IFile file = file("typing.hvnet", VALID);
		IEditorPart editor = IDE.openEditor(page, file, true);
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		ui.focus(text);
		text.setCaretOffset(text.getCharCount());
		ui.waitUntil(() -> markers(file).length == 0, "no markers on the valid file");

		ui.type("bogus\n");
		// validation runs while the word is typed: a marker about 'bog' proves nothing about the text as typed
		java.util.function.Predicate<IMarker> forTheTypedWord = m -> m.getAttribute("code", "").equals("HVN900")
				&& m.getAttribute(IMarker.MESSAGE, "").contains("'bogus'");
		ui.waitUntil(() -> Arrays.stream(markers(file)).anyMatch(forTheTypedWord), "a syntax marker for 'bogus'");
		IMarker marker = Arrays.stream(markers(file)).filter(forTheTypedWord).findFirst().orElseThrow();
		assertEquals(10, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		page.showView("org.eclipse.ui.views.ProblemView");
		page.activate(editor);
		try {
			ui.waitUntil(() -> problemsViewLists(message),
					"the marker in the Problems view");
		} catch (AssertionError notListed) {
			throw new AssertionError(notListed.getMessage() + "; it shows " + problemsViewRows(), notListed);
		}
		var annotations = ((org.eclipse.ui.texteditor.ITextEditor) editor).getDocumentProvider()
				.getAnnotationModel(editor.getEditorInput());
		ui.waitUntil(() -> {
			var it = annotations.getAnnotationIterator();
			while (it.hasNext()) {
				if (it.next().getType().endsWith(".error")) {
					return true;
				}
			}
			return false;
		}, "the error annotation (squiggle) in the editor");
		Path shot = ui.screenshot(text.getShell(),
				Path.of(System.getProperty("user.dir"), "target", "screenshots", "editor-with-marker.png"));
		assertTrue(Files.size(shot) > 1000, "screenshot written");

		ui.backspace(6);
		ui.waitUntil(() -> markers(file).length == 0, "the marker to go once the error is deleted");
		assertEquals(VALID, text.getText());
	}

	@Test
	public void aClosedFileGetsMarkersFromWorkspaceValidation() throws Exception {
		IFile file = file("closed.hvnet", VALID + "cable FileServer.NIC9 to PSW1 port 2\n");
		ui.waitUntil(() -> hasMarker(file, "HVN901"), "a marker for the unresolved NIC9 in a closed file");
		IMarker marker = Arrays.stream(markers(file)).filter(m -> m.getAttribute("code", "").equals("HVN901"))
				.findFirst().orElseThrow();
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("no physical NIC named 'FileServer.NIC9'"),
				() -> marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(10, marker.getAttribute(IMarker.LINE_NUMBER, -1));
	}
}
