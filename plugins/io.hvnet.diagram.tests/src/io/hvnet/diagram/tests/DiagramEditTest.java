package io.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.diagram.source.LayoutFiles;
import io.hvnet.diagram.source.TextReplacement;
import io.hvnet.dsl.tests.Examples;

/**
 * Every diagram edit becomes the expected .hvnet text, made by Xtext's change serializer: untouched lines
 * (comments included) stay as they were, invalid results are refused with a message and change nothing, undo is the
 * text's, and text edits reach the diagram.
 */
public class DiagramEditTest {

	private static final String FIG12 = Examples.read(Examples.seed("fig12"));

	private static JsonObject update(DiagramSession s, String action) throws Exception {
		return s.sendAndAwait(action, "updateModel").getAsJsonObject("newRoot");
	}

	private static void assertKeepsEveryLine(String before, String after) {
		for (String line : before.split("\n")) {
			assertTrue(after.contains(line), () -> "lost: '" + line + "'\n" + after);
		}
	}

	@Test
	public void hostsServersAndInternalSwitchesAreCreatedByTheirOwnHandlers() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject root = update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\""
					+ DiagramTypes.HOST + "\"}");
			assertEquals(2, DiagramSession.count(root, DiagramTypes.HOST));
			root = update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\""
					+ DiagramTypes.SERVER + "\"}");
			assertEquals(2, DiagramSession.count(root, DiagramTypes.SERVER));
			root = update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\""
					+ DiagramTypes.INTERNAL_SWITCH + "\",\"containerId\":\"HV01\"}");
			assertEquals(2, DiagramSession.count(root, DiagramTypes.VIRTUAL_SWITCH));
			assertTrue(s.text().contains("internal switch"), s.text());
			assertKeepsEveryLine(FIG12, s.text());
		}
	}

	@Test
	public void creatingAVmInAHostAddsItToTheHostKeepingComments() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject root = update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:vm\","
					+ "\"containerId\":\"HV01\",\"location\":{\"x\":300,\"y\":200}}");
			assertTrue(s.text().contains("    vm VM2 {\n    }"), s.text());
			assertKeepsEveryLine(FIG12, s.text());
			assertTrue(DiagramSession.has(root, "HV01.VM2"));
			assertTrue(s.document.isDirty());
		}
	}

	@Test
	public void anAdapterCreatedInAVmAndConnectedToASwitchIsPluggedIn() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:adapter\","
					+ "\"containerId\":\"HV01.VM1\"}");
			assertTrue(s.text().contains("synthetic adapter Net2\n"), s.text());
			JsonObject root = update(s, "{\"kind\":\"createEdge\",\"isOperation\":true,\"elementTypeId\":\"edge:virtual\","
					+ "\"sourceElementId\":\"HV01.VM1.Net2\",\"targetElementId\":\"HV01.TestExternal\"}");
			assertTrue(s.text().contains("synthetic adapter Net2 switch TestExternal"), s.text());
			assertTrue(DiagramSession.has(root, "virtual:HV01.VM1.Net2"));
			assertKeepsEveryLine(FIG12, s.text());
		}
	}

	@Test
	public void aNicConnectedToAPhysicalSwitchPortGetsACable() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:nic\","
					+ "\"containerId\":\"FileServer\"}");
			JsonObject root = update(s, "{\"kind\":\"createEdge\",\"isOperation\":true,\"elementTypeId\":\"edge:cable\","
					+ "\"sourceElementId\":\"PSW1#5\",\"targetElementId\":\"FileServer.NIC2\"}");
			assertTrue(s.text().contains("cable FileServer.NIC2 to PSW1 port 5"), s.text());
			assertTrue(DiagramSession.has(root, "cable:FileServer.NIC2-PSW1#5"));
			// dropped on the switch itself: the first free port
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:nic\","
					+ "\"containerId\":\"FileServer.NIC1\"}");
			update(s, "{\"kind\":\"createEdge\",\"isOperation\":true,\"elementTypeId\":\"edge:cable\","
					+ "\"sourceElementId\":\"FileServer.NIC3\",\"targetElementId\":\"PSW1\"}");
			assertTrue(s.text().contains("cable FileServer.NIC3 to PSW1 port 4"), s.text());
		}
	}

	@Test
	public void anExternalSwitchTakesAFreeNicAndGivesTheParentAHostVnic() throws Exception {
		String text = """
				// lab host
				host HV02 {
				    nic NIC1 {
				        ip 10.0.0.2/24
				    }
				}
				""";
		try (DiagramSession s = DiagramSession.openText("lab.hvnet", text)) {
			JsonObject root = update(s, "{\"kind\":\"createNode\",\"isOperation\":true,"
					+ "\"elementTypeId\":\"node:vswitch:external\",\"containerId\":\"HV02\"}");
			assertTrue(s.text().contains("external switch External1 on NIC1"), s.text());
			// the taken NIC keeps no address; with no 'bindings' line its bindings are derived: 'vms' only
			assertFalse(s.text().contains("bindings"), s.text());
			assertTrue(s.text().contains("vnic vExternal1 \"vEthernet (External1)\" switch External1 {\n"
					+ "            ip 10.0.0.2/24\n"), s.text());
			assertEquals(1, s.text().split("10.0.0.2/24", -1).length - 1, s.text());
			assertTrue(s.text().startsWith("// lab host\n"), s.text());
			assertTrue(DiagramSession.has(root, "HV02.vExternal1"));
		}
	}

	@Test
	public void anAddressedNicConnectedToAnExternalSwitchHandsItsAddressToTheHostVnic() throws Exception {
		String text = """
				// lab host
				host HV02 {
				    nic NIC1 {
				        ip 10.0.0.2/24 // the host's address
				        gateway 10.0.0.1
				    }
				    nic NIC2 // for the management OS
				    external switch Ext on NIC2 // to be moved to NIC1
				    parent {
				        vnic vExt switch Ext
				    }
				}
				""";
		try (DiagramSession s = DiagramSession.openText("lab.hvnet", text)) {
			JsonObject root = s.sendAndAwait("{\"kind\":\"createEdge\",\"isOperation\":true,"
					+ "\"elementTypeId\":\"edge:cable\",\"sourceElementId\":\"HV02.NIC1\","
					+ "\"targetElementId\":\"HV02.Ext\"}", "updateModel",
					m -> s.text().contains("on NIC2, NIC1")).getAsJsonObject("newRoot");
			// a switch that has a NIC already gets a SET team (Set-VMSwitchTeam -NetAdapterName NIC2,NIC1)
			assertEquals("""
					// lab host
					host HV02 {
					    nic NIC1 {
					    }
					    nic NIC2 // for the management OS
					    external switch Ext on NIC2, NIC1 // to be moved to NIC1
					    parent {
					        vnic vExt switch Ext {
					            ip 10.0.0.2/24
					            gateway 10.0.0.1
					        }
					    }
					}
					""", s.text());
			assertTrue(DiagramSession.has(root, "uplink:HV02.Ext"));
			assertTrue(DiagramSession.has(root, "uplink:HV02.Ext#HV02.NIC1"), "the team fans out to each member");
		}
	}

	private static final String TEAM = """
			// lab host
			host HV02 {
			    nic NIC1 "Intel X710" // first member
			    nic NIC2 "Intel X710 #2" // second member
			    nic NIC3 "Intel X710 #3" // a spare
			    external switch Ext on NIC1, NIC2 // the team
			    parent {
			        vnic vExt switch Ext { ip 10.0.0.2/24 }
			    }
			}
			""";

	@Test
	public void aTeamMemberJoinsByAnEdgeAndLeavesWhenItsEdgeIsDeleted() throws Exception {
		try (DiagramSession s = DiagramSession.openText("lab.hvnet", TEAM)) {
			JsonObject root = s.sendAndAwait("{\"kind\":\"createEdge\",\"isOperation\":true,"
					+ "\"elementTypeId\":\"edge:cable\",\"sourceElementId\":\"HV02.NIC3\","
					+ "\"targetElementId\":\"HV02.Ext\"}", "updateModel",
					m -> s.text().contains("on NIC1, NIC2, NIC3")).getAsJsonObject("newRoot");
			assertEquals(TEAM.replace("on NIC1, NIC2", "on NIC1, NIC2, NIC3"), s.text());
			for (String edge : new String[] { "uplink:HV02.Ext", "uplink:HV02.Ext#HV02.NIC2", "uplink:HV02.Ext#HV02.NIC3" }) {
				assertTrue(DiagramSession.has(root, edge), edge);
			}
			s.sendAndAwait("{\"kind\":\"deleteElement\",\"isOperation\":true,"
					+ "\"elementIds\":[\"uplink:HV02.Ext#HV02.NIC2\"]}", "updateModel",
					m -> s.text().contains("on NIC1, NIC3"));
			assertEquals(TEAM.replace("on NIC1, NIC2", "on NIC1, NIC3"), s.text());
		}
	}

	@Test
	public void deletingATeamMemberNicLeavesATeamOfOne() throws Exception {
		try (DiagramSession s = DiagramSession.openText("lab.hvnet", TEAM)) {
			s.sendAndAwait("{\"kind\":\"deleteElement\",\"isOperation\":true,\"elementIds\":[\"HV02.NIC1\"]}",
					"updateModel", m -> !s.text().contains("nic NIC1"));
			// Set-VMSwitchTeam with one NIC keeps the team: its algorithm is written, so that it stays one
			assertTrue(s.text().contains("    external switch Ext on NIC2 teaming dynamic // the team\n"), s.text());
			assertKeepsEveryLine(TEAM.replace("    nic NIC1 \"Intel X710\" // first member\n", "")
					.replace("    external switch Ext on NIC1, NIC2 // the team\n", ""), s.text());
		}
	}

	@Test
	public void aPortMappedToALeavingMemberLosesItsMapping() throws Exception {
		String mapped = TEAM.replace("    }\n}", "    }\n    vm VM1 { synthetic adapter Net1 switch Ext { team-member NIC2 } }\n}");
		try (DiagramSession s = DiagramSession.openText("lab.hvnet", mapped)) {
			s.sendAndAwait("{\"kind\":\"deleteElement\",\"isOperation\":true,"
					+ "\"elementIds\":[\"uplink:HV02.Ext#HV02.NIC2\"]}", "updateModel",
					m -> !s.text().contains("team-member"));
			assertTrue(s.text().contains("external switch Ext on NIC1 teaming dynamic // the team"), s.text());
			assertTrue(s.text().contains("synthetic adapter Net1 switch Ext"), s.text());
			assertKeepsEveryLine(TEAM.substring(0, TEAM.indexOf("    external")), s.text());
		}
	}

	@Test
	public void theTeamsLoadBalancingIsAProperty() throws Exception {
		try (DiagramSession s = DiagramSession.openText("lab.hvnet", TEAM)) {
			update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"HV02.Ext\","
					+ "\"property\":\"teaming\",\"value\":\"hyperv-port\"}");
			assertEquals(TEAM.replace("on NIC1, NIC2 //", "on NIC1, NIC2 teaming hyperv-port //"), s.text());
			JsonObject refused = s.sendAndAwait("{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,"
					+ "\"elementId\":\"HV02.Ext\",\"property\":\"teaming\",\"value\":\"lacp\"}", "status",
					DiagramSession.saying("not 'lacp'"));
			assertEquals("ERROR", refused.get("severity").getAsString(), refused.toString());
			update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"HV02.Ext\","
					+ "\"property\":\"teaming\",\"value\":\"\"}");
			assertEquals(TEAM, s.text());
		}
	}

	@Test
	public void aPortIsMappedToATeamMemberInProperties() throws Exception {
		try (DiagramSession s = DiagramSession.openText("lab.hvnet", TEAM)) {
			update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"HV02.vExt\","
					+ "\"property\":\"team member\",\"value\":\"NIC2\"}");
			assertEquals(TEAM.replace("{ ip 10.0.0.2/24 }", "{ ip 10.0.0.2/24 team-member NIC2 }"), s.text());
			JsonObject refused = s.sendAndAwait("{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,"
					+ "\"elementId\":\"HV02.vExt\",\"property\":\"team member\",\"value\":\"NIC3\"}", "status",
					DiagramSession.saying("not 'NIC3'"));
			assertEquals("ERROR", refused.get("severity").getAsString(), refused.toString());
			update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"HV02.vExt\","
					+ "\"property\":\"team member\",\"value\":\"\"}");
			assertEquals(TEAM, s.text());
		}
	}

	@Test
	public void anExternalSwitchMadeInternalGivesItsNicTheAddressBack() throws Exception {
		String text = """
				// lab host
				host HV02 {
				    nic NIC1 { bindings vms }
				    external switch Ext on NIC1
				    parent {
				        vnic vExt switch Ext { ip 10.0.0.2/24 gateway 10.0.0.1 }
				    }
				}
				""";
		try (DiagramSession s = DiagramSession.openText("lab.hvnet", text)) {
			s.sendAndAwait("{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"HV02.Ext\","
					+ "\"property\":\"type\",\"value\":\"internal\"}", "updateModel",
					m -> s.text().contains("internal switch Ext"));
			// the NIC, which the switch rewrites, keeps its one-line block; the lines around it stay
			assertEquals("""
					// lab host
					host HV02 {
					    nic NIC1 { ip 10.0.0.2/24 gateway 10.0.0.1 }
					    internal switch Ext
					    parent {
					        vnic vExt switch Ext
					    }
					}
					""", s.text());
			assertTrue(s.text().startsWith("// lab host\n"), s.text());
		}
	}

	/**
	 * The name's field asks the server while the user types (GLSP's edit validation, context "label-edit"); the
	 * answer is the rename's own: a name that is not one or that another element of the namespace has is an error.
	 */
	@Test
	public void aNameIsCheckedWhileItIsTypedAndARenameToATakenNameIsRefused() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			String before = s.text();
			assertEquals(VALID, nameCheck(s, "r1", "HV01.VM1/name", "Web").get("severity").getAsInt());
			assertEquals(VALID, nameCheck(s, "r2", "HV01.VM1/name", "VM1").get("severity").getAsInt());
			JsonObject notAName = nameCheck(s, "r3", "HV01.VM1/name", "1st vm");
			assertEquals(INVALID, notAName.get("severity").getAsInt());
			assertEquals("'1st vm' is not a name: letters, digits and _, not starting with a digit",
					notAName.get("message").getAsString());
			// a word of the language is a name: the text says ^cable
			assertEquals(VALID, nameCheck(s, "r7", "HV01.VM1/name", "cable").get("severity").getAsInt());
			assertEquals(VALID, nameCheck(s, "r8", "HV01.VM1/name", "^cable").get("severity").getAsInt());
			// NICs, switches, host vNICs and VMs share the host's namespace (HV01.NIC1)
			JsonObject taken = nameCheck(s, "r4", "HV01.VM1/name", "NIC1");
			assertEquals(INVALID, taken.get("severity").getAsInt());
			assertEquals("the name NIC1 is already used by a physical NIC here", taken.get("message").getAsString());
			// the top level is another namespace: a VM may be called as a physical switch is
			assertEquals(VALID, nameCheck(s, "r5", "HV01.VM1/name", "PSW1").get("severity").getAsInt());
			assertEquals(INVALID, nameCheck(s, "r6", "PSW1/name", "FileServer").get("severity").getAsInt());

			JsonObject refused = s.sendAndAwait("{\"kind\":\"applyLabelEdit\",\"isOperation\":true,"
					+ "\"labelId\":\"HV01.VM1/name\",\"text\":\"NIC2\"}", "status", DiagramSession.saying("NIC2"));
			assertEquals("ERROR", refused.get("severity").getAsString(), refused.toString());
			assertTrue(refused.get("message").getAsString().contains("the name NIC2 is already used by a physical NIC here"),
					refused.toString());
			assertEquals(before, s.text());

			update(s, "{\"kind\":\"applyLabelEdit\",\"isOperation\":true,\"labelId\":\"HV01.VM1/name\","
					+ "\"text\":\"^switch\"}");
			assertTrue(s.text().contains("vm ^switch \"Windows Server VM\" {"), s.text());
			assertTrue(s.text().contains("ping HV01.^switch -> FileServer"), s.text());
		}
	}

	/** GLSP's edit validation severities as the client reads them (numbers: ValidationStatus.Severity). */
	private static final int INVALID = 1;
	private static final int VALID = 4;

	/** The server's answer to the name's field holding {@code text}, correlated by the request's id. */
	private static JsonObject nameCheck(DiagramSession s, String requestId, String labelId, String text)
			throws Exception {
		return s.sendAndAwait("{\"kind\":\"requestEditValidation\",\"contextId\":\"label-edit\",\"modelElementId\":\""
				+ labelId + "\",\"text\":\"" + text + "\",\"requestId\":\"" + requestId + "\"}",
				"setEditValidationResult", a -> requestId.equals(a.get("responseId").getAsString()))
				.getAsJsonObject("status");
	}

	@Test
	public void anEditThatWouldBreakTheModelIsRefusedWithAMessageAndChangesNothing() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			// NIC1 is the only free NIC; a second external switch finds none
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:vswitch:external\","
					+ "\"containerId\":\"HV01\"}");
			String before = s.text();
			JsonObject status = s.sendAndAwait("{\"kind\":\"createNode\",\"isOperation\":true,"
					+ "\"elementTypeId\":\"node:vswitch:external\",\"containerId\":\"HV01\"}", "status",
					DiagramSession.saying("needs a physical NIC of HV01"));
			assertEquals("ERROR", status.get("severity").getAsString());
			assertTrue(status.get("message").getAsString().contains("needs a physical NIC of HV01"), status.toString());
			assertEquals(before, s.text());

			JsonObject badName = s.sendAndAwait("{\"kind\":\"applyLabelEdit\",\"isOperation\":true,"
					+ "\"labelId\":\"HV01.VM1/name\",\"text\":\"1st vm\"}", "status", DiagramSession.saying("is not a name"));
			assertTrue(badName.get("message").getAsString().contains("is not a name"), badName.toString());
			assertEquals(before, s.text());

			// the validator's verdict: a cable into a port that is taken
			JsonObject taken = s.sendAndAwait("{\"kind\":\"createEdge\",\"isOperation\":true,\"elementTypeId\":\"edge:cable\","
					+ "\"sourceElementId\":\"HV01.NIC1\",\"targetElementId\":\"PSW1#3\"}", "status",
					DiagramSession.saying("refused"));
			assertEquals("ERROR", taken.get("severity").getAsString(), taken.toString());
			assertEquals(before, s.text());
		}
	}

	@Test
	public void deletingASwitchRemovesItsCablesAndUnplugsOnlyWhatTheDiagramShows() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject used = s.sendAndAwait("{\"kind\":\"deleteElement\",\"isOperation\":true,\"elementIds\":[\"PSW1\"]}",
					"status", DiagramSession.saying("refused"));
			assertTrue(used.get("message").getAsString().contains("PSW1 is used by scenario \"fig. 12"), used.toString());
			assertEquals(FIG12, s.text());
		}
		try (DiagramSession s = DiagramSession.openText("noscenario.hvnet", FIG12.substring(0, FIG12.indexOf("scenario")))) {
			JsonObject root = update(s, "{\"kind\":\"deleteElement\",\"isOperation\":true,\"elementIds\":[\"PSW1\"]}");
			assertFalse(s.text().contains("PSW1"), s.text());
			assertFalse(s.text().contains("cable "), s.text());
			assertFalse(DiagramSession.has(root, "PSW1"));
			assertTrue(s.text().contains("// Seed fig. 12"), "the file's comments stay");

			update(s, "{\"kind\":\"deleteElement\",\"isOperation\":true,\"elementIds\":[\"virtual:HV01.VM1.Net1\"]}");
			assertTrue(s.text().contains("synthetic adapter Net1 {"), s.text());
			assertFalse(s.text().contains("Net1 switch"), s.text());
		}
	}

	@Test
	public void renamingInPlaceRenamesReferencesAndKeepsTheStoredPosition() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			update(s, "{\"kind\":\"changeBounds\",\"isOperation\":true,\"newBounds\":[{\"elementId\":\"HV01.VM1\","
					+ "\"newPosition\":{\"x\":444,\"y\":333},\"newSize\":{\"width\":100,\"height\":60}}]}");
			assertTrue(Files.readString(LayoutFiles.next(s.file)).contains("\"HV01.VM1\""));
			JsonObject root = update(s, "{\"kind\":\"applyLabelEdit\",\"isOperation\":true,\"labelId\":\"HV01.VM1/name\","
					+ "\"text\":\"Web\"}");
			assertEquals(FIG12.replace("vm VM1 ", "vm Web ").replace("ping HV01.VM1 ", "ping HV01.Web ")
					.replace("via HV01.VM1.Net1", "via HV01.Web.Net1"), s.text());
			JsonObject web = DiagramSession.byId(root, "HV01.Web");
			assertEquals(444, DiagramModelTest.x(web), 0.5);
			assertEquals(333, DiagramModelTest.y(web), 0.5);
			assertTrue(Files.readString(LayoutFiles.next(s.file)).contains("\"HV01.Web\""));
		}
	}

	@Test
	public void propertiesChangeTheText() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"HV01.VM1.Net1\","
					+ "\"property\":\"vlan\",\"value\":\"10\"}");
			assertTrue(s.text().contains("vlan 10"), s.text());
			update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"HV01.VM1.Net1\","
					+ "\"property\":\"ip\",\"value\":\"192.168.1.21/24\"}");
			assertTrue(s.text().contains("ip 192.168.1.21/24"), s.text());
			update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"PSW1\","
					+ "\"property\":\"ports\",\"value\":\"16\"}");
			assertTrue(s.text().contains("physical switch PSW1 ports 16"), s.text());
		}
	}

	@Test
	public void aSwitchMadeManagedInPropertiesShowsItsPortModesOnTheCables() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject root = update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"PSW1\","
					+ "\"property\":\"default port mode\",\"value\":\"trunk 10, 20 native 5\"}");
			assertTrue(s.text().contains("physical switch PSW1 ports 8 {"), s.text());
			assertTrue(s.text().contains("default trunk 10, 20 native 5"), s.text());
			assertKeepsEveryLine(FIG12, s.text());
			JsonObject cable = DiagramSession.byId(root, "cable:HV01.NIC2-PSW1#2");
			List<String> badges = DiagramSession.all(cable).stream().filter(e -> e.has("text"))
					.map(e -> e.get("text").getAsString()).toList();
			assertEquals(List.of("T 10,20"), badges);
			assertTrue(DiagramSession.byId(root, "PSW1").toString().contains("managed switch, 8 ports"));
			update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"PSW1\","
					+ "\"property\":\"default port mode\",\"value\":\"access 30\"}");
			assertTrue(s.text().contains("default access 30"), s.text());
			JsonObject refused = s.sendAndAwait("{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,"
					+ "\"elementId\":\"PSW1\",\"property\":\"default port mode\",\"value\":\"access 5000\"}",
					"status", DiagramSession.saying("not 5000"));
			assertEquals("ERROR", refused.get("severity").getAsString(), refused.toString());
			// empty: unmanaged again, as the seed draws it
			update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"PSW1\","
					+ "\"property\":\"default port mode\",\"value\":\"\"}");
			assertTrue(s.text().contains("physical switch PSW1 ports 8\n"), s.text());
			assertFalse(s.text().contains("default"), s.text());
		}
	}

	@Test
	public void theVlanPropertyTakesEveryModeAsTheHoverShowsIt() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			for (String[] written : new String[][] {
					{ "trunk 10, 20, 100-199 native 1", "vlan trunk 10, 20, 100-199 native 1" },
					{ "isolated primary 10 secondary 200", "vlan isolated primary 10 secondary 200" },
					{ "community primary 10 secondary 201", "vlan community primary 10 secondary 201" },
					{ "promiscuous primary 10 secondary 200, 201", "vlan promiscuous primary 10 secondary 200, 201" },
					{ "access 30", "vlan access 30" }, { "10", "vlan 10" } }) {
				update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"HV01.VM1.Net1\","
						+ "\"property\":\"vlan\",\"value\":\"" + written[0] + "\"}");
				assertTrue(s.text().contains(written[1] + "\n"), s.text());
				assertTrue(s.text().contains("ip 192.168.1.20/24\n            " + written[1] + "\n        }\n"), s.text());
				assertEquals(1, s.text().split("vlan ", -1).length - 1, "one VLAN mode: " + s.text());
			}
			update(s, "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"HV01.VM1.Net1\","
					+ "\"property\":\"vlan\",\"value\":\"\"}");
			assertFalse(s.text().contains("vlan"), "empty is untagged: " + s.text());
		}
	}

	@Test
	public void twoNicsAndTwoSwitchesAreCabledStraightToEachOther() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:nic\","
					+ "\"containerId\":\"FileServer\"}");
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:nic\","
					+ "\"containerId\":\"HV01\"}");
			JsonObject root = update(s, "{\"kind\":\"createEdge\",\"isOperation\":true,\"elementTypeId\":\"edge:cable\","
					+ "\"sourceElementId\":\"FileServer.NIC2\",\"targetElementId\":\"HV01.NIC3\"}");
			assertTrue(s.text().contains("cable FileServer.NIC2 to HV01.NIC3"), s.text());
			assertTrue(DiagramSession.has(root, "cable:FileServer.NIC2-HV01.NIC3"));
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:pswitch\"}");
			update(s, "{\"kind\":\"createEdge\",\"isOperation\":true,\"elementTypeId\":\"edge:cable\","
					+ "\"sourceElementId\":\"PSW1#7\",\"targetElementId\":\"PSW2\"}");
			assertTrue(s.text().contains("cable PSW1 port 7 to PSW2 port 1"), s.text());
			assertKeepsEveryLine(FIG12, s.text());
		}
	}

	@Test
	public void aHostVnicDroppedOnASwitchIsOneMoreManagementOsAdapterOnIt() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject root = update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\""
					+ DiagramTypes.HOST_VNIC + "\",\"containerId\":\"HV01.TestExternal\"}");
			// the switch's own host vNIC is there already: the new one is named after itself (Add-VMNetworkAdapter -Name)
			assertTrue(s.text().contains("        vnic vTestExternal switch TestExternal\n    }"), s.text());
			assertTrue(DiagramSession.has(root, "HV01.vTestExternal"));
			assertKeepsEveryLine(FIG12, s.text());
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:vswitch:private\","
					+ "\"containerId\":\"HV01\"}");
			String withPrivate = s.text();
			assertTrue(withPrivate.contains("private switch Private1"), withPrivate);
			JsonObject refused = s.sendAndAwait("{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\""
					+ DiagramTypes.HOST_VNIC + "\",\"containerId\":\"HV01.Private1\"}", "status",
					DiagramSession.saying("connects VMs only"));
			assertEquals("ERROR", refused.get("severity").getAsString(), refused.toString());
			assertEquals(withPrivate, s.text());
		}
	}

	@Test
	public void aManagedPhysicalSwitchComesWithItsDefaultPortMode() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject root = update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\""
					+ DiagramTypes.MANAGED_PHYSICAL_SWITCH + "\"}");
			assertTrue(s.text().matches("(?s).*physical switch ToR1 ports 48 \\{\\s*default access 1\\s*}.*"), s.text());
			assertTrue(DiagramSession.has(root, "ToR1"));
			assertKeepsEveryLine(FIG12, s.text());
			// a NIC cabled to it lands on an access port of VLAN 1: its badge says so
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:nic\","
					+ "\"containerId\":\"FileServer\"}");
			root = update(s, "{\"kind\":\"createEdge\",\"isOperation\":true,\"elementTypeId\":\"edge:cable\","
					+ "\"sourceElementId\":\"FileServer.NIC2\",\"targetElementId\":\"ToR1\"}");
			assertTrue(s.text().contains("cable FileServer.NIC2 to ToR1 port 1"), s.text());
			assertTrue(root.toString().contains("\"text\":\"A 1\""), root.toString());
		}
	}

	@Test
	public void badVlanTextIsRefusedWithASentence() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			String before = s.text();
			String[][] refusals = { { "trunk 20-10 native 1", "the range 20-10 is reversed; write 10-20" },
					{ "trunk 10 20", "VLAN ids are separated by commas" }, { "trunk 10, 5000", "not 5000" },
					{ "isolated primary x", "the primary VLAN is a number, not 'x'" },
					{ "tagged 10", "a VLAN is a number, not 'tagged'" } };
			for (String[] refusal : refusals) {
				JsonObject refused = s.sendAndAwait("{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,"
						+ "\"elementId\":\"HV01.VM1.Net1\",\"property\":\"vlan\",\"value\":\"" + refusal[0] + "\"}",
						"status", DiagramSession.saying(refusal[1]));
				assertEquals("ERROR", refused.get("severity").getAsString(), refused.toString());
				assertEquals(before, s.text());
			}
			JsonObject nic = s.sendAndAwait("{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,"
					+ "\"elementId\":\"HV01.NIC1\",\"property\":\"vlan\",\"value\":\"trunk 10 native 1\"}",
					"status", DiagramSession.saying("a physical NIC has one VLAN"));
			assertEquals("ERROR", nic.get("severity").getAsString(), nic.toString());
			assertEquals(before, s.text());
		}
	}

	@Test
	public void numbersOutOfTheirRangeAreRefused() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			String before = s.text();
			for (String ports : new String[] { "2147483647", "100000000", "1025", "0", "99999999999" }) {
				JsonObject refused = s.sendAndAwait("{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,"
						+ "\"elementId\":\"PSW1\",\"property\":\"ports\",\"value\":\"" + ports + "\"}", "status",
						DiagramSession.saying("not " + ports));
				assertEquals("ERROR", refused.get("severity").getAsString(), refused.toString());
				assertEquals(before, s.text());
			}
			s.sendAndAwait("{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"HV01.VM1.Net1\","
					+ "\"property\":\"metric\",\"value\":\"10000\"}", "status", DiagramSession.saying("not 10000"));
			assertEquals(before, s.text());
		}
	}

	@Test
	public void malformedClientMessagesAreRefusedWithASentence() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			String before = s.text();
			JsonObject wrongClient = s.rawRequest("process",
					"{\"clientId\":\"nobody\",\"action\":{\"kind\":\"requestModel\",\"options\":{}}}");
			assertTrue(wrongClient.getAsJsonObject("error").get("message").getAsString()
					.contains("no client session 'nobody'"), wrongClient.toString());

			JsonObject noOptions = s.sendAndAwait("{\"kind\":\"requestModel\"}", "message",
					DiagramSession.saying("refused"));
			assertTrue(noOptions.get("message").getAsString().contains("requestModel needs options.sourceUri"),
					noOptions.toString());

			JsonObject nullIds = s.sendAndAwait("{\"kind\":\"deleteElement\",\"isOperation\":true,\"elementIds\":[null]}",
					"message", DiagramSession.saying("refused"));
			assertTrue(nullIds.get("message").getAsString().contains("deleteElement needs the ids"), nullIds.toString());

			Path other = Files.createTempFile("other", ".hvnet");
			JsonObject otherFile = s.sendAndAwait("{\"kind\":\"requestModel\",\"options\":{\"sourceUri\":\""
					+ org.eclipse.emf.common.util.URI.createFileURI(other.toString()) + "\",\"diagramType\":\""
					+ io.hvnet.diagram.DiagramTypes.DIAGRAM_TYPE + "\"}}", "message", DiagramSession.saying("refused"));
			assertTrue(otherFile.get("message").getAsString().contains("shows " + s.document.uri() + " only"),
					otherFile.toString());
			assertEquals(before, s.text());
			assertEquals(before, Files.readString(s.file));
		}
	}

	@Test
	public void undoAndRedoAreTheTextsHistory() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:pswitch\"}");
			String edited = s.text();
			assertTrue(edited.contains("physical switch PSW2 ports 8"), edited);
			JsonObject undone = update(s, "{\"kind\":\"glspUndo\"}");
			assertEquals(FIG12, s.text());
			assertFalse(DiagramSession.has(undone, "PSW2"));
			assertFalse(s.document.isDirty());
			update(s, "{\"kind\":\"glspRedo\"}");
			assertEquals(edited, s.text());
		}
	}

	@Test
	public void aTextEditReachesTheDiagram() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			int at = s.text().indexOf("physical switch PSW1");
			s.document.replace(List.of(new TextReplacement(at, 0, "physical switch Core ports 4\n")), "typed");
			// how fast is bench/diagram-open.sh's business; this proves that the edit is drawn at all
			JsonObject update = s.awaitAction("updateModel", u -> DiagramSession.has(u.getAsJsonObject("newRoot"), "Core"));
			assertNotNull(update);
		}
	}

	@Test
	public void diagnosticsAreShownOnTheElementTheyConcern() throws Exception {
		String text = """
				host HV01 {
				    nic NIC1
				    vm VM1 {
				        synthetic adapter Net1 {
				            ip 10.0.0.300/24
				        }
				    }
				}
				""";
		try (DiagramSession s = DiagramSession.openText("bad.hvnet", text)) {
			JsonObject markers = s.awaitAction("setMarkers", m -> m.toString().contains("HV01.VM1.Net1"));
			String json = markers.toString();
			assertTrue(json.contains("\"elementId\":\"HV01.VM1.Net1\""), json);
			assertTrue(json.contains("\"kind\":\"error\""), json);
		}
	}

	@Test
	public void draggingACablesEndToAnotherPortChangesItsLineOnly() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject root = update(s, "{\"kind\":\"reconnectEdge\",\"isOperation\":true,"
					+ "\"edgeElementId\":\"cable:FileServer.NIC1-PSW1#3\",\"sourceElementId\":\"FileServer.NIC1\","
					+ "\"targetElementId\":\"PSW1#5\"}");
			assertEquals(FIG12.replace("cable FileServer.NIC1 to PSW1 port 3", "cable FileServer.NIC1 to PSW1 port 5"),
					s.text());
			assertTrue(DiagramSession.has(root, "cable:FileServer.NIC1-PSW1#5"));
		}
	}

	@Test
	public void draggingAVirtualCableToAnotherSwitchReplugsTheAdapter() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:vswitch:private\","
					+ "\"containerId\":\"HV01\"}");
			String withSwitch = s.text();
			String privateSwitch = withSwitch.replaceAll("(?s).*private switch (\\w+).*", "$1");
			JsonObject root = update(s, "{\"kind\":\"reconnectEdge\",\"isOperation\":true,"
					+ "\"edgeElementId\":\"virtual:HV01.VM1.Net1\",\"sourceElementId\":\"HV01.VM1.Net1\","
					+ "\"targetElementId\":\"HV01." + privateSwitch + "\"}");
			assertEquals(withSwitch.replace("synthetic adapter Net1 switch TestExternal",
					"synthetic adapter Net1 switch " + privateSwitch), s.text());
			assertEquals("HV01." + privateSwitch + "#HV01.VM1.Net1",
					DiagramSession.byId(root, "virtual:HV01.VM1.Net1").get("targetId").getAsString());
			JsonObject refused = s.sendAndAwait("{\"kind\":\"reconnectEdge\",\"isOperation\":true,"
					+ "\"edgeElementId\":\"virtual:HV01.VM1.Net1\",\"sourceElementId\":\"HV01.VM1.Net1\","
					+ "\"targetElementId\":\"PSW1\"}", "message", DiagramSession.saying("refused"));
			assertTrue(refused.get("message").getAsString().contains("virtual switch"), refused.toString());
		}
	}

	@Test
	public void replacementsComputedOnAnOlderTextAreNotApplied() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			String before = s.text();
			List<TextReplacement> rename = List.of(new TextReplacement(before.indexOf("PSW1"), 4, "Core"));
			assertFalse(s.document.replaceIfUnchanged(before + "\n", rename, "rename"),
					"computed on another text: refused");
			assertEquals(before, s.text());
			assertTrue(s.document.replaceIfUnchanged(before, rename, "rename"));
			assertTrue(s.text().contains("physical switch Core"));
		}
	}

	@Test
	public void anUnsupportedOperationIsReportedNotDropped() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject message = s.sendAndAwait("{\"kind\":\"changeContainer\",\"isOperation\":true,"
					+ "\"elementId\":\"HV01.VM1\",\"targetContainerId\":\"FileServer\"}", "message",
					DiagramSession.saying("cannot do"));
			assertTrue(message.get("message").getAsString().contains("changeContainer"), message.toString());
			assertEquals(FIG12, s.text());
			// the session still works afterwards
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:pswitch\"}");
		}
	}

	@Test
	public void movesAreUndoneInOrderWithTextEdits() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			double original = DiagramModelTest.x(DiagramSession.byId(DiagramModelTest.model(s), "PSW1"));
			update(s, "{\"kind\":\"changeBounds\",\"isOperation\":true,\"newBounds\":[{\"elementId\":\"PSW1\","
					+ "\"newSize\":{\"width\":200,\"height\":56},\"newPosition\":{\"x\":900,\"y\":700}}]}");
			update(s, "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"node:pswitch\"}");
			assertTrue(s.text().contains("physical switch PSW2"));
			JsonObject textUndone = update(s, "{\"kind\":\"glspUndo\"}");
			assertFalse(s.text().contains("PSW2"), "first undo: the newer text edit");
			assertEquals(900, DiagramModelTest.x(DiagramSession.byId(textUndone, "PSW1")), 0.5);
			JsonObject moveUndone = update(s, "{\"kind\":\"glspUndo\"}");
			assertEquals(original, DiagramModelTest.x(DiagramSession.byId(moveUndone, "PSW1")), 0.5,
					"second undo: the move");
			assertFalse(Files.exists(s.document.layoutFile()), "the sidecar goes back too (it held only the move)");
			JsonObject moveRedone = update(s, "{\"kind\":\"glspRedo\"}");
			assertEquals(900, DiagramModelTest.x(DiagramSession.byId(moveRedone, "PSW1")), 0.5, "redo moves it again");
		}
	}

	@Test
	public void positionsRewrittenByARenameElsewhereAreTakenWithTheTextChange() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			// what the rename refactoring does in Eclipse: the text and the sidecar change together
			Thread.sleep(20); // a new modification time even on coarse file systems
			Files.writeString(s.document.layoutFile(), "{\"Files\": {\"x\": 777, \"y\": 555}}\n");
			String renamed = s.document.text().replace("FileServer", "Files");
			s.document.replace(List.of(new TextReplacement(0, s.document.text().length(), renamed)), "rename");
			JsonObject root = s.awaitAction("updateModel").getAsJsonObject("newRoot");
			JsonObject files = DiagramSession.byId(root, "Files");
			assertEquals(777, DiagramModelTest.x(files), 0.5, "the position stored for the new name");
			update(s, "{\"kind\":\"changeBounds\",\"isOperation\":true,\"newBounds\":[{\"elementId\":\"PSW1\","
					+ "\"newSize\":{\"width\":200,\"height\":56},\"newPosition\":{\"x\":10,\"y\":600}}]}");
			String sidecar = Files.readString(s.document.layoutFile());
			assertTrue(sidecar.contains("\"Files\"") && sidecar.contains("\"PSW1\""),
					"a later move keeps the renamed element's position: " + sidecar);
		}
	}

	@Test
	public void aPingFromTheContextMenuHighlightsTheSeedsFlows() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject flow = s.sendAndAwait("{\"kind\":\"hvnetPing\",\"from\":\"HV01.VM1\",\"to\":\"FileServer\"}",
					"hvnetShowFlow");
			assertTrue(flow.get("reachable").getAsBoolean(), flow.toString());
			String steps = flow.get("steps").toString();
			for (String id : List.of("HV01.VM1.Net1", "virtual:HV01.VM1.Net1", "HV01.TestExternal", "HV01.NIC2",
					"cable:HV01.NIC2-PSW1#2", "PSW1", "FileServer.NIC1")) {
				assertTrue(steps.contains("\"elementId\":\"" + id + "\""), id + " not in " + steps);
			}
			assertTrue(steps.contains("\"phase\":\"reply\""), steps);
			assertTrue(steps.contains("\"flow\":4"), "flow 4 (switch to physical NIC) is numbered: " + steps);
			assertTrue(flow.get("flooded").toString().contains("PSW1"), "the first ARP floods: " + flow);
			// and the diagram shows it: classes for the colours, badges with the flow numbers
			JsonObject root = s.awaitAction("updateModel").getAsJsonObject("newRoot");
			assertTrue(DiagramModelTest.cssClasses(DiagramSession.byId(root, "HV01.NIC2")).contains("flow-request"));
			assertTrue(DiagramModelTest.cssClasses(DiagramSession.byId(root, "PSW1")).contains("flooded"));
			assertTrue(DiagramSession.byId(root, "HV01.NIC2/flow").get("text").getAsString().contains("4"));
		}
	}
}
