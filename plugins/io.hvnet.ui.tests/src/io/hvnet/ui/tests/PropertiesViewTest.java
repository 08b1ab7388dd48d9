package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;

import io.hvnet.diagram.ui.DiagramCommands;
import io.hvnet.diagram.ui.DiagramEditor;
import io.hvnet.diagram.ui.DiagramElement;
import io.hvnet.ui.tests.driver.Ui;

/**
 * The Eclipse Properties view of a diagram element: its 'vlan' row edited to a trunk is a text edit of the open
 * document, of that one setting, and the comments around it stay.
 */
public class PropertiesViewTest extends WorkbenchFixture {

	private static final String TEXT = """
			// a VM whose adapter becomes a trunk
			host HV01 {
			    private switch Lab

			    vm VM1 {
			        // the guest's only adapter
			        synthetic adapter Net1 switch Lab {
			            ip 10.0.0.1/24
			            vlan 10 // its access VLAN
			        }
			    }
			    vm VM2 {
			        synthetic adapter Net1 switch Lab {
			            ip 10.0.0.2/24
			        }
			    }
			}
			""";

	@Override
	protected String projectName() {
		return "properties";
	}

	@Test
	public void aVlanEditedInThePropertiesViewBecomesATrunkInTheText() throws Exception {
		IFile file = file("trunk.hvnet", TEXT);
		IDE.openEditor(page, file, true);
		IDocument document = FileBuffers.getTextFileBufferManager()
				.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
		DiagramEditor diagram = (DiagramEditor) DiagramCommands.open(page, file, true);
		List<String> events = new ArrayList<>();
		diagram.addClientListener((kind, data) -> events.add(kind + ":" + data));
		ui.waitUntil(() -> events.stream().anyMatch(e -> e.startsWith("loaded:")), "the diagram to load");
		ui.waitUntil(() -> String.valueOf(diagram.evaluate("window.hvnet ? JSON.stringify(window.hvnet.renderedIds()) : '[]'"))
				.contains("HV01.VM1.Net1"), "the diagram to render VM1's adapter");

		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(diagram);
		diagram.run("hvnet.dispatcher.dispatch({kind: 'elementSelected', selectedElementsIDs: ['HV01.VM1.Net1'],"
				+ " deselectedElementsIDs: []})");
		ui.waitUntil(() -> diagram.getSelection() instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof DiagramElement e && e.id().equals("HV01.VM1.Net1"),
				"the adapter selected in the diagram");
		Tree rows = (Tree) sheet.getCurrentPage().getControl();
		ui.waitUntil(() -> row(rows, "vlan") != null && "10".equals(row(rows, "vlan").getText(1)),
				"the Properties view to show the adapter's VLAN");

		// the row chosen as Enter on it chooses it (the view sits at the window's bottom edge, where GTK may not take
		// a posted pointer): the Properties view opens the row's cell editor
		TreeItem vlan = row(rows, "vlan");
		rows.showItem(vlan);
		rows.setSelection(vlan);
		Event choose = new Event();
		choose.item = vlan;
		rows.notifyListeners(SWT.DefaultSelection, choose);
		ui.flush();
		ui.waitUntil(() -> Ui.find(rows, Text.class) != null, "the VLAN's cell editor");
		Text cell = Ui.find(rows, Text.class);
		assertNotNull(cell);
		cell.setText("trunk 10, 20, 100-199 native 10");
		cell.notifyListeners(SWT.DefaultSelection, new Event()); // Enter: the cell editor applies its value
		ui.waitUntil(() -> document.get().contains("vlan trunk"), "the trunk in the text");
		assertEquals(TEXT.replace("vlan 10 // its access VLAN", "vlan trunk 10, 20, 100-199 native 10 // its access VLAN"),
				document.get(), "only the VLAN setting changed, the comments stayed");
	}

	private static TreeItem row(Tree tree, String key) {
		for (TreeItem item : tree.getItems()) {
			if (key.equals(item.getText(0))) {
				return item;
			}
		}
		return null;
	}
}
