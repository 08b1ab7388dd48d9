package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import io.hvnet.ui.editor.HvNetHover;
import io.hvnet.ui.editor.HvNetHyperlinkDetector;
import io.hvnet.ui.tests.driver.Ui;

/** Content assist, hover and navigation in the real editor, all answered by the Xtext language's services. */
public class EditorServicesTest extends WorkbenchFixture {

	@Override
	protected String projectName() {
		return "services-test";
	}

	private static ITextViewer viewer(IEditorPart editor) {
		return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	@Test
	public void contentAssistProposesTheNicsAnExternalSwitchCanTake() throws Exception {
		IFile file = file("assist.hvnet", "host HV01 {\n    nic NIC1\n    external switch Ext on \n}\n");
		IEditorPart editor = IDE.openEditor(page, file, true);
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		ui.focus(text);
		text.setCaretOffset(text.getText().indexOf("on ") + 3);
		var proposals = new io.hvnet.ui.editor.HvNetContentAssist().computeCompletionProposals(viewer(editor),
				text.getCaretOffset());
		assertTrue(java.util.Arrays.stream(proposals).anyMatch(p -> p.getDisplayString().equals("NIC1")),
				() -> "proposals: " + java.util.Arrays.toString(java.util.Arrays.stream(proposals)
						.map(p -> p.getDisplayString()).toArray()));
		var before = Display.getCurrent().getShells();
		ui.shortcut(' ', SWT.CTRL);
		Shell popup = ui.awaitListPopup(before, "the proposals pop-up");
		ui.choose(popup, "NIC1");
		ui.waitUntil(() -> text.getText().matches("(?s).*on (HV01\\.)?NIC1.*"),
				"the proposal inserted: " + text.getText());
	}

	@Test
	public void ctrlSpaceAfterBindingsOffersTheBindingNamesNotYetThere() throws Exception {
		IFile file = file("bindings.hvnet", "server S {\n    nic NIC1 { bindings client,  }\n}\n");
		StyledText text = openAndFocus(file);
		text.setCaretOffset(text.getText().indexOf("client, ") + "client, ".length());
		var before = Display.getCurrent().getShells();
		ui.shortcut(' ', SWT.CTRL);
		Shell popup = ui.awaitListPopup(before, "the proposals pop-up");
		var table = Ui.find(popup, org.eclipse.swt.widgets.Table.class);
		java.util.List<String> offered = java.util.Arrays.stream(table.getItems()).map(i -> i.getText()).toList();
		assertTrue(offered.containsAll(java.util.List.of("ipv4", "ipv6", "qos", "fileshare", "lltd", "vms")),
				"binding names offered: " + offered);
		assertTrue(offered.stream().noneMatch(o -> o.equals("client") || o.equals("host") || o.equals("parent")),
				"neither the binding already there nor keywords: " + offered);
		ui.choose(popup, "ipv4");
		ui.waitUntil(() -> text.getText().contains("bindings client, ipv4 }"),
				"the binding inserted: " + text.getText());
	}

	@Test
	public void quickFixAddsTheMissingPrefixLength() throws Exception {
		IFile file = file("fix.hvnet", "server S {\n    nic N { ip 10.0.0.5 }\n}\n");
		IEditorPart editor = IDE.openEditor(page, file, true);
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		ui.focus(text);
		text.setCaretOffset(text.getText().indexOf("10.0.0.5") + 2);
		var before = Display.getCurrent().getShells();
		ui.shortcut('1', SWT.CTRL);
		Shell popup = ui.awaitListPopup(before, "the quick fix pop-up");
		ui.choose(popup, "Add the prefix length /24");
		ui.waitUntil(() -> text.getText().contains("ip 10.0.0.5/24 }"), "the fix applied: " + text.getText());
	}

	@Test
	public void namesAndReferencesGetTheirOwnColours() throws Exception {
		String source = "physical switch P ports 4\nserver S { nic N }\ncable S.N to P port 1\n";
		StyledText text = openAndFocus(file("colours.hvnet", source));
		var colors = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry();
		int reference = source.indexOf("S.N to") + 1;
		int name = source.indexOf("P ports");
		ui.waitUntil(() -> text.getStyleRangeAtOffset(reference) != null
				&& colors.get("io.hvnet.ui.reference").equals(text.getStyleRangeAtOffset(reference).foreground),
				"the reference coloured");
		assertEquals(SWT.BOLD, text.getStyleRangeAtOffset(name).fontStyle & SWT.BOLD);
	}

	@Test
	public void templatesAreOfferedAndInserted() throws Exception {
		IFile file = file("templates.hvnet", "host HV01 {\n    nic NIC1\n}\nser");
		IEditorPart editor = IDE.openEditor(page, file, true);
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		ui.focus(text);
		text.setCaretOffset(text.getCharCount());
		var before = Display.getCurrent().getShells();
		ui.shortcut(' ', SWT.CTRL);
		Shell popup = ui.awaitListPopup(before, "the proposals pop-up");
		var table = Ui.find(popup, org.eclipse.swt.widgets.Table.class);
		String item = java.util.Arrays.stream(table.getItems()).map(org.eclipse.swt.widgets.TableItem::getText)
				.filter(t -> t.startsWith("server - ")).findFirst().orElseThrow();
		ui.choose(popup, item);
		ui.waitUntil(() -> text.getText().contains("server name {\n    nic NIC1 {"),
				"the template inserted: " + text.getText());
	}

	@Test
	public void markOccurrencesHighlightsTheDeclarationAndItsReferences() throws Exception {
		String source = "host H {\n    nic NIC2\n    nic NIC3\n    external switch E on NIC2\n}\n";
		IEditorPart editor = IDE.openEditor(page, file("occurrences.hvnet", source), true);
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		ui.focus(text);
		var model = ((ITextEditor) editor).getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		text.setSelection(source.indexOf("NIC2") + 1);
		text.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		ui.waitUntil(() -> occurrences(model).size() == 2, "two occurrences, got " + occurrences(model));
		assertEquals(java.util.Set.of(source.indexOf("NIC2"), source.lastIndexOf("NIC2")), occurrences(model));
	}

	@Test
	public void hoverTellsANicsEffectiveBindings() throws Exception {
		String source = """
				host HV01 {
				    nic NIC1 { ip 192.168.1.11/24 }
				    nic NIC2 "Intel(R) 82574L"
				    external switch TestExternal on NIC2
				}
				""";
		IFile file = file("hover.hvnet", source);
		IEditorPart editor = IDE.openEditor(page, file, true);
		String info = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("NIC2 \"") + 1, 0));
		assertNotNull(info);
		assertTrue(info.contains("bound: vms"), info);
		assertTrue(info.contains("taken by external switch TestExternal"), info);
		String onReference = new HvNetHover().getHoverInfo(viewer(editor),
				new Region(source.lastIndexOf("NIC2") + 1, 0));
		assertTrue(onReference.contains("bound: vms") && onReference.contains("taken by external switch TestExternal"),
				() -> "a reference shows what it refers to: " + onReference);
	}

	@Test
	public void hoverListsWhatIsPluggedIntoASwitch() throws Exception {
		String source = """
				host HV01 {
				    nic NIC2
				    external switch TestExternal on NIC2
				    parent { vnic vEthernet switch TestExternal }
				    vm VM1 { synthetic adapter Net1 switch TestExternal { vlan 10 } }
				}
				""";
		IFile file = file("hoverswitch.hvnet", source);
		IEditorPart editor = IDE.openEditor(page, file, true);
		String info = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("TestExternal") + 1, 0));
		assertNotNull(info);
		assertTrue(info.startsWith("external switch TestExternal\nports: NIC2 (physical NIC, through the switch "
				+ "protocol), vEthernet (host vNIC), VM1.Net1 (VM adapter)"), info);
		String adapter = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("Net1") + 1, 0));
		assertTrue(adapter.startsWith("VM adapter Net1 on switch TestExternal, VLAN 10\n"), adapter);
	}

	@Test
	public void hoverShowsASwitchsTeamAndAPortsMapping() throws Exception {
		String source = """
				host HV01 {
				    nic NIC1
				    nic NIC2
				    external switch SetSwitch on NIC1, NIC2 teaming hyperv-port
				    parent { vnic vSet switch SetSwitch { team-member NIC2 } }
				}
				""";
		IFile file = file("hoverteam.hvnet", source);
		IEditorPart editor = IDE.openEditor(page, file, true);
		String info = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("SetSwitch") + 1, 0));
		assertNotNull(info);
		assertTrue(info.startsWith("external switch SetSwitch\nSET team of NIC1, NIC2 (Hyper-V Port)\nports: NIC1 "
				+ "(physical NIC, through the switch protocol), NIC2 (physical NIC, through the switch protocol), vSet"), info);
		String vnic = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("vSet") + 1, 0));
		assertTrue(vnic.startsWith("host vNIC vSet on switch SetSwitch, mapped to team member NIC2\n"), vnic);
	}

	@Test
	public void hoverShowsTheDefaultSwitchsNatAndANatLinesGateway() throws Exception {
		String source = """
				host Laptop {
				    default switch DefaultSwitch prefix 172.30.16.0/20
				    internal switch NatSwitch
				    parent { vnic vNat switch NatSwitch { ip 172.20.0.1/24 } }
				    nat NatNetwork prefix 172.20.0.0/24
				    vm Dev { synthetic adapter Net switch DefaultSwitch { ip 172.30.16.25/20 } }
				}
				""";
		IEditorPart editor = IDE.openEditor(page, file("hovernat.hvnet", source), true);
		String info = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("DefaultSwitch") + 1, 0));
		assertNotNull(info);
		assertTrue(info.startsWith("internal switch DefaultSwitch (Windows' \"Default Switch\")\nports: vDefaultSwitch "
				+ "(host vNIC), Dev.Net (VM adapter)\nNAT Default Switch 172.30.16.0/20, gateway 172.30.16.1 on "
				+ "Laptop.vDefaultSwitch\nVMs behind it: 172.30.16.2-172.30.31.254, gateway 172.30.16.1"), info);
		String nat = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("NatNetwork") + 1, 0));
		assertNotNull(nat);
		assertTrue(nat.startsWith("NAT NatNetwork 172.20.0.0/24, gateway 172.20.0.1 on Laptop.vNat\n"), nat);
	}

	@Test
	public void hoverTellsAManagedSwitchsPortModes() throws Exception {
		String source = """
				physical switch ToR1 ports 48 {
				    port 1-20 trunk 10, 100-199 native 1
				    port 21 access 10
				}
				server FileServer { nic NIC1 }
				cable FileServer.NIC1 to ToR1 port 21
				""";
		IFile file = file("hovermanaged.hvnet", source);
		IEditorPart editor = IDE.openEditor(page, file, true);
		String info = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("ToR1") + 1, 0));
		assertTrue(info.startsWith("physical switch ToR1: 48 ports (managed)\nports 1-20: trunk 10, 100-199 native 1\n"
				+ "port 21: access 10\nother ports: access 1"), info);
		String port = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.lastIndexOf("port 21") + 1, 0));
		assertTrue(port.startsWith("port 21 of physical switch ToR1: access 10"), port);
	}

	@Test
	public void hoverShowsAPortsEffectiveVlans() throws Exception {
		String source = """
				host HV01 {
				    private switch P
				    vm VM1 { synthetic adapter Trunk switch P { vlan trunk 10, 20, 100-199 native 1 } }
				    vm VM2 { synthetic adapter Iso switch P { vlan isolated primary 10 secondary 200 } }
				}
				""";
		IEditorPart editor = IDE.openEditor(page, file("hovervlans.hvnet", source), true);
		String trunk = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("Trunk") + 1, 0));
		assertTrue(trunk.startsWith("VM adapter Trunk on switch P, VLAN trunk 10, 20, 100-199 native 1\n"
				+ "tagged 10, 20, 100-199; native 1 untagged\n"), trunk);
		String isolated = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("Iso") + 1, 0));
		assertTrue(isolated.startsWith("VM adapter Iso on switch P, VLAN isolated primary 10 secondary 200\n"
				+ "sends in VLAN 200; receives VLAN 10\n"), isolated);
	}

	@Test
	public void hoverShowsAnAdaptersDhcpRoleGuardsAndGuestMac() throws Exception {
		String source = """
				host HV01 {
				    private switch P
				    vm Dc { synthetic adapter Srv switch P { ip 10.0.10.2/24 dhcp-guard router-guard
				        dhcp-server pool 10.0.10.100-10.0.10.200 exclude 10.0.10.150 router 10.0.10.1 } }
				    vm Pc { synthetic adapter Cli switch P { ip dhcp } }
				    vm Nlb { synthetic adapter Own switch P { mac 00:15:5D:00:00:07 guest-mac 02:00:00:00:00:07 } }
				}
				""";
		IEditorPart editor = IDE.openEditor(page, file("hoverdhcp.hvnet", source), true);
		String server = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("Srv") + 1, 0));
		assertTrue(server.contains("\nDHCP server for 10.0.10.100-10.0.10.200 but 1 excluded range, mask /24, router"
				+ " 10.0.10.1\nDHCP guard on, router guard on"), server);
		String client = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("Cli") + 1, 0));
		assertTrue(client.contains("\naddress from DHCP"), client);
		String own = new HvNetHover().getHoverInfo(viewer(editor), new Region(source.indexOf("Own") + 1, 0));
		assertTrue(own.contains("\nguest sends from 02:00:00:00:00:07 (dropped: spoofing off)"), own);
	}

	@Test
	public void f3OpensTheDeclarationInAnotherFile() throws Exception {
		IFile hosts = file("f3hosts.hvnet", "package f3lab\nhost HV01 {\n    nic NIC1 { ip 10.0.0.1/24 }\n}\n");
		String wiringText = "package f3lab\nphysical switch P ports 4\ncable HV01.NIC1 to P port 1\n";
		IEditorPart editor = IDE.openEditor(page, file("f3wiring.hvnet", wiringText), true);
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		ui.focus(text);
		text.setCaretOffset(wiringText.indexOf("HV01.NIC1") + 6);
		ui.key(SWT.F3, '\0');
		ui.waitUntil(() -> hosts.equals(page.getActiveEditor().getEditorInput().getAdapter(IFile.class)),
				"F3 to open the file that declares HV01.NIC1");
		ITextSelection selection = (ITextSelection) ((ITextEditor) page.getActiveEditor()).getSelectionProvider()
				.getSelection();
		assertEquals("NIC1", selection.getText(), "the declaration's name is selected");
	}

	@Test
	public void ctrlClickOpensTheDeclarationInAnotherFile() throws Exception {
		IFile hosts = file("hosts.hvnet", "package lab\nhost HV01 {\n    nic NIC1 { ip 10.0.0.1/24 }\n}\n");
		String wiringText = "package lab\nphysical switch P ports 4\ncable HV01.NIC1 to P port 1\n";
		IFile wiring = file("wiring.hvnet", wiringText);
		IEditorPart editor = IDE.openEditor(page, wiring, true);
		int offset = wiringText.indexOf("HV01.NIC1") + 6;
		IHyperlink[] links = new HvNetHyperlinkDetector().detectHyperlinks(viewer(editor), new Region(offset, 0), false);
		assertNotNull(links, "a hyperlink on the reference");
		assertEquals(wiringText.indexOf("HV01.NIC1"), links[0].getHyperlinkRegion().getOffset());
		links[0].open();
		ui.flush();
		IEditorPart opened = page.getActiveEditor();
		assertEquals(hosts, opened.getEditorInput().getAdapter(IFile.class));
		ITextSelection selection = (ITextSelection) ((ITextEditor) opened).getSelectionProvider().getSelection();
		assertEquals("NIC1", selection.getText());
	}
}
