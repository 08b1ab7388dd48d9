package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import io.hvnet.diagram.ui.DiagramEditor;
import io.hvnet.diagram.ui.DiagramElement;
import io.hvnet.ui.tests.driver.CommandRuns;

/**
 * Deleting in the Eclipse diagram: the Delete key and Edit > Delete each delete the selected element, as one undoable
 * edit, and report nothing else.
 */
public class DiagramDeleteKeyTest extends WorkbenchFixture {

	@Override
	protected String projectName() {
		return "delete-key";
	}

	@Test
	public void theDeleteKeyAndEditDeleteDeleteTheSelection() throws Exception {
		OpenDiagram lab = labDiagramWithAVm();
		DiagramEditor diagram = lab.editor();
		IDocument document = lab.document();
		List<String> events = lab.events();

		// the Delete key: the page's own (GLSP's delete tool), as the diagram has the keyboard focus after a click
		selectByClick(diagram, "HV01.VM1");
		int eventsBefore = events.size();
		ui.key(SWT.DEL, SWT.DEL);
		ui.waitUntil(() -> document.get().equals(LAB), "the VM deleted by the Delete key");
		roundTrip(diagram, events);
		// the page draws the deletion after it got it: the VM drawn again below must be the undo's drawing
		ui.waitUntil(() -> !drawn(diagram, "HV01.VM1"), "the deleted VM gone from the drawing");
		assertNoErrorSince(events, eventsBefore);
		try (CommandRuns undos = new CommandRuns(IWorkbenchCommandConstants.EDIT_UNDO)) {
			ui.shortcut('z', SWT.CTRL);
			ui.waitUntil(() -> undos.count() >= 1, "Ctrl+Z to reach the workbench");
			ui.waitUntil(() -> document.get().contains("vm VM1 {"), "the deletion undone");
		}

		// Edit > Delete: the workbench's command, which the editor hands to the page
		ui.waitUntil(() -> drawn(diagram, "HV01.VM1"), "the VM drawn again");
		selectByClick(diagram, "HV01.VM1");
		eventsBefore = events.size();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_DELETE,
				null);
		ui.waitUntil(() -> document.get().equals(LAB), "the VM deleted by Edit > Delete");
		roundTrip(diagram, events);
		assertNoErrorSince(events, eventsBefore);
	}

	/** A click on the element near its lower left corner, away from its labels; waits for the selection. */
	private void selectByClick(DiagramEditor diagram, String id) {
		ui.focus(diagram.browser());
		Object[] corner = (Object[]) diagram.evaluate("(r => [r.x + 6, r.bottom - 6])(document.getElementById('hvnet_"
				+ id + "').getBoundingClientRect())");
		ui.click(diagram.browser(), ((Number) corner[0]).intValue(), ((Number) corner[1]).intValue(), 1);
		ui.waitUntil(() -> diagram.getSelection() instanceof IStructuredSelection s && s.size() == 1
				&& s.getFirstElement() instanceof DiagramElement e && e.id().equals(id), id + " selected");
	}

	/** No error from the page since event number {@code from} but the round trip's own refusal. */
	private static void assertNoErrorSince(List<String> events, int from) {
		assertEquals(List.of(), events.subList(from, events.size()).stream()
				.filter(e -> e.contains("ERROR") && !e.contains("go into a Hyper-V host")).toList());
	}
}
