package io.hvnet.sim.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.hvnet.diagram.ui.DiagramEditor;
import io.hvnet.diagram.ui.DiagramElement;
import io.hvnet.sim.CapturedPing;
import io.hvnet.sim.ExpectationResult;
import io.hvnet.sim.Hop;
import io.hvnet.sim.PingOutcome;
import io.hvnet.sim.PingRecord;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.ScenarioResult;
import io.hvnet.sim.TraceEvent;
import io.hvnet.sim.step.SimulationStep;
import io.hvnet.sim.step.SimulationSteps;
import io.hvnet.sim.wire.Capture;
import io.hvnet.ui.editor.HvNetEditors;

/**
 * The simulator in Eclipse: runs the scenarios of the .hvnet file in the editor (in the background), lists every
 * ping passed or failed with its expectations, and shows the selected ping hop by hop: its request and reply paths
 * and the whole trace with the seed's flow numbers. Double-click a ping (or press Enter) to go to it in the editor.
 * "Export Capture..." writes the selected ping's frames on every link as pcapng, as {@code simulate --pcap} does.
 * The step controls play the selected ping one trace event at a time; the file's open diagram follows (the element,
 * the cable, the flow number, the MAC table), a selected trace row is the step shown, and an element selected on the
 * diagram filters the trace to it.
 */
public class SimulationView extends ViewPart {

	public static final String ID = "io.hvnet.sim.ui.simulation";

	private SashForm sash;
	private TreeViewer tree;
	private Text paths;
	private TraceTable trace;
	private TraceFilter filter;
	private FrameDetails frame;
	/** The selected ping's frames on every link, for the frame details (null until a ping is shown). */
	private Capture capture;
	private ScenarioRun shown;
	private Action exportCapture;
	private final Map<ExpectationResult, PingOutcome> pingOf = new HashMap<>();
	private StepControls stepper;
	/** While the view itself selects a trace row for a step: that selection is not a user's choice of step. */
	private boolean selectingStep;
	private final ISelectionListener diagramSelection = this::diagramSelectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		sash = new SashForm(parent, SWT.VERTICAL);
		tree = new TreeViewer(sash, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.setContentProvider(new ScenarioTree.Content());
		tree.setLabelProvider(new ScenarioTree.Labels());
		tree.setAutoExpandLevel(2);
		tree.addSelectionChangedListener(e -> showTrace(selectedPing()));
		tree.addSelectionChangedListener(e -> exportCapture.setEnabled(selectedPing() != null));
		tree.addDoubleClickListener(e -> reveal(selectedPing()));
		Composite details = new Composite(sash, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		details.setLayout(layout);
		paths = new Text(details, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData pathsData = new GridData(SWT.FILL, SWT.TOP, true, false);
		pathsData.heightHint = paths.getLineHeight() * 3;
		paths.setLayoutData(pathsData);
		stepper = new StepControls(details, this::stepMoved);
		filter = new TraceFilter(details);
		SashForm traceAndFrame = new SashForm(details, SWT.VERTICAL);
		traceAndFrame.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		trace = new TraceTable(traceAndFrame);
		filter.attachTo(trace.viewer());
		frame = new FrameDetails(traceAndFrame);
		traceAndFrame.setWeights(60, 40);
		trace.viewer().addSelectionChangedListener(e -> showFrame(
				(TraceEvent) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		trace.viewer().addSelectionChangedListener(e -> traceRowChosen(
				(TraceEvent) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		getSite().getPage().addSelectionListener(diagramSelection);
		sash.setWeights(30, 70);
		Action run = new Action("Run Scenarios") {
			@Override
			public void run() {
				runForActiveEditor();
			}
		};
		run.setToolTipText("Run the scenarios of the .hvnet file in the editor");
		run.setImageDescriptor(org.eclipse.jface.resource.ImageDescriptor
				.createFromURL(getClass().getResource("/icons/hvnet.png")));
		getViewSite().getActionBars().getToolBarManager().add(run);
		exportCapture = new Action("Export Capture...") {
			@Override
			public void run() {
				chooseFileAndExportCapture();
			}
		};
		exportCapture.setToolTipText("Write every frame the selected ping put on every link as pcapng (for Wireshark)");
		exportCapture.setEnabled(false);
		getViewSite().getActionBars().getToolBarManager().add(exportCapture);
		setContentDescription("Run the scenarios of a .hvnet file: the button above, or Run hvnet Scenarios in its editor.");
	}

	/** Runs the scenarios of the .hvnet file open in the active (or last active) editor. */
	public void runForActiveEditor() {
		HvNetEditors.EditedFile edited = HvNetEditors.active(getSite().getPage());
		if (edited == null) {
			setContentDescription("Open a .hvnet file in an editor, then run its scenarios.");
			return;
		}
		run(edited.file(), edited.text());
	}

	/** Simulates the scenarios of {@code file}, whose current text is {@code text}, and shows the results. */
	public void run(IFile file, String text) {
		setContentDescription("Running the scenarios of " + file.getName() + "…");
		Job job = Job.create("hvnet scenarios of " + file.getName(), monitor -> {
			ScenarioRun result = ScenarioRun.of(file, text);
			Display.getDefault().asyncExec(() -> show(result));
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
	}

	private void show(ScenarioRun run) {
		if (tree.getControl().isDisposed()) {
			return;
		}
		shown = run;
		pingOf.clear();
		for (ScenarioResult s : run.scenarios()) {
			for (PingOutcome p : s.pings()) {
				p.expectations().forEach(e -> pingOf.put(e, p));
			}
		}
		tree.setInput(run);
		// why a ping failed shows at once
		run.scenarios().stream().flatMap(s -> s.pings().stream()).filter(p -> !p.passed())
				.forEach(p -> tree.setExpandedState(p, true));
		paths.setText("");
		capture = null;
		stepper.show(null);
		trace.show(List.of());
		frame.show(null, "Select an event of the trace to see its frame.");
		long pings = run.scenarios().stream().mapToLong(s -> s.pings().size()).sum();
		long passed = run.scenarios().stream().flatMap(s -> s.pings().stream()).filter(PingOutcome::passed).count();
		setContentDescription(run.problem() != null ? run.file().getName() + ": not simulated"
				: run.file().getName() + ": " + passed + " of " + pings + (pings == 1 ? " ping" : " pings")
						+ " passed. Select a ping to see it hop by hop.");
	}

	private void chooseFileAndExportCapture() {
		PingOutcome ping = selectedPing();
		ScenarioRun run = shown;
		if (ping == null || run == null || run.simulator() == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Export Capture");
		dialog.setFilterExtensions(new String[] { "*.pcapng", "*" });
		dialog.setFileName(CaptureExport.fileName(run, ping));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			exportCapture(Path.of(chosen));
		}
	}

	/**
	 * Writes the capture of the selected ping to {@code file} as pcapng, in the background, and says in the view's
	 * description what was written (what "Export Capture..." does once a file is chosen).
	 */
	public void exportCapture(Path file) {
		PingOutcome ping = selectedPing();
		ScenarioRun run = shown;
		if (ping == null || run == null || run.simulator() == null) {
			setContentDescription("Select a ping to export its capture.");
			return;
		}
		Job job = Job.create("hvnet capture of " + ping.description(), monitor -> {
			String written = CaptureExport.write(run, ping, file);
			Display.getDefault().asyncExec(() -> {
				if (!tree.getControl().isDisposed()) {
					setContentDescription(written);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
	}

	private PingOutcome selectedPing() {
		Object selected = ((IStructuredSelection) tree.getSelection()).getFirstElement();
		return selected instanceof PingOutcome p ? p
				: selected instanceof ExpectationResult e ? pingOf.get(e) : null;
	}

	private void showTrace(PingOutcome ping) {
		ScenarioRun run = shown;
		if (ping == null || run == null || run.simulator() == null) {
			return;
		}
		Job job = Job.create("hvnet trace of " + ping.description(), monitor -> {
			CapturedPing captured = run.runner().capture(run.simulator(), ping.ping());
			PingResult result = captured.result();
			Display.getDefault().asyncExec(() -> {
				if (!paths.isDisposed() && shown == run) {
					paths.setText(describePaths(ping, result));
					capture = captured.capture();
					trace.show(result.events());
					SimulationSteps steps = SimulationSteps.of(captured);
					stepper.show(steps);
					DiagramFollower.draw(getSite().getPage(), run.file(), null, steps);
					frame.show(null, "Select an event of the trace to see its frame.");
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void showFrame(TraceEvent event) {
		if (event == null || capture == null) {
			return;
		}
		FrameOfEvent found = FrameOfEvent.of(capture, event);
		frame.show(found.frame() == null ? null : found.frame().frame(), found.note());
	}

	/** A step of the controls: its trace row selected, and the open diagrams of the file draw it. */
	private void stepMoved(SimulationStep step) {
		ScenarioRun run = shown;
		if (run == null || stepper.cursor() == null) {
			return;
		}
		selectingStep = true;
		try {
			trace.viewer().setSelection(step == null ? StructuredSelection.EMPTY : new StructuredSelection(step.event()), true);
		} finally {
			selectingStep = false;
		}
		DiagramFollower.draw(getSite().getPage(), run.file(), step, stepper.cursor().steps());
	}

	/** A trace row the user selected: the step of that event, on the diagram too. */
	private void traceRowChosen(TraceEvent event) {
		ScenarioRun run = shown;
		if (selectingStep || event == null || run == null || stepper.cursor() == null) {
			return;
		}
		int index = stepper.cursor().steps().indexOf(event);
		if (index >= 0) {
			stepper.moveTo(index);
			DiagramFollower.draw(getSite().getPage(), run.file(), stepper.cursor().current(),
					stepper.cursor().steps());
		}
	}

	/** An element selected on the file's diagram filters the trace to that node (a port to its switch). */
	private void diagramSelectionChanged(IWorkbenchPart part, ISelection selection) {
		ScenarioRun run = shown;
		if (!(part instanceof DiagramEditor diagram) || run == null || !run.file().equals(diagram.file())
				|| !(selection instanceof IStructuredSelection chosen)
				|| !(chosen.getFirstElement() instanceof DiagramElement element) || filter.node().isDisposed()) {
			return;
		}
		String id = element.id();
		if (id.contains(":")) {
			return; // a cable: the trace names nodes
		}
		int port = id.indexOf('#');
		filter.node().setText(port < 0 ? id : id.substring(0, port));
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(diagramSelection);
		super.dispose();
	}

	static String describePaths(PingOutcome ping, PingResult result) {
		StringBuilder text = new StringBuilder(ping.description()).append(": ").append(result.received()).append(" of ")
				.append(result.sent()).append(" echo requests answered");
		if (result.reason() != null) {
			text.append(" (").append(result.reason()).append(')');
		}
		if (!result.pings().isEmpty()) {
			PingRecord first = result.pings().get(0);
			text.append("\nrequest: ").append(Hop.arrows(first.request()));
			text.append("\nreply: ").append(Hop.arrows(first.reply()));
		}
		return text.toString();
	}

	private void reveal(PingOutcome ping) {
		ScenarioRun run = shown;
		if (ping == null || run == null) {
			return;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(ping.ping());
		try {
			if (node == null) {
				org.eclipse.ui.ide.IDE.openEditor(getSite().getPage(), run.file());
			} else {
				HvNetEditors.reveal(getSite().getPage(), run.file(), node.getOffset(), node.getLength());
			}
		} catch (PartInitException e) {
			setContentDescription(e.getMessage());
		}
	}

	/** The view's control (for tools and tests that look at its widgets). */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == org.eclipse.swt.widgets.Control.class) {
			return adapter.cast(sash);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}
}
