package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import io.hvnet.diagram.ui.DiagramCommands;
import io.hvnet.diagram.ui.DiagramEditor;

/**
 * The diagram editor in the real workbench: the web client in the SWT Browser renders the example, a palette-style
 * edit in the diagram changes the same document an open text editor shows, Ctrl+Z in the diagram undoes it, a text
 * edit reaches the diagram, and the diagram exports and is screenshotted.
 */
public class DiagramEditorTest extends WorkbenchFixture {

	private static final String FIG12 = """
			// fig. 12 for the diagram test
			host HV01 {
			    nic NIC1 {
			        ip 192.168.1.11/24
			    }
			    nic NIC2 {
			        bindings vms // taken by the external switch
			    }

			    external switch TestExternal on NIC2

			    parent {
			        vnic vEthernet switch TestExternal {
			            ip 192.168.1.10/24
			        }
			    }

			    vm VM1 {
			        synthetic adapter Net1 switch TestExternal {
			            ip 192.168.1.20/24
			        }
			    }
			}

			physical switch PSW1 ports 8

			server FileServer {
			    nic NIC1 {
			        ip 192.168.1.100/24
			    }
			}

			cable HV01.NIC1 to PSW1 port 1
			cable HV01.NIC2 to PSW1 port 2
			cable FileServer.NIC1 to PSW1 port 3
			""";

	@Override
	protected String projectName() {
		return "diagram";
	}

	@Test
	public void theDiagramEditorShowsEditsAndUndoesTheText() throws Exception {
		IFile file = file("fig12.hvnet", FIG12);
		IEditorPart text = IDE.openEditor(page, file, true);
		DiagramEditor diagram = (DiagramEditor) DiagramCommands.open(page, file, true);
		List<String> events = new ArrayList<>();
		diagram.addClientListener((kind, data) -> events.add(kind + ":" + data));
		long start = System.nanoTime();
		ui.waitUntil(() -> events.stream().anyMatch(e -> e.startsWith("loaded:")), "the diagram to load");
		ui.waitUntil(() -> rendered(diagram).contains("HV01.VM1.Net1"), "the diagram to render VM1's adapter");
		System.out.printf("diagram editor: open to first render %d ms (client reports %s)%n",
				(System.nanoTime() - start) / 1_000_000, events.stream().filter(e -> e.startsWith("loaded:")).findFirst().orElse("?"));
		for (String id : List.of("HV01", "HV01.NIC2", "HV01.TestExternal", "PSW1", "PSW1#3", "FileServer.NIC1",
				"cable:HV01.NIC1-PSW1#1", "virtual:HV01.VM1.Net1")) {
			assertTrue(rendered(diagram).contains(id), id + " not rendered: " + rendered(diagram));
		}
		org.eclipse.swt.graphics.Point before = diagram.browser().getSize();
		page.setPartState(page.getReference(diagram), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		ui.waitUntil(() -> !diagram.browser().getSize().equals(before), "the maximized editor");
		// for the screenshot only: WebKit repaints the larger view asynchronously and tells nobody when it is done
		ui.idle(700);
		diagram.run("hvnet.fit()");
		ui.waitUntil(() -> rendered(diagram).contains("PSW1#3"), "the whole diagram in view");
		ui.idle(500); // WebKit paints the fitted diagram for the screenshot

		Path shot = ui.screenshot(diagram.getSite().getShell(), Path.of("target/screenshots/diagram-editor.png"));
		assertTrue(Files.size(shot) > 10_000, "screenshot too small");

		// an edit in the diagram is an edit of the text editor's document
		IDocument document = FileBuffers.getTextFileBufferManager()
				.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
		diagram.run("hvnet.createNode('node:vm', 'HV01')");
		ui.waitUntil(() -> document.get().contains("vm VM2 {"), "the new VM in the text");
		ui.waitUntil(() -> rendered(diagram).contains("HV01.VM2"), "the new VM in the diagram");
		assertTrue(document.get().contains("// fig. 12 for the diagram test"), "comments stay");
		assertTrue(diagram.isDirty() && text.isDirty(), "both views are dirty");

		// Ctrl+Z in the diagram undoes it in the text
		diagram.setFocus();
		ui.flush();
		ui.shortcut('z', SWT.CTRL);
		ui.waitUntil(() -> !document.get().contains("vm VM2"), "undo of the new VM");
		assertEquals(FIG12, document.get());
		ui.waitUntil(() -> !rendered(diagram).contains("HV01.VM2"), "the diagram to drop VM2 again");

		// typing in the text reaches the diagram
		document.replace(document.get().indexOf("physical switch PSW1"), 0, "physical switch Core ports 4\n");
		ui.waitUntil(() -> rendered(diagram).contains("Core"), "the diagram to show a switch typed in the text");

		// a move in the diagram is undone by Ctrl+Z in the text editor, in order with the text edits
		String pswitchX = "String(Math.round(window.hvnet.element('PSW1').position.x))";
		diagram.run("hvnet.dispatcher.dispatch({kind: 'changeBounds', isOperation: true, newBounds: [{elementId: 'PSW1',"
				+ " newSize: {width: 200, height: 56}, newPosition: {x: 900, y: 700}}]})");
		ui.waitUntil(() -> "900".equals(diagram.evaluate(pswitchX)), "the switch moved");
		page.activate(text);
		org.eclipse.swt.custom.StyledText typing = (org.eclipse.swt.custom.StyledText) text
				.getAdapter(org.eclipse.swt.widgets.Control.class);
		ui.focus(typing);
		ui.shortcut('z', SWT.CTRL);
		ui.waitUntil(() -> !"900".equals(diagram.evaluate(pswitchX)), "the move undone from the text editor");
		assertTrue(document.get().contains("physical switch Core"), "the text edit before the move stays");

		// export (from the diagram editor, where its command is: it shows again what it drew while hidden)
		page.activate(diagram);
		Path svg = Path.of("target/screenshots/diagram-editor.svg");
		DiagramCommands.export(diagram, svg);
		String exported = Files.readString(svg);
		assertTrue(exported.startsWith("<svg") && exported.contains("TestExternal"), exported.substring(0, 200));
		assertTrue(exported.contains("hvnet_PSW1") && exported.contains("hvnet_Core"),
				"every element, also those the editor's view does not show");
		Path png = Path.of("target/screenshots/diagram-export.png");
		DiagramCommands.export(diagram, png);
		assertTrue(Files.size(png) > 10_000);
		// the whole diagram at twice its size, whatever part of it the editor shows
		java.util.regex.Matcher svgSize = java.util.regex.Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"")
				.matcher(exported);
		assertTrue(svgSize.find(), "the SVG's size");
		org.eclipse.swt.graphics.ImageData image = new org.eclipse.swt.graphics.ImageData(png.toString());
		assertEquals(2 * Integer.parseInt(svgSize.group(1)), image.width);
		assertEquals(2 * Integer.parseInt(svgSize.group(2)), image.height);

		diagram.doSave(null);
		assertFalse(text.isDirty() || diagram.isDirty(), "saving the diagram saves the text");
	}

	private String rendered(DiagramEditor diagram) {
		Object ids = diagram.evaluate("window.hvnet ? JSON.stringify(window.hvnet.renderedIds()) : '[]'");
		return String.valueOf(ids);
	}
}
