package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hvnet.diagram.ui.DiagramCommands;
import io.hvnet.diagram.ui.DiagramEditor;
import io.hvnet.sim.ui.SimulationView;
import io.hvnet.ui.tests.driver.Ui;

/**
 * Stepping through a scenario's ping in the Simulation view with the file's diagram open beside it: a trace row
 * chosen is the step the diagram draws, Forward and Back move the diagram's highlighted element and flow number
 * one event at a time, and an element selected on the diagram filters the trace to it.
 */
public class SteppingTest extends WorkbenchFixture {

	@Override
	protected String projectName() {
		return "stepping";
	}

	/** What the diagram draws of the step: index, the element carrying the badge, its flow, the highlighted ids. */
	private static String drawnStep(DiagramEditor diagram) {
		return String.valueOf(diagram.evaluate("(function() { var b = document.getElementById('hvnet-step-badge');"
				+ " var current = Array.prototype.map.call(document.querySelectorAll('.step-current'), function(e) {"
				+ " return e.id.replace(/^hvnet_/, ''); }).join(',');"
				+ " return b ? b.getAttribute('data-index') + ' ' + b.parentNode.id.replace(/^hvnet_/, '') + ' flow '"
				+ " + b.getAttribute('data-flow') + ' [' + current + ']' : 'none [' + current + ']'; })()"));
	}

	/** The file's diagram open beside its text, and the Simulation view's widgets once its scenarios ran. */
	private record Simulated(DiagramEditor diagram, SimulationView view, Composite control, Tree scenarios, Table trace) {
	}

	/** Opens {@code file}'s text and diagram, runs its scenarios in the view and waits for the first one's pings. */
	private Simulated simulateBesideDiagram(IFile file, int pings) throws Exception {
		org.eclipse.ui.IEditorPart text = IDE.openEditor(page, file, true);
		DiagramEditor diagram = (DiagramEditor) DiagramCommands.open(page, file, true);
		ui.waitUntil(() -> String.valueOf(diagram.evaluate("window.hvnet && window.hvnet.renderedIds ? JSON.stringify(window.hvnet.renderedIds()) : ''"))
				.contains("HV01.VM1.Net1"), "the diagram drawn");
		SimulationView view = (SimulationView) page.showView(SimulationView.ID);
		page.activate(text);
		view.runForActiveEditor(); // what the view's Run Scenarios button does
		page.activate(diagram);
		Composite control = (Composite) view.getAdapter(Control.class);
		Tree scenarios = Ui.find(control, Tree.class);
		ui.waitUntil(() -> scenarios.getItemCount() > 0 && scenarios.getItem(0).getItemCount() >= pings,
				"the scenario results");
		return new Simulated(diagram, view, control, scenarios, Ui.find(control, Table.class));
	}

	private void awaitStep(DiagramEditor diagram, String expected) {
		ui.waitUntil(() -> drawnStep(diagram).equals(expected), "the diagram to draw step " + expected + " (it shows "
				+ drawnStep(diagram) + ")");
	}

	private void click(Button button) {
		ui.press(button);
	}

	/**
	 * Selects a row as a click does (the viewer hears the same selection event). The view shares the workbench
	 * with the diagram here, so its tree and table can be too small for the mouse to reach a given row.
	 */
	private void select(Tree tree, org.eclipse.swt.widgets.TreeItem item) {
		tree.setSelection(item);
		org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
		e.item = item;
		tree.notifyListeners(org.eclipse.swt.SWT.Selection, e);
		ui.flush();
	}

	private void select(Table table, TableItem item) {
		table.setSelection(item);
		org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
		e.item = item;
		table.notifyListeners(org.eclipse.swt.SWT.Selection, e);
		ui.flush();
	}

	@Test
	public void stepsThroughAPingOnTheDiagram() throws Exception {
		Simulated run = simulateBesideDiagram(file("stepping.hvnet", SimulationViewTest.FIG12), 1);
		DiagramEditor diagram = run.diagram();
		SimulationView view = run.view();
		Composite control = run.control();
		Tree scenarios = run.scenarios();
		Table trace = run.trace();
		select(scenarios, scenarios.getItem(0).getItem(0));
		ui.waitUntil(() -> trace.getItemCount() > 0, "the trace of the first ping");
		awaitStep(diagram, "none []");

		// the row where the virtual switch learns VM1's address: the diagram shows that step
		TableItem learn = Arrays.stream(trace.getItems())
				.filter(r -> r.getText(3).equals("HV01.TestExternal") && r.getText(5).equals("learn")).findFirst()
				.orElseThrow(() -> new AssertionError("no learn at HV01.TestExternal"));
		int row = trace.indexOf(learn);
		select(trace, learn);
		awaitStep(diagram, row + " HV01.TestExternal flow 2 [HV01.TestExternal]");

		Button forward = Ui.button(control, "Forward");
		Button back = Ui.button(control, "Back");
		click(forward);
		awaitStep(diagram, (row + 1) + " HV01.TestExternal flow 3 [HV01.TestExternal]");
		assertEquals("flood", trace.getItem(trace.getSelectionIndex()).getText(5), "the trace follows the steps");
		click(forward);
		awaitStep(diagram, (row + 2) + " HV01.NIC2 flow 4 [HV01.NIC2]");
		click(forward);
		awaitStep(diagram, (row + 3) + " HV01.vEthernet flow 3 [HV01.vEthernet]");
		assertEquals(row + 3, trace.getSelectionIndex());
		click(back);
		awaitStep(diagram, (row + 2) + " HV01.NIC2 flow 4 [HV01.NIC2]");
		assertEquals(row + 2, trace.getSelectionIndex());
		String cable = String.valueOf(diagram.evaluate("Array.prototype.map.call(document.querySelectorAll('.step-edge'),"
				+ " function(e) { return e.id.replace(/^hvnet_/, ''); }).join(',')"));
		assertEquals("cable:HV01.NIC2-PSW1#2", cable, "the frame is on NIC2's cable");

		ui.idle(500); // WebKit paints the step for the screenshot and tells nobody when it is done
		Path shot = ui.screenshot(view.getSite().getShell(), Path.of("target/screenshots/stepping.png"));
		assertTrue(Files.size(shot) > 10_000, "screenshot too small");

		// an element selected on the diagram filters the trace to it
		page.activate(diagram);
		diagram.run("hvnet.dispatcher.dispatch({kind: 'elementSelected', selectedElementsIDs: ['PSW1'],"
				+ " deselectedElementsIDs: [], deselectAll: true})");
		Text node = Ui.find(control, Text.class, t -> "node name contains…".equals(t.getMessage()));
		ui.waitUntil(() -> node.getText().equals("PSW1"), "the trace filtered to PSW1");
		ui.waitUntil(() -> trace.getItemCount() > 0
				&& Arrays.stream(trace.getItems()).allMatch(r -> r.getText(3).equals("PSW1")), "only PSW1's rows");

		click(Ui.button(control, "Reset"));
		awaitStep(diagram, "none []");
	}

	/** The ids carrying CSS class {@code css} on the diagram, and the texts of the mark labels on them. */
	private static String marked(DiagramEditor diagram, String css) {
		return String.valueOf(diagram.evaluate("Array.prototype.map.call(document.querySelectorAll('." + css + "'),"
				+ " function(e) { var l = e.querySelector(':scope > text.outage-label, :scope > text.diagnosis-label');"
				+ " return e.id.replace(/^hvnet_/, '') + (l ? ': ' + l.textContent : ''); }).join(' | ')"));
	}

	@Test
	public void marksTheCableAScenarioUnpluggedAndWhereThePingFailed() throws Exception {
		String pulled = SimulationViewTest.FIG12.substring(0, SimulationViewTest.FIG12.indexOf("scenario ")) + """
				scenario "NIC2 pulled" {
				    ping HV01.VM1 -> FileServer
				    unplug cable HV01.NIC2
				    ping HV01.VM1 -> FileServer
				        expect unreachable because "cable HV01.NIC2 \u2013 PSW1 port 2 is unplugged"
				}
				""";
		Simulated run = simulateBesideDiagram(file("pulled.hvnet", pulled), 2);
		DiagramEditor diagram = run.diagram();
		Composite control = run.control();
		Tree scenarios = run.scenarios();
		Table trace = run.trace();

		// the ping before the pull: nothing down, nothing to blame
		select(scenarios, scenarios.getItem(0).getItem(0));
		ui.waitUntil(() -> trace.getItemCount() > 0 && !trace.getItem(0).getText(5).equals("inject"), "the first ping's trace");
		awaitStep(diagram, "none []");
		assertEquals("", marked(diagram, "unplugged"), "nothing unplugged before the step");
		assertEquals("", marked(diagram, "diagnosis-place"));

		// the ping after it: the cable drawn unplugged, and the place the diagnosis names marked with the sentence
		select(scenarios, scenarios.getItem(0).getItem(1));
		ui.waitUntil(() -> marked(diagram, "unplugged").equals("cable:HV01.NIC2-PSW1#2: unplugged"),
				"the pulled cable marked (the diagram shows " + marked(diagram, "unplugged") + ")");
		ui.waitUntil(() -> marked(diagram, "diagnosis-place").startsWith("HV01.NIC2: \u2716 echo request 1 reached no stack"),
				"the place of the diagnosis marked (the diagram shows " + marked(diagram, "diagnosis-place") + ")");
		assertTrue(marked(diagram, "diagnosis-place").endsWith("cable HV01.NIC2 \u2013 PSW1 port 2 is unplugged"),
				marked(diagram, "diagnosis-place"));
		// step 0 is the pull itself (a scenario event, drawn on no element), step 1 VM1 sending
		click(Ui.button(control, "Forward"));
		click(Ui.button(control, "Forward"));
		awaitStep(diagram, "1 HV01.VM1 flow 1 [HV01.VM1]");
		assertEquals("cable:HV01.NIC2-PSW1#2: unplugged", marked(diagram, "unplugged"), "the marks stay while stepping");

		ui.idle(500); // WebKit paints the marks for the screenshot and tells nobody when it is done
		Path shot = ui.screenshot(run.view().getSite().getShell(), Path.of("target/screenshots/stepping-unplugged.png"));
		assertTrue(Files.size(shot) > 10_000, "screenshot too small");
	}

	/** The next test finds the workbench as it was: no simulation view. */
	@AfterEach
	void closeView() {
		IViewPart view = page.findView(SimulationView.ID);
		if (view != null) {
			page.hideView(view);
		}
	}
}
