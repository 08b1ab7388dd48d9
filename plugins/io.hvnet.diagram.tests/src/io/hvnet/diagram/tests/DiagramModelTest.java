package io.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonObject;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.diagram.source.TextReplacement;
import io.hvnet.dsl.tests.Examples;

/** The diagram the server sends for real .hvnet files: what is drawn, inside what, connected how, and where. */
public class DiagramModelTest {

	static List<Path> examples() {
		return Examples.all();
	}

	@Test
	public void fig12IsDrawnAsTheSeedDrawsIt() throws Exception {
		try (DiagramSession session = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject root = model(session);
			assertEquals(1, DiagramSession.count(root, DiagramTypes.HOST));
			assertEquals(3, DiagramSession.count(root, DiagramTypes.NIC), "HV01.NIC1, HV01.NIC2, FileServer.NIC1");
			assertEquals(1, DiagramSession.count(root, DiagramTypes.VIRTUAL_SWITCH));
			assertEquals(1, DiagramSession.count(root, DiagramTypes.PARENT_PARTITION));
			assertEquals(1, DiagramSession.count(root, DiagramTypes.HOST_VNIC));
			assertEquals(1, DiagramSession.count(root, DiagramTypes.VM));
			assertEquals(1, DiagramSession.count(root, DiagramTypes.VM_ADAPTER));
			assertEquals(1, DiagramSession.count(root, DiagramTypes.PHYSICAL_SWITCH));
			assertEquals(1, DiagramSession.count(root, DiagramTypes.SERVER));
			assertEquals(3, DiagramSession.count(root, DiagramTypes.CABLE));
			// the uplink to NIC2, the host vNIC and the VM's adapter
			assertEquals(3, DiagramSession.count(root, DiagramTypes.VIRTUAL_CABLE));
			// 8 numbered physical ports, and one virtual-switch port per thing plugged in
			assertEquals(8 + 3, DiagramSession.count(root, DiagramTypes.SWITCH_PORT));

			JsonObject host = DiagramSession.byId(root, "HV01");
			for (String inside : List.of("HV01.NIC1", "HV01.NIC2", "HV01.TestExternal", "HV01.parent", "HV01.VM1")) {
				assertTrue(childIds(host).contains(inside), inside + " should be inside HV01: " + childIds(host));
			}
			assertTrue(childIds(DiagramSession.byId(root, "HV01.parent")).contains("HV01.vEthernet"));
			assertTrue(childIds(DiagramSession.byId(root, "HV01.VM1")).contains("HV01.VM1.Net1"));
			assertTrue(childIds(DiagramSession.byId(root, "PSW1")).contains("PSW1#3"));

			assertEquals(List.of("vms"), labels(root, "HV01.NIC2"), "a NIC taken by the external switch shows only vms");
			assertTrue(labels(root, "HV01.NIC1").contains("client qos fileshare ipv6 ipv4 lltd"), labels(root, "HV01.NIC1").toString());
			assertTrue(labels(root, "HV01.TestExternal").contains("external switch"));
			assertTrue(cssClasses(DiagramSession.byId(root, "HV01.TestExternal")).contains("external"));

			JsonObject cable = DiagramSession.byId(root, "cable:FileServer.NIC1-PSW1#3");
			assertEquals("FileServer.NIC1", cable.get("sourceId").getAsString());
			assertEquals("PSW1#3", cable.get("targetId").getAsString());
			JsonObject plugged = DiagramSession.byId(root, "virtual:HV01.VM1.Net1");
			assertEquals("HV01.TestExternal#HV01.VM1.Net1", plugged.get("targetId").getAsString());
		}
	}

	@Test
	public void aRouterIsDrawnWithItsInterfacesAddressesAndSubInterfaces() throws Exception {
		try (DiagramSession session = DiagramSession.open(Examples.root().resolve("routed/routed.hvnet"))) {
			JsonObject root = model(session);
			JsonObject r1 = DiagramSession.byId(root, "R1");
			assertTrue(cssClasses(r1).contains("router"), cssClasses(r1).toString());
			assertEquals(List.of("R1.Gi0", "R1.Gi1"), childIds(r1).stream().filter(id -> id.startsWith("R1.")).toList());
			assertEquals(List.of(".10 10.0.10.1/24", ".20 10.0.20.1/24"), labels(root, "R1.Gi0").stream()
					.filter(l -> l.startsWith(".")).toList());
			assertTrue(labels(root, "R1.Gi1").contains("192.168.100.1/30"), labels(root, "R1.Gi1").toString());
			assertEquals("R2.Gi0", DiagramSession.byId(root, "cable:R1.Gi1-R2.Gi0").get("targetId").getAsString());
		}
	}

	/** What each seed figure shows, counted by hand from examples/seed (the blog post's figures 9 to 14). */
	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// figure, hosts, NICs, vswitches, parents, vNICs, VMs, VM adapters, pswitches, servers, cables, virtual cables, switch ports
			"fig09, 1, 2, 1, 1, 1, 0, 0, 1, 1, 2, 2, 10",
			"fig10, 1, 3, 1, 1, 1, 0, 0, 1, 1, 3, 2, 10",
			"fig11, 1, 3, 1, 1, 1, 0, 0, 1, 1, 3, 2, 10",
			"fig12, 1, 3, 1, 1, 1, 1, 1, 1, 1, 3, 3, 11",
			"fig13, 1, 3, 1, 1, 1, 1, 1, 1, 1, 3, 3, 11",
			"fig14, 1, 3, 1, 1, 1, 1, 1, 1, 1, 3, 3, 11" })
	public void everySeedFigureIsDrawnWithTheElementsItShows(String figure, int hosts, int nics, int vswitches,
			int parents, int vnics, int vms, int adapters, int pswitches, int servers, int cables, int virtualCables,
			int ports) throws Exception {
		try (DiagramSession session = DiagramSession.open(Examples.seed(figure))) {
			JsonObject root = model(session);
			List<String> kinds = List.of(DiagramTypes.HOST, DiagramTypes.NIC, DiagramTypes.VIRTUAL_SWITCH,
					DiagramTypes.PARENT_PARTITION, DiagramTypes.HOST_VNIC, DiagramTypes.VM, DiagramTypes.VM_ADAPTER,
					DiagramTypes.PHYSICAL_SWITCH, DiagramTypes.SERVER, DiagramTypes.CABLE, DiagramTypes.VIRTUAL_CABLE,
					DiagramTypes.SWITCH_PORT);
			List<Long> expected = List.of((long) hosts, (long) nics, (long) vswitches, (long) parents, (long) vnics,
					(long) vms, (long) adapters, (long) pswitches, (long) servers, (long) cables, (long) virtualCables,
					(long) ports);
			List<Long> drawn = kinds.stream().map(k -> DiagramSession.count(root, k)).toList();
			assertEquals(expected, drawn, "counts of " + kinds);
		}
	}

	@Test
	public void theDrawingMadeWhileTheClientLoadsIsTheDiagramOfTheFile() throws Exception {
		try (DiagramSession session = DiagramSession.open(Examples.seed("fig12"))) {
			// the first request got the background drawing; this one draws afresh
			JsonObject fresh = model(session);
			assertEquals(withoutRevision(fresh), withoutRevision(session.firstModel));
			assertTrue(DiagramSession.has(session.firstModel, "HV01.VM1.Net1"));
		}
	}

	@Test
	public void anEditBeforeTheClientAsksIsDrawnInsteadOfTheStaleDrawing() throws Exception {
		String server = "server Backup {\n    nic NIC1 { mac 00:1B:21:3A:00:65 ip 192.168.1.101/24 }\n}\n\n";
		try (DiagramSession session = DiagramSession.openEditedBeforeRequest(Examples.seed("fig12"), document -> {
			int at = document.text().indexOf("physical switch PSW1");
			document.replace(List.of(new TextReplacement(at, 0, server)), "add a server");
		})) {
			assertTrue(DiagramSession.has(session.firstModel, "Backup"),
					"the first model shows the server added after the document was opened");
			assertEquals(2, DiagramSession.count(session.firstModel, DiagramTypes.SERVER));
		}
	}

	@Test
	public void anAdaptersVlanModeIsAShortLineUnderItsName() throws Exception {
		String text = """
				host HV01 {
				    internal switch S
				    vm VM1 {
				        synthetic adapter Access switch S { ip 10.0.30.5/24 vlan access 30 }
				        synthetic adapter Trunk switch S { vlan trunk 10, 20, 100-199, 300-399, 500 native 1 }
				        synthetic adapter Iso switch S { vlan isolated primary 10 secondary 200 }
				        synthetic adapter Promisc switch S { vlan promiscuous primary 10 secondary 200, 201 }
				    }
				}
				""";
		try (DiagramSession session = DiagramSession.openText("vlans.hvnet", text)) {
			JsonObject root = model(session);
			assertEquals("10.0.30.5/24 vlan 30", detail(root, "HV01.VM1.Access"));
			assertEquals("vlan trunk 10,20,100-199,3\u2026", detail(root, "HV01.VM1.Trunk"));
			assertEquals("vlan isolated 10/200", detail(root, "HV01.VM1.Iso"));
			assertEquals("vlan promiscuous 10/200,201", detail(root, "HV01.VM1.Promisc"));
		}
	}

	private static String detail(JsonObject root, String id) {
		JsonObject label = DiagramSession.byId(root, id + "/detail0");
		assertTrue(label != null, () -> "no detail line on " + id);
		return label.get("text").getAsString();
	}

	private static JsonObject withoutRevision(JsonObject root) {
		JsonObject copy = root.deepCopy();
		copy.remove("revision");
		return copy;
	}

	@ParameterizedTest
	@MethodSource("examples")
	public void everyExampleIsLaidOutWithoutOverlaps(Path example) throws Exception {
		try (DiagramSession session = DiagramSession.open(example)) {
			JsonObject root = model(session);
			long nodes = DiagramSession.all(root).stream().filter(e -> e.get("type").getAsString().startsWith("node:"))
					.count();
			assertTrue(nodes > 0, "nothing drawn");
			assertNoOverlaps(root);
		}
	}

	@Test
	public void aLargeNetworkFillsAScreenShapedAreaWithoutOverlaps() throws Exception {
		StringBuilder text = new StringBuilder("physical switch Core ports 64\n");
		for (int h = 0; h < 30; h++) {
			text.append("host HV").append(h).append(" {\n    nic NIC1 { mac 02:00:00:00:").append(String.format("%02x", h))
					.append(":01 bindings vms }\n    external switch Ext on NIC1\n");
			for (int v = 0; v < 3; v++) {
				text.append("    vm VM").append(v).append(" { synthetic adapter Net1 switch Ext { mac 02:00:00:01:")
						.append(String.format("%02x:%02x", h, v)).append(" } }\n");
			}
			text.append("}\ncable HV").append(h).append(".NIC1 to Core port ").append(h + 1).append('\n');
		}
		try (DiagramSession session = DiagramSession.openText("large.hvnet", text.toString())) {
			JsonObject root = model(session);
			assertNoOverlaps(root);
			double right = 0;
			double bottom = 0;
			for (JsonObject machine : root.getAsJsonArray("children").asList().stream().map(c -> c.getAsJsonObject())
					.filter(e -> e.get("type").getAsString().startsWith("node:")).toList()) {
				right = Math.max(right, x(machine) + w(machine));
				bottom = Math.max(bottom, y(machine) + h(machine));
			}
			double aspect = right / bottom;
			assertTrue(aspect > 0.5 && aspect < 4, "31 machines drawn " + right + " x " + bottom + " (not in rows)");
		}
	}

	/** Siblings (nodes in the same container) never overlap, and children lie inside their container. */
	static void assertNoOverlaps(JsonObject container) {
		List<JsonObject> nodes = DiagramSession.all(container).stream().filter(e -> e != container)
				.filter(e -> e.get("type").getAsString().startsWith("node:")).toList();
		List<JsonObject> children = container.getAsJsonArray("children").asList().stream().map(c -> c.getAsJsonObject())
				.filter(e -> e.get("type").getAsString().startsWith("node:")).toList();
		for (int i = 0; i < children.size(); i++) {
			for (int j = i + 1; j < children.size(); j++) {
				assertFalse(overlap(children.get(i), children.get(j)),
						children.get(i).get("id") + " overlaps " + children.get(j).get("id"));
			}
			JsonObject child = children.get(i);
			if (container.has("size")) {
				double right = x(child) + w(child);
				double bottom = y(child) + h(child);
				assertTrue(right <= w(container) + 0.5 && bottom <= h(container) + 0.5,
						child.get("id") + " sticks out of " + container.get("id"));
			}
			assertNoOverlaps(child);
		}
		assertTrue(nodes.size() >= children.size());
	}

	private static boolean overlap(JsonObject a, JsonObject b) {
		return x(a) < x(b) + w(b) && x(b) < x(a) + w(a) && y(a) < y(b) + h(b) && y(b) < y(a) + h(a);
	}

	static double x(JsonObject e) {
		return e.getAsJsonObject("position").get("x").getAsDouble();
	}

	static double y(JsonObject e) {
		return e.getAsJsonObject("position").get("y").getAsDouble();
	}

	static double w(JsonObject e) {
		return e.getAsJsonObject("size").get("width").getAsDouble();
	}

	static double h(JsonObject e) {
		return e.getAsJsonObject("size").get("height").getAsDouble();
	}

	static JsonObject model(DiagramSession session) throws Exception {
		return session.sendAndAwait("{\"kind\":\"requestModel\",\"options\":{\"sourceUri\":\""
				+ session.document.uri() + "\",\"diagramType\":\"" + DiagramTypes.DIAGRAM_TYPE + "\"}}", "setModel")
				.getAsJsonObject("newRoot");
	}

	static List<String> childIds(JsonObject e) {
		return e.getAsJsonArray("children").asList().stream().map(c -> c.getAsJsonObject().get("id").getAsString())
				.toList();
	}

	/** The detail labels of a node (everything but its name). */
	static List<String> labels(JsonObject root, String id) {
		return DiagramSession.byId(root, id).getAsJsonArray("children").asList().stream().map(c -> c.getAsJsonObject())
				.filter(c -> DiagramTypes.DETAIL_LABEL.equals(c.get("type").getAsString()))
				.map(c -> c.get("text").getAsString()).toList();
	}

	static List<String> cssClasses(JsonObject e) {
		return e.has("cssClasses")
				? e.getAsJsonArray("cssClasses").asList().stream().map(c -> c.getAsString()).toList()
				: List.of();
	}

	static int number(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		return m.find() ? Integer.parseInt(m.group(1)) : -1;
	}
}
