package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

import io.hvnet.ui.outline.HvNetOutlinePage;
import io.hvnet.ui.outline.OutlineNode;

/** The Outline view shows the topology, follows the caret, and a click on a line moves the caret there. */
public class OutlineTest extends WorkbenchFixture {

	private static final String TEXT = """
			host HV01 {
			    nic NIC1
			    nic NIC2 { bindings vms }
			    external switch Ext on NIC2
			    parent {
			        vnic vEthernet switch Ext
			    }
			    vm VM1 {
			        synthetic adapter Net switch Ext
			    }
			}
			physical switch PSW1 ports 8
			""";

	@Override
	protected String projectName() {
		return "outline-test";
	}

	@Test
	public void outlineShowsFollowsAndNavigates() throws Exception {
		StyledText text = openAndFocus(file("outline.hvnet", TEXT));
		ContentOutline view = (ContentOutline) page.showView("org.eclipse.ui.views.ContentOutline");
		ui.waitUntil(() -> view.getCurrentPage() instanceof HvNetOutlinePage, "the hvnet outline page");
		HvNetOutlinePage outline = (HvNetOutlinePage) view.getCurrentPage();
		List<String> top = outline.roots().stream().map(OutlineNode::label).toList();
		assertEquals(List.of("host HV01", "physical switch PSW1 (8 ports)"), top);
		assertEquals(List.of("nic NIC1", "nic NIC2", "external switch Ext", "host vNIC vEthernet", "vm VM1"),
				outline.roots().get(0).children().stream().map(OutlineNode::label).toList());

		// the caret moved with the keyboard to the adapter's line; the outline follows
		page.activate(page.getActiveEditor());
		ui.focus(text);
		for (int line = 0; line < 8; line++) {
			ui.key(SWT.ARROW_DOWN, (char) 0);
		}
		ui.key(SWT.END, (char) 0);
		ui.key(SWT.ARROW_LEFT, (char) 0);
		ui.waitUntil(() -> outline.viewer().getSelection() instanceof IStructuredSelection s && !s.isEmpty()
				&& ((OutlineNode) s.getFirstElement()).label().equals("synthetic adapter Net"),
				"the outline to select the line holding the caret (at " + text.getCaretOffset() + ")");

		// a click on an outline row selects its text
		Tree tree = outline.viewer().getTree();
		ui.click(tree.getItem(1));
		ui.waitUntil(() -> text.getCaretOffset() == TEXT.indexOf("physical switch PSW1"),
				"the caret on the clicked line, at " + text.getCaretOffset());
		assertTrue(text.getText().equals(TEXT));
	}

	@Test
	public void quickOutlineFiltersAndJumps() throws Exception {
		StyledText text = openAndFocus(file("quick.hvnet", TEXT));
		text.setCaretOffset(0);
		var before = org.eclipse.swt.widgets.Display.getCurrent().getShells();
		ui.shortcut('o', SWT.CTRL);
		ui.awaitListPopup(before, "the quick outline pop-up");
		ui.type("vm");
		ui.key(SWT.CR, '\r');
		ui.waitUntil(() -> text.getCaretOffset() == TEXT.indexOf("vm VM1"),
				"the caret on the VM, at " + text.getCaretOffset());
	}
}
