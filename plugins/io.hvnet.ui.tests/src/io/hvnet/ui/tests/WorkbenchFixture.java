package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.hvnet.diagram.ui.DiagramCommands;
import io.hvnet.diagram.ui.DiagramEditor;
import io.hvnet.ui.tests.driver.Ui;

/** A fresh project per test, the widget driver, and a failure when the platform logged an error. */
abstract class WorkbenchFixture {

	/** A host with a NIC cabled to a physical switch: the smallest file that diagram edits are tried on. */
	protected static final String LAB = """
			// the lab
			host HV01 {
			    nic NIC1 {
			        ip 192.168.1.11/24
			    }
			}

			physical switch PSW1 ports 8

			cable HV01.NIC1 to PSW1 port 1
			""";

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

	/**
	 * A request the diagram server answers with a refusal (a VM dropped onto the physical switch of {@link #LAB}):
	 * every action the page sent before it has been handled when the answer comes. {@code heard}: the texts of the
	 * client's status notifications as they arrive.
	 */
	protected void roundTrip(DiagramEditor diagram, List<String> heard) {
		long before = heard.stream().filter(s -> s.contains("go into a Hyper-V host")).count();
		diagram.run("hvnet.createNode('node:vm', 'PSW1')");
		ui.waitUntil(() -> heard.stream().filter(s -> s.contains("go into a Hyper-V host")).count() > before,
				"the diagram server's answer");
	}

	/** A diagram editor, the document it edits, and what its page said ("kind:data"), in order. */
	protected record OpenDiagram(DiagramEditor editor, IDocument document, List<String> events) {
	}

	/**
	 * The diagram of {@link #LAB} (lab.hvnet), loaded, with a VM created from the palette in HV01 (HV01.VM1, in the
	 * text and drawn): a diagram edit that Undo reverts and an element to select.
	 */
	protected OpenDiagram labDiagramWithAVm() throws Exception {
		IFile file = file("lab.hvnet", LAB);
		DiagramEditor diagram = (DiagramEditor) DiagramCommands.open(page, file, true);
		IDocument document = FileBuffers.getTextFileBufferManager()
				.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
		List<String> events = new CopyOnWriteArrayList<>();
		diagram.addClientListener((kind, data) -> events.add(kind + ":" + data));
		ui.waitUntil(() -> events.stream().anyMatch(e -> e.startsWith("loaded:")), "the diagram to load");
		diagram.run("hvnet.createNode('node:vm', 'HV01')");
		ui.waitUntil(() -> document.get().contains("vm VM1 {"), "the new VM in the text");
		ui.waitUntil(() -> drawn(diagram, "HV01.VM1"), "the new VM in the diagram");
		return new OpenDiagram(diagram, document, events);
	}

	/** Whether the diagram's page has drawn the element {@code id}. */
	protected static boolean drawn(DiagramEditor diagram, String id) {
		return String.valueOf(diagram.evaluate("JSON.stringify(window.hvnet.renderedIds())")).contains("\"" + id + "\"");
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
