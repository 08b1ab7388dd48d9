package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.Test;

import io.hvnet.diagram.ui.DiagramEditor;
import io.hvnet.ui.tests.driver.CommandRuns;

/**
 * A name edited in place in the Eclipse diagram: the keys the workbench binds to Undo, Select All and Delete are the
 * text field's while it has the focus, and Escape cancels the edit. WebKitGTK hands such keys to the workbench as well
 * as to the page: Ctrl+Z in the field undid the last diagram edit in the file. SWT's WebKit browser keeps Escape from
 * the page altogether. A key is waited for by the run of its workbench command, or by its effect in the field.
 */
public class DiagramTextFieldKeysTest extends WorkbenchFixture {

	@Override
	protected String projectName() {
		return "text-field-keys";
	}

	@Test
	public void keysInANameEditedInPlaceAreTheFieldsAndEscapeCancelsTheEdit() throws Exception {
		OpenDiagram lab = labDiagramWithAVm();
		DiagramEditor diagram = lab.editor();
		IDocument document = lab.document();
		List<String> events = lab.events();
		// the new VM is an edit that Undo would revert; selected, Delete would delete it
		String edited = document.get();
		diagram.run("hvnet.dispatcher.dispatch({kind: 'elementSelected', selectedElementsIDs: ['HV01.VM1'],"
				+ " deselectedElementsIDs: []})");
		ui.waitUntil(() -> diagram.getSelection() instanceof IStructuredSelection s && s.size() == 1,
				"the VM selected");

		ui.focus(diagram.browser());
		int typingBefore = typingEvents(events, true);
		diagram.run("hvnet.dispatcher.dispatch({kind: 'EditLabel', labelId: 'HV01.VM1/name'})");
		ui.waitUntil(() -> typingEvents(events, true) > typingBefore, "the editor told that a text field has the focus");
		ui.waitUntil(() -> "VM1".equals(diagram.evaluate("document.activeElement.value")), "the name's text field");

		try (CommandRuns undos = new CommandRuns(IWorkbenchCommandConstants.EDIT_UNDO);
				CommandRuns selectAlls = new CommandRuns(IWorkbenchCommandConstants.EDIT_SELECT_ALL)) {
			ui.shortcut('z', SWT.CTRL);
			ui.waitUntil(() -> undos.count() >= 1, "Ctrl+Z to reach the workbench");
			assertEquals(edited, document.get(), "Ctrl+Z in the text field undid nothing in the file");

			ui.shortcut('a', SWT.CTRL);
			ui.waitUntil(() -> selectAlls.count() >= 1, "Ctrl+A to reach the workbench");
			ui.key(SWT.HOME, '\0');
			ui.key(SWT.DEL, SWT.DEL);
			ui.waitUntil(() -> "M1".equals(diagram.evaluate("document.activeElement.value")),
					"Delete to delete the name's first character");
			// the diagram's select all and delete would have reached the server before the answer to this request
			roundTrip(diagram, events);
			assertEquals(edited, document.get(), "Delete in the text field deleted nothing in the file");
			assertTrue(drawn(diagram, "HV01.VM1"), "the VM is still drawn");
			assertEquals(1, ((IStructuredSelection) diagram.getSelection()).size(), "Ctrl+A selected the field's text only");
		}

		// Escape cancels the edit (SWT keeps it from the page; the editor hands it on); the keys are the diagram's again
		int notTypingBefore = typingEvents(events, false);
		ui.key(SWT.ESC, SWT.ESC);
		ui.waitUntil(() -> typingEvents(events, false) > notTypingBefore, "Escape to close the name's field");
		roundTrip(diagram, events);
		assertEquals(edited, document.get(), "Escape cancelled the name's edit (M1 was not applied)");
		try (CommandRuns undos = new CommandRuns(IWorkbenchCommandConstants.EDIT_UNDO)) {
			ui.shortcut('z', SWT.CTRL);
			ui.waitUntil(() -> undos.count() >= 1, "Ctrl+Z to reach the workbench");
			assertEquals(LAB, document.get(), "Ctrl+Z in the diagram undoes the new VM");
		}
	}

	private static int typingEvents(List<String> events, boolean typing) {
		return (int) events.stream().filter(("typing:" + typing)::equals).count();
	}
}
