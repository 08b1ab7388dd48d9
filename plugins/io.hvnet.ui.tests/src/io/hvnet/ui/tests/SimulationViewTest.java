package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hvnet.sim.ui.SimulationView;
import io.hvnet.ui.tests.driver.Ui;

/**
 * The simulator in the workbench: Alt+Shift+X H in the editor runs the file's scenarios into the hvnet Simulation
 * view; clicking a ping shows its paths and its trace with the seed's flow numbers; opening it (Enter) selects it in
 * the editor; a broken file is not simulated and the view says why. (A double-click posted through XTest does not
 * reach GTK's tree as one, so the test opens with Enter, which fires the same event.)
 */
public class SimulationViewTest extends WorkbenchFixture {

	static final String FIG12 = """
			host HV01 {
			    nic NIC1 { mac 00:1B:21:3A:00:01 ip 192.168.1.11/24 }
			    nic NIC2 { mac 00:1B:21:3A:00:02 bindings vms }
			    external switch TestExternal on NIC2
			    parent { vnic vEthernet switch TestExternal { mac 00:15:5D:00:01:01 ip 192.168.1.10/24 } }
			    vm VM1 { synthetic adapter Net1 switch TestExternal { mac 00:15:5D:00:02:01 ip 192.168.1.20/24 } }
			}
			physical switch PSW1 ports 8
			server FileServer { nic NIC1 { mac 00:1B:21:3A:00:64 ip 192.168.1.100/24 } }
			cable HV01.NIC1 to PSW1 port 1
			cable HV01.NIC2 to PSW1 port 2
			cable FileServer.NIC1 to PSW1 port 3

			scenario "fig. 12" {
			    ping HV01.VM1 -> FileServer
			        expect reachable
			        expect path via HV01.TestExternal, HV01.NIC2, PSW1
			    ping HV01.VM1 -> FileServer
			        expect hops 3
			}
			""";

	@Override
	protected String projectName() {
		return "simulation-view";
	}

	@Test
	public void runsTheScenariosAndShowsAPingHopByHop() throws Exception {
		IFile file = file("fig12.hvnet", FIG12);
		openAndFocus(file);
		ui.shortcut('x', SWT.ALT, SWT.SHIFT);
		ui.key(0, 'h');
		SimulationView view = awaitView();
		Tree tree = Ui.find(viewControl(view), Tree.class);
		ui.waitUntil(() -> tree.getItemCount() > 0 && tree.getItem(0).getItemCount() > 0, "the scenario results");
		// the whole window for the view, as a double-click on its tab would do
		page.activate(view);
		ui.shortcut('m', SWT.CTRL);
		ui.waitUntil(() -> page.getPartState(page.getReference(view)) == org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED, "the view to be maximized");
		TreeItem scenario = tree.getItem(0);
		assertEquals("scenario \"fig. 12\" (1 of 2 passed)", scenario.getText());
		TreeItem passed = scenario.getItem(0);
		TreeItem failed = scenario.getItem(1);
		assertEquals("ping HV01.VM1 -> FileServer", passed.getText());
		assertEquals("ping HV01.VM1 -> FileServer: failed", failed.getText());
		assertTrue(failed.getExpanded(), "a failed ping shows why");
		assertTrue(failed.getItem(0).getText().startsWith("expect hops 3: request 1 took 6 hops"),
				failed.getItem(0).getText());

		Table trace = Ui.find(viewControl(view), Table.class);
		Text paths = Ui.find(viewControl(view), Text.class);
		ui.click(passed);
		ui.waitUntil(() -> trace.getItemCount() > 0, "the trace of the ping");
		assertTrue(paths.getText().contains("request: HV01.VM1 → HV01.VM1.Net1 → HV01.TestExternal → HV01.NIC2 → PSW1 → "
				+ "FileServer.NIC1 → FileServer"), paths.getText());
		assertTrue(paths.getText().contains("reply: FileServer → FileServer.NIC1 → PSW1"), paths.getText());
		Set<String> flows = new TreeSet<>();
		List<String> floods = new ArrayList<>();
		for (TableItem row : trace.getItems()) {
			flows.add(row.getText(2));
			if (row.getText(5).equals("flood")) {
				floods.add(row.getText(3));
			}
		}
		assertTrue(flows.containsAll(List.of("1", "2", "3", "4", "5", "6")), "flows in the trace: " + flows);
		assertTrue(floods.containsAll(List.of("HV01.TestExternal", "PSW1")), "the ARP broadcast floods: " + floods);

		ui.idle(300); // painted before the picture
		Path shot = ui.screenshot(view.getSite().getShell(), Path.of("target/screenshots/simulation-view.png"));
		assertTrue(Files.size(shot) > 10_000, "screenshot too small");

		ui.shortcut('m', SWT.CTRL); // back to the editor and the other views
		ui.waitUntil(() -> page.getPartState(page.getReference(view)) == org.eclipse.ui.IWorkbenchPage.STATE_RESTORED, "the view to be restored");
		ui.idle(300); // the tree laid out again
		ITextEditor editor = (ITextEditor) page.getActiveEditor();
		ui.focus(tree);
		ui.key(SWT.ARROW_DOWN, (char) 0); // from the ping clicked above to the failed one
		ui.waitUntil(() -> tree.getSelection().length == 1 && tree.getSelection()[0] == failed,
				"the failed ping selected");
		ui.key(SWT.CR, '\r'); // opens it, as a double-click does
		ui.waitUntil(() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getText().startsWith("ping"), "the double-clicked ping selected in the editor");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertTrue(selection.getText().startsWith("ping HV01.VM1 -> FileServer\n        expect hops 3"),
				"the double-clicked ping is selected in the editor: " + selection.getText());
		assertTrue(page.isPartVisible(editor), "the editor shows the ping");
	}

	@Test
	public void aBrokenFileIsNotSimulatedAndTheViewSaysWhy() throws Exception {
		IFile file = file("broken.hvnet", FIG12.replace("cable HV01.NIC2 to PSW1 port 2", "cable HV01.NIC9 to PSW1 port 2"));
		StyledText text = openAndFocus(file);
		SimulationView view = (SimulationView) page.showView(SimulationView.ID);
		page.activate(page.getActiveEditor());
		ui.focus(text);
		String tip = "Run the scenarios of the .hvnet file in the editor";
		ToolBar bar = Ui.find(view.getSite().getShell(), ToolBar.class,
				b -> Arrays.stream(b.getItems()).anyMatch(i -> tip.equals(i.getToolTipText())));
		ToolItem run = Arrays.stream(bar.getItems()).filter(i -> tip.equals(i.getToolTipText())).findFirst().orElseThrow();
		ui.click(run);
		Tree tree = Ui.find(viewControl(view), Tree.class);
		ui.waitUntil(() -> tree.getItemCount() > 0 && !tree.getItem(0).getText().startsWith("scenario"),
				"the view's answer");
		String shown = tree.getItem(0).getText();
		assertTrue(shown.startsWith("The topology has 1 error; fix it to simulate. broken.hvnet:11:"), shown);
		assertTrue(shown.contains("HV01.NIC9"), shown);
	}

	@Test
	public void exportsTheSelectedPingsCaptureAsPcapng() throws Exception {
		IFile file = file("capture.hvnet", FIG12);
		openAndFocus(file);
		ui.shortcut('x', SWT.ALT, SWT.SHIFT);
		ui.key(0, 'h');
		SimulationView view = awaitView();
		Tree tree = Ui.find(viewControl(view), Tree.class);
		ui.waitUntil(() -> tree.getItemCount() > 0 && tree.getItem(0).getItemCount() > 0, "the scenario results");
		String tip = "Write every frame the selected ping put on every link as pcapng (for Wireshark)";
		ToolBar bar = Ui.find(view.getSite().getShell(), ToolBar.class,
				b -> Arrays.stream(b.getItems()).anyMatch(i -> tip.equals(i.getToolTipText())));
		ToolItem export = Arrays.stream(bar.getItems()).filter(i -> tip.equals(i.getToolTipText())).findFirst()
				.orElseThrow();
		assertTrue(!export.isEnabled(), "Export Capture without a ping selected");
		ui.click(tree.getItem(0).getItem(0));
		ui.waitUntil(export::isEnabled, "Export Capture enabled for the selected ping");

		// the file dialog is the platform's own; the view writes to whatever file it returns
		Path pcap = Files.createTempDirectory("hvnet-capture").resolve("fig12.pcapng");
		view.exportCapture(pcap);
		ui.waitUntil(() -> view.getContentDescription().contains("written to"), "the capture written");
		assertTrue(view.getContentDescription().matches("ping HV01\\.VM1 -> FileServer: [1-9][0-9]* frames on [1-9][0-9]* of "
				+ "[1-9][0-9]* links written to .*"), view.getContentDescription());
		byte[] bytes = Files.readAllBytes(pcap);
		// a pcapng section header first (block type 0x0A0D0D0A), then the links as interfaces named after their ends
		assertEquals(0x0A, bytes[0]);
		assertEquals(0x0D, bytes[1]);
		String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		for (String link : List.of("HV01.VM1.Net1<->HV01.TestExternal", "HV01.TestExternal<->HV01.NIC2",
				"HV01.NIC2<->PSW1:2", "FileServer.NIC1<->PSW1:3")) {
			assertTrue(text.contains(link), link);
		}
	}

	@Test
	public void showsAFramesLayersAndBytesAndFiltersTheTrace() throws Exception {
		IFile file = file("frames.hvnet", FIG12);
		openAndFocus(file);
		ui.shortcut('x', SWT.ALT, SWT.SHIFT);
		ui.key(0, 'h');
		SimulationView view = awaitView();
		Tree scenarios = Ui.find(viewControl(view), Tree.class);
		ui.waitUntil(() -> scenarios.getItemCount() > 0 && scenarios.getItem(0).getItemCount() > 0, "the scenario results");
		page.activate(view);
		ui.shortcut('m', SWT.CTRL);
		ui.waitUntil(() -> page.getPartState(page.getReference(view)) == org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED, "the view to be maximized");
		Table trace = Ui.find(viewControl(view), Table.class);
		ui.click(scenarios.getItem(0).getItem(0));
		ui.waitUntil(() -> trace.getItemCount() > 0, "the trace of the ping");

		// the VM's ARP request as the virtual switch floods it (seed flow 2)
		TableItem flood = Arrays.stream(trace.getItems())
				.filter(r -> r.getText(3).equals("HV01.TestExternal") && r.getText(5).equals("flood")
						&& r.getText(6).contains("ARP"))
				.findFirst().orElseThrow(() -> new AssertionError("no ARP flood at HV01.TestExternal"));
		String step = flood.getText(0);
		Tree layers = Ui.find(viewControl(view), Tree.class, t -> t != scenarios);
		ui.click(flood);
		ui.waitUntil(() -> layers.getItemCount() == 2, "Ethernet II and ARP of step " + step);
		assertEquals("Ethernet II", layers.getItem(0).getText());
		TreeItem arp = layers.getItem(1);
		assertEquals("Address Resolution Protocol", arp.getText());
		Label note = Ui.find(viewControl(view), Label.class, l -> l.getText().startsWith("Step "));
		assertTrue(note.getText().startsWith("Step " + step + ": 60 bytes on "), note.getText());
		TreeItem sender = Arrays.stream(arp.getItems()).filter(i -> i.getText().startsWith("Sender IP address"))
				.findFirst().orElseThrow(() -> new AssertionError("fields: " + Arrays.toString(arp.getItems())));
		assertEquals("Sender IP address: 192.168.1.20", sender.getText());
		StyledText hex = Ui.find(viewControl(view), StyledText.class);
		assertTrue(hex.getText().startsWith("0000  ff ff ff ff ff ff 00 15  5d 00 02 01 08 06 00 01"), hex.getText());
		ui.click(sender);
		// ARP's sender address is bytes 28-31 of an untagged frame: c0 a8 01 14
		ui.waitUntil(() -> hex.getStyleRanges().length == 4, "the field's four bytes marked");
		List<String> marked = Arrays.stream(hex.getStyleRanges())
				.map(r -> hex.getText(r.start, r.start + r.length - 1)).toList();
		assertEquals(List.of("c0", "a8", "01", "14"), marked);

		// filters: ICMP only, then only what PSW1 did
		Combo protocol = Ui.find(viewControl(view), Combo.class, c -> Arrays.asList(c.getItems()).contains("ICMP"));
		protocol.select(protocol.indexOf("ICMP")); // a read-only combo's GTK pop-up is not driven by XTest reliably
		protocol.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		ui.waitUntil(() -> trace.getItemCount() > 0 && Arrays.stream(trace.getItems())
				.allMatch(r -> r.getText(6).contains("echo")), "only ICMP rows");
		Text node = Ui.find(viewControl(view), Text.class, t -> "node name contains…".equals(t.getMessage()));
		ui.focus(node);
		ui.type("psw1");
		ui.waitUntil(() -> trace.getItemCount() > 0 && Arrays.stream(trace.getItems())
				.allMatch(r -> r.getText(3).equals("PSW1") && r.getText(6).contains("echo")), "only PSW1's ICMP rows");
		ui.idle(300); // painted before the picture
		Path shot = ui.screenshot(view.getSite().getShell(), Path.of("target/screenshots/simulation-frame-details.png"));
		assertTrue(Files.size(shot) > 10_000, "screenshot too small");
		ui.shortcut('m', SWT.CTRL);
		ui.waitUntil(() -> page.getPartState(page.getReference(view)) == org.eclipse.ui.IWorkbenchPage.STATE_RESTORED, "the view to be restored");
	}

	@Test
	public void aPingAfterAPulledCableShowsThePullInItsTraceAndWhyItFailed() throws Exception {
		String pulled = FIG12.substring(0, FIG12.indexOf("scenario ")) + """
				scenario "NIC2 pulled" {
				    ping HV01.VM1 -> FileServer
				    unplug cable HV01.NIC2
				    ping HV01.VM1 -> FileServer
				        expect unreachable because "cable HV01.NIC2 \u2013 PSW1 port 2 is unplugged"
				}
				""";
		SimulationView view = simulate(file("pulled.hvnet", pulled));
		Tree scenarios = Ui.find(viewControl(view), Tree.class);
		ui.waitUntil(() -> scenarios.getItemCount() > 0 && scenarios.getItem(0).getItemCount() > 1, "the scenario results");
		assertEquals("scenario \"NIC2 pulled\" (2 of 2 passed)", scenarios.getItem(0).getText());
		Table trace = Ui.find(viewControl(view), Table.class);
		Text paths = Ui.find(viewControl(view), Text.class);
		ui.click(scenarios.getItem(0).getItem(1));
		ui.waitUntil(() -> trace.getItemCount() > 0 && trace.getItem(0).getText(5).equals("inject"),
				"the trace of the ping after the pull");
		// the pull is the first event, before anything of the second ping
		assertEquals("unplugged cable HV01.NIC2 \u2013 PSW1 port 2", trace.getItem(0).getText(7));
		assertTrue(paths.getText().contains("(echo request 1 reached no stack owning the address; it was dropped at"
				+ " HV01.NIC2: cable HV01.NIC2 \u2013 PSW1 port 2 is unplugged)"), paths.getText());
	}

	/** The next test finds the workbench as it was: no simulation view, nothing maximized. */
	@AfterEach
	void closeView() {
		IViewPart view = page.findView(SimulationView.ID);
		if (view != null) {
			page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
			page.hideView(view);
		}
	}

	/** Opens the file and runs its scenarios as a user does: Alt+Shift+X, H. */
	private SimulationView simulate(IFile file) throws Exception {
		openAndFocus(file);
		ui.shortcut('x', SWT.ALT, SWT.SHIFT);
		ui.key(0, 'h');
		return awaitView();
	}

	private SimulationView awaitView() {
		ui.waitUntil(() -> page.findView(SimulationView.ID) != null, "the hvnet Simulation view");
		return (SimulationView) page.findView(SimulationView.ID);
	}

	private static org.eclipse.swt.widgets.Composite viewControl(IViewPart view) {
		return (org.eclipse.swt.widgets.Composite) view.getAdapter(org.eclipse.swt.widgets.Control.class);
	}
}
