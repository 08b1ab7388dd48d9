package io.hvnet.sim.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.tests.Examples;
import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.tests.HvNetInjectorProvider;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.build.Names;

/**
 * A simulator compiles a network once and resets it between pings: every ping must still behave exactly as on a
 * freshly compiled network (same paths, same trace, same MAC tables), whatever ran before it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class ReusedNetworkTest {

	@Inject
	private HvNetLoader loader;

	static Stream<String> examples() {
		return Stream.of("seed/fig09-single-nic.hvnet", "seed/fig10-two-nics.hvnet",
				"seed/fig11-route-not-learnt.hvnet", "seed/fig12-vm-to-server.hvnet",
				"seed/fig13-vm-to-parent-via-wire.hvnet", "seed/fig14-vm-to-parent-in-switch.hvnet", "lab/lab.hvnet");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyPingOnAReusedNetworkEqualsOneOnAFreshNetwork(String example) throws Exception {
		Network network = new Topologies(loader).parse(Examples.read(Examples.root().resolve(example)));
		List<Endpoint> endpoints = new ArrayList<>();
		for (EObject o : (Iterable<EObject>) network::eAllContents) {
			if (o instanceof Endpoint e) {
				endpoints.add(e);
			}
		}
		// cold routes and a short MAC aging recompile; the same options again reuse the compiled network
		List<SimulationOptions> options = List.of(SimulationOptions.defaults(), SimulationOptions.defaults(),
				SimulationOptions.defaults().withColdRoutes(true), SimulationOptions.defaults().withMacAgingSeconds(1.5));
		Simulator reused = Simulator.of(network);
		int pings = 0;
		int answered = 0;
		for (Endpoint from : endpoints) {
			for (Endpoint to : endpoints) {
				SimulationOptions o = options.get(pings++ % options.size());
				int count = 1 + pings % 3;
				PingResult fresh = Simulator.of(network).ping(from, to, count, o);
				PingResult again = reused.ping(from, to, count, o);
				if (!fresh.equals(again)) {
					fail("ping " + Names.stack(from) + " -> " + Names.stack(to) + " with " + o + " on a reused network: "
							+ firstDifference(fresh, again));
				}
				answered += fresh.received();
			}
		}
		assertTrue(answered > 0, "some pings of " + example + " are answered");
	}

	private static String firstDifference(PingResult fresh, PingResult reused) {
		int n = Math.min(fresh.events().size(), reused.events().size());
		for (int i = 0; i < n; i++) {
			if (!fresh.events().get(i).equals(reused.events().get(i))) {
				return "event " + (i + 1) + " is " + reused.events().get(i) + ", on a fresh network "
						+ fresh.events().get(i);
			}
		}
		if (fresh.events().size() != reused.events().size()) {
			return reused.events().size() + " events instead of " + fresh.events().size();
		}
		return "the paths or MAC tables differ: " + reused.pings() + " " + reused.macTables() + " instead of "
				+ fresh.pings() + " " + fresh.macTables();
	}
}
