package io.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.hvnet.dsl.tests.Examples;

/**
 * Stepping through a ping on the diagram server: a ping from the context menu is answered, in one reply to its
 * request, with every step's drawing (the element the frame is on with the seed's flow, the edges it travels, every
 * port of a flood at once, the switch's MAC table) and the ping's marks; a scenario's ping carries the cables the
 * scenario had unplugged and, when it fails, the element its diagnosis names. The Eclipse Simulation view's steps
 * come whole and get their edges and marks found.
 */
public class StepThroughPingTest {

	private static List<String> strings(JsonArray array) {
		List<String> ids = new ArrayList<>();
		array.forEach(e -> ids.add(e.getAsString()));
		return ids;
	}

	private static JsonObject step(JsonObject steps, int index) {
		return steps.getAsJsonArray("steps").get(index).getAsJsonObject();
	}

	private static List<String> edges(JsonObject steps, int index) {
		return strings(steps.getAsJsonArray("edges").get(index).getAsJsonArray());
	}

	private static void assertStep(JsonObject step, int index, String element, int flow) {
		assertEquals(index, step.get("index").getAsInt(), step::toString);
		assertEquals(element, step.get("element").getAsString(), step::toString);
		assertEquals(flow, step.get("flow").getAsInt(), step::toString);
	}

	private static JsonObject scenarioPing(DiagramSession s, String scenario, int index) throws InterruptedException {
		return s.sendAndAwait("{\"kind\":\"hvnetPing\",\"scenario\":\"" + scenario + "\",\"index\":" + index
				+ ",\"requestId\":\"r" + index + "\"}", "hvnetShowSteps");
	}

	@Test
	public void aPingIsAnsweredWithEveryStepOfFig12() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject steps = s.sendAndAwait("{\"kind\":\"hvnetPing\",\"from\":\"HV01.VM1\",\"to\":\"FileServer\","
					+ "\"requestId\":\"ping-1\"}", "hvnetShowSteps");
			assertEquals("ping-1", steps.get("responseId").getAsString(), "the reply to the ping's request");
			assertEquals(35, steps.getAsJsonArray("steps").size(), "one step per trace event");
			assertEquals(35, steps.getAsJsonArray("edges").size(), "each step's edges");

			JsonObject learn = step(steps, 3);
			assertStep(learn, 3, "HV01.TestExternal", 2);
			assertEquals("HV01.TestExternal", learn.get("macSwitch").getAsString());
			JsonObject row = learn.getAsJsonArray("macTable").get(0).getAsJsonObject();
			assertEquals("00:15:5d:00:02:01", row.get("mac").getAsString());
			assertTrue(row.get("learnt").getAsBoolean(), "the address just learnt is marked");
			assertEquals(List.of("virtual:HV01.VM1.Net1"), edges(steps, 3), "learnt on the virtual cable it came by");

			JsonObject flood = step(steps, 4);
			assertStep(flood, 4, "HV01.TestExternal", 3);
			assertTrue(flood.get("flooded").getAsBoolean());
			assertEquals(2, edges(steps, 4).size(), "both other ports at once: " + edges(steps, 4));
			assertTrue(edges(steps, 4).stream().anyMatch(e -> e.startsWith("uplink:HV01.TestExternal")), edges(steps, 4)::toString);

			assertStep(step(steps, 5), 5, "HV01.NIC2", 4);
			assertEquals(List.of("cable:HV01.NIC2-PSW1#2"), edges(steps, 5));
			assertFalse(step(steps, 5).has("macSwitch"), "a NIC has no MAC table");
			assertStep(step(steps, 6), 6, "HV01.vEthernet", 3);

			assertStep(step(steps, 9), 9, "PSW1", 6);
			assertEquals(2, edges(steps, 9).size(), "to port 1 and port 3: " + edges(steps, 9));
			assertTrue(edges(steps, 9).stream().allMatch(e -> e.startsWith("cable:")), edges(steps, 9)::toString);

			JsonObject marks = steps.getAsJsonObject("marks");
			assertTrue(marks.getAsJsonArray("unplugged").isEmpty(), "nothing unplugged outside a scenario");
			assertFalse(marks.has("place"), "an answered ping blames nothing: " + marks);
		}
	}

	@Test
	public void aScenarioPingAfterAnUnpluggedCableMarksTheCableAndNotBefore() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.root().resolve("teaming/set-team.hvnet"))) {
			String scenario = "NIC2's cable pulled: VM1 fails over to NIC1, and back when it is plugged in";
			JsonObject before = scenarioPing(s, scenario, 0);
			assertTrue(before.getAsJsonObject("marks").getAsJsonArray("unplugged").isEmpty(), before.get("marks")::toString);
			JsonObject after = scenarioPing(s, scenario, 1);
			assertEquals(List.of("cable:HV01.NIC2-TOR2#1"), strings(after.getAsJsonObject("marks").getAsJsonArray("unplugged")));
			assertTrue(strings(after.getAsJsonArray("edges").get(after.getAsJsonArray("edges").size() - 1).getAsJsonArray())
					.stream().noneMatch(e -> e.equals("cable:HV01.NIC2-TOR2#1")), "the ping no longer travels the pulled cable");
			JsonObject pluggedBack = scenarioPing(s, scenario, 2);
			assertTrue(pluggedBack.getAsJsonObject("marks").getAsJsonArray("unplugged").isEmpty());
		}
	}

	@Test
	public void aFailedScenarioPingMarksThePlaceItsDiagnosisNames() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.root().resolve("routed/routed.hvnet"))) {
			JsonObject noRoute = scenarioPing(s, "why unreachable", 0).getAsJsonObject("marks");
			assertTrue(noRoute.get("diagnosis").getAsString().contains("no route on R1 to 10.0.40.7"), noRoute::toString);
			assertEquals("R1", noRoute.get("place").getAsString(), "the router with no route");

			JsonObject arp = scenarioPing(s, "why unreachable", 2).getAsJsonObject("marks");
			assertTrue(arp.get("diagnosis").getAsString().contains("ARP for 10.0.30.99 on Backup.NIC1 got no answer"), arp::toString);
			assertEquals("Backup.NIC1", arp.get("place").getAsString(), "the adapter whose ARP nobody answered");

			JsonObject answered = scenarioPing(s, "the backup server is two routers away", 0).getAsJsonObject("marks");
			assertNull(answered.get("place"), "an answered ping blames nothing");
		}
	}

	@Test
	public void aPulledServerCableMarksTheSwitchPortTheDiagnosisNames() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.root().resolve("teaming/set-team.hvnet"))) {
			JsonObject marks = scenarioPing(s, "the file server's cable pulled: nothing reaches it, and the diagnosis says why", 0)
					.getAsJsonObject("marks");
			assertTrue(marks.get("diagnosis").getAsString().contains("TOR1 port 2 is unplugged"), marks::toString);
			assertEquals("TOR1#2", marks.get("place").getAsString(), marks::toString);
			assertEquals(List.of("cable:FileServer.NIC1-TOR1#2"), strings(marks.getAsJsonArray("unplugged")));
		}
	}

	@Test
	public void drawsAStepTheSimulationViewSends() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig09"))) {
			JsonObject shown = s.sendAndAwait("{\"kind\":\"hvnetDrawStep\",\"step\":{\"index\":5,\"count\":31,"
					+ "\"element\":\"HV01.NIC1\",\"links\":[[\"HV01.NIC1\",\"PSW1:1\"]],\"flow\":4,\"action\":\"forward\","
					+ "\"summary\":\"forward x\"},\"marks\":{\"unplugged\":[[\"HV01.NIC1\",\"PSW1:1\"]],"
					+ "\"disabled\":[\"HV01.NIC1\"],\"diagnosis\":\"it was dropped at PSW1 (port 1)\","
					+ "\"failedElement\":\"PSW1\",\"failedPort\":\"port 1\"}}", "hvnetShowStep");
			assertStep(shown.getAsJsonObject("step"), 5, "HV01.NIC1", 4);
			assertEquals(List.of("cable:HV01.NIC1-PSW1#1"), strings(shown.getAsJsonArray("edges")));
			JsonObject marks = shown.getAsJsonObject("marks");
			assertEquals(List.of("cable:HV01.NIC1-PSW1#1"), strings(marks.getAsJsonArray("unplugged")));
			assertEquals(List.of("HV01.NIC1"), strings(marks.getAsJsonArray("disabled")));
			assertEquals("PSW1#1", marks.get("place").getAsString());
		}
	}
}
