package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.HvNetStandaloneSetup;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.headless.LoadedTopology;
import io.hvnet.headless.UsageException;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.reach.Reachability;

/**
 * `reach` answers from an analysis of one pair per kind of endpoint; the simulator is the reference. For every
 * example and every ordered pair of distinct endpoints, the analysis's verdict is a simulated ping's, and a failure's
 * diagnosis starts as the simulator's (the simulator may add where the trace shows the request was dropped).
 */
class ReachAgreesWithSimulationTest {

	private static final HvNetLoader LOADER = new HvNetLoader(
			new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration());

	static Stream<Path> examples() throws IOException {
		return SeedFlowsAgreeTest.examples();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyPairOfEveryExampleIsAnsweredAsTheSimulatorAnswersIt(Path file) throws UsageException {
		LoadedTopology topology = LoadedTopology.load(LOADER, SimulateCommand.filesOf(file));
		// nothing simulated to confirm: every verdict below is the analysis's own (or an uncertain pair's simulation)
		Reachability reach = Reachability.of(topology.networks(), SimulationOptions.defaults()).confirmingAtMost(0);
		Simulator simulator = Simulator.of(topology.networks());
		List<Endpoint> endpoints = reach.endpoints();
		assertTrue(endpoints.size() >= 2, file + " has fewer than two endpoints");
		List<String> wrong = new ArrayList<>();
		int pairs = 0;
		for (Endpoint from : endpoints) {
			for (Endpoint to : endpoints) {
				if (from == to) {
					continue;
				}
				pairs++;
				PingResult simulated = simulator.ping(from, to, 1, SimulationOptions.defaults());
				Reachability.Answer analysed = reach.answer(from, to);
				String pair = Reachability.name(from) + " -> " + Reachability.name(to);
				if (analysed.reachable() != simulated.reachable()) {
					wrong.add(pair + ": analysis " + analysed.reachable() + " (" + analysed.reason() + "), simulator "
							+ simulated.reachable() + " (" + simulated.reason() + ")");
				} else if (!simulated.reachable() && !analysed.simulated()
						&& analysed.from() == from && analysed.to() == to
						&& !simulated.reason().startsWith(firstClause(analysed.reason()))) {
					wrong.add(pair + ": analysis says '" + analysed.reason() + "', simulator '" + simulated.reason()
							+ "'");
				}
			}
		}
		assertEquals(List.of(), wrong, file + ": " + wrong.size() + " of " + pairs + " pairs");
		assertEquals(List.of(), reach.disagreements());
	}

	/** A diagnosis up to its layer-2 detail, which only a simulated trace can give. */
	private static String firstClause(String reason) {
		int detail = reason.indexOf("; ");
		return detail < 0 ? reason : reason.substring(0, detail);
	}
}
