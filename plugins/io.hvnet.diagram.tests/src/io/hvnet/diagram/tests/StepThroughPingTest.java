package io.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.hvnet.dsl.tests.Examples;

/**
 * Stepping through a ping on the diagram server: after a ping from the context menu, each step command draws the
 * element the frame is on with the seed's flow, the edges it travels (every port of a flood at once) and the
 * switch's MAC table; the Eclipse Simulation view's steps come whole and get their edges found.
 */
public class StepThroughPingTest {

	private static JsonObject step(DiagramSession s, String command, int index) throws InterruptedException {
		JsonObject shown = s.sendAndAwait("{\"kind\":\"hvnetStep\",\"command\":\"" + command + "\",\"index\":" + index
				+ "}", "hvnetShowStep");
		assertTrue(shown.get("controls").getAsBoolean(), "the page's own buttons stay");
		return shown;
	}

	private static List<String> edges(JsonObject shown) {
		List<String> ids = new ArrayList<>();
		shown.getAsJsonArray("edges").forEach(e -> ids.add(e.getAsString()));
		return ids;
	}

	private static void assertStep(JsonObject shown, int index, String element, int flow) {
		JsonObject step = shown.getAsJsonObject("step");
		assertEquals(index, step.get("index").getAsInt(), step::toString);
		assertEquals(element, step.get("element").getAsString(), step::toString);
		assertEquals(flow, step.get("flow").getAsInt(), step::toString);
	}

	@Test
	public void stepsForwardAndBackThroughFig12() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			JsonObject ready = s.sendAndAwait("{\"kind\":\"hvnetPing\",\"from\":\"HV01.VM1\",\"to\":\"FileServer\"}",
					"hvnetShowStep");
			assertEquals(-1, ready.getAsJsonObject("step").get("index").getAsInt(), "nothing drawn before the first step");
			assertEquals(35, ready.getAsJsonObject("step").get("count").getAsInt(), "one step per trace event");

			JsonObject learn = step(s, "goto", 3);
			assertStep(learn, 3, "HV01.TestExternal", 2);
			JsonObject table = learn.getAsJsonObject("step");
			assertEquals("HV01.TestExternal", table.get("macSwitch").getAsString());
			JsonObject row = table.getAsJsonArray("macTable").get(0).getAsJsonObject();
			assertEquals("00:15:5d:00:02:01", row.get("mac").getAsString());
			assertTrue(row.get("learnt").getAsBoolean(), "the address just learnt is marked");
			assertEquals(List.of("virtual:HV01.VM1.Net1"), edges(learn), "learnt on the virtual cable it came by");

			JsonObject flood = step(s, "forward", 0);
			assertStep(flood, 4, "HV01.TestExternal", 3);
			assertTrue(flood.getAsJsonObject("step").get("flooded").getAsBoolean());
			assertEquals(2, edges(flood).size(), "both other ports at once: " + edges(flood));
			assertTrue(edges(flood).stream().anyMatch(e -> e.startsWith("uplink:HV01.TestExternal")), edges(flood)::toString);

			JsonObject wire = step(s, "forward", 0);
			assertStep(wire, 5, "HV01.NIC2", 4);
			assertEquals(List.of("cable:HV01.NIC2-PSW1#2"), edges(wire));
			assertFalse(wire.getAsJsonObject("step").has("macSwitch"), "a NIC has no MAC table");

			assertStep(step(s, "forward", 0), 6, "HV01.vEthernet", 3);
			assertStep(step(s, "back", 0), 5, "HV01.NIC2", 4);

			JsonObject pswitchFlood = step(s, "goto", 9);
			assertStep(pswitchFlood, 9, "PSW1", 6);
			assertEquals(2, edges(pswitchFlood).size(), "to port 1 and port 3: " + edges(pswitchFlood));
			assertTrue(edges(pswitchFlood).stream().allMatch(e -> e.startsWith("cable:")), edges(pswitchFlood)::toString);

			JsonObject reset = step(s, "reset", 0);
			assertEquals(-1, reset.getAsJsonObject("step").get("index").getAsInt());
		}
	}

	@Test
	public void drawsAStepTheSimulationViewSends() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig09"))) {
			JsonObject shown = s.sendAndAwait("{\"kind\":\"hvnetDrawStep\",\"step\":{\"index\":5,\"count\":31,"
					+ "\"element\":\"HV01.NIC1\",\"links\":[[\"HV01.NIC1\",\"PSW1:1\"]],\"flow\":4,\"action\":\"forward\","
					+ "\"summary\":\"forward x\"}}", "hvnetShowStep");
			assertFalse(shown.get("controls").getAsBoolean(), "the view has the buttons");
			assertStep(shown, 5, "HV01.NIC1", 4);
			assertEquals(List.of("cable:HV01.NIC1-PSW1#1"), edges(shown));
		}
	}

	@Test
	public void stepsBeforeAnyPingSayWhatToDo() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig09"))) {
			JsonObject status = s.sendAndAwait("{\"kind\":\"hvnetStep\",\"command\":\"forward\"}", "status",
					DiagramSession.saying("context menu"));
			assertTrue(status.get("message").getAsString().startsWith("ping from"));
		}
	}
}
