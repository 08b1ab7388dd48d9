package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hvnet.dsl.HvNetStandaloneSetup;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.hvnet.Scenario;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Scenarios;
import io.hvnet.sim.Hop;
import io.hvnet.sim.PingRecord;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.ScenarioRunner;
import io.hvnet.sim.SeedFlow;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.TraceEvent;

/**
 * The seed's flow numbers cross bundles: the simulator gives each hop and trace event one, and the CLI only prints
 * it. For every ping of every example, the path columns of `simulate` and the flows of its JSON events are the
 * simulator's, number for number (the CLI once worked out its own and disagreed).
 */
class SeedFlowsAgreeTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	/** A row of a path in the text report: number, flow (may be empty), node, kind. */
	private static final Pattern PATH_ROW = Pattern.compile("^ {4}[ \\d]\\d  (.{5}) (\\S+) +\\S+$");

	static Stream<Path> examples() throws IOException {
		return Files.walk(CliRun.examples()).filter(p -> p.toString().endsWith(".hvnet")).sorted();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void theCliPrintsTheSimulatorsFlows(Path file) throws IOException {
		ResourceSet resources = new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		Network network = (Network) resources.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true)
				.getContents().get(0);
		Simulator simulator = Simulator.of(network);
		List<Scenario> scenarios = network.getElements().stream().filter(Scenario.class::isInstance)
				.map(Scenario.class::cast).toList();
		assertFalse(scenarios.stream().allMatch(s -> Scenarios.pings(s).isEmpty()), file + " has no scenario ping");
		// a ping after failure or time steps runs on what they left; `simulate` starts on a fresh network
		for (Ping ping : scenarios.stream().filter(s -> !Scenarios.isTimeline(s))
				.flatMap(s -> Scenarios.pings(s).stream()).toList()) {
			PingResult result = new ScenarioRunner().simulate(simulator, ping);
			String[] args = arguments(file, ping);
			String where = file.getFileName() + ": " + String.join(" ", args);

			List<String> expectedPaths = new ArrayList<>();
			for (PingRecord p : result.pings()) {
				Stream.of(p.request(), p.reply()).filter(path -> !path.isEmpty())
						.forEach(path -> expectedPaths.add(flows(path)));
			}
			assertEquals(expectedPaths, pathColumns(CliRun.of(args).out()), where);

			JsonNode events = JSON.readTree(CliRun.of(withJson(args)).out()).get("events");
			assertEquals(result.events().size(), events.size(), where);
			for (int i = 0; i < events.size(); i++) {
				TraceEvent e = result.events().get(i);
				SeedFlow flow = e.flow();
				String expected = flow == null ? "null" : Integer.toString(flow.number());
				assertEquals(expected, events.get(i).get("flow").asText(), where + ", event " + e.step() + " at " + e.node());
			}
		}
	}

	private static String[] arguments(Path file, Ping ping) {
		List<String> args = new ArrayList<>(List.of("simulate", file.toString(), "--ping", Names.stack(ping.getFrom()),
				ping.getTo() != null ? Names.stack(ping.getTo()) : ping.getToAddress(), "--count",
				Integer.toString(Math.max(1, ping.getCount()))));
		if (ping.isColdRoutes()) {
			args.add("--cold-routes");
		}
		return args.toArray(String[]::new);
	}

	private static String[] withJson(String[] args) {
		String[] json = Arrays.copyOf(args, args.length + 2);
		json[args.length] = "--format";
		json[args.length + 1] = "json";
		return json;
	}

	/** A path's flows as "node=flow" pairs, in order. */
	private static String flows(List<Hop> path) {
		StringBuilder text = new StringBuilder();
		for (Hop hop : path) {
			text.append(hop.node()).append('=').append(hop.flow() == null ? "" : hop.flow().number()).append(' ');
		}
		return text.toString();
	}

	/** Every path table of a text report, in the same form. */
	private static List<String> pathColumns(String report) {
		List<String> paths = new ArrayList<>();
		StringBuilder current = null;
		for (String line : report.split("\n")) {
			Matcher row = PATH_ROW.matcher(line);
			if (row.matches()) {
				if (current == null) {
					current = new StringBuilder();
				}
				current.append(row.group(2)).append('=').append(row.group(1).strip()).append(' ');
			} else if (current != null) {
				paths.add(current.toString());
				current = null;
			}
		}
		return paths;
	}
}
