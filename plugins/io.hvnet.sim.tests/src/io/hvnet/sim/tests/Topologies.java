package io.hvnet.sim.tests;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.tests.Examples;

/** Parses real .hvnet text (an example file or a snippet) and finds endpoints by their qualified names. */
final class Topologies {

	private final HvNetLoader loader;

	Topologies(HvNetLoader loader) {
		this.loader = loader;
	}

	Network example(String prefix) throws Exception {
		return parse(Examples.read(Examples.seed(prefix)));
	}

	Network parse(String text) throws Exception {
		XtextResource resource = loader.load(List.of(new HvNetLoader.Source(URI.createURI("topology.hvnet"), text)))
				.get(0);
		if (!resource.getErrors().isEmpty()) {
			throw new AssertionError("syntax errors: " + resource.getErrors());
		}
		return (Network) resource.getContents().get(0);
	}

	static Endpoint endpoint(Network network, String stackName) {
		for (EObject o : (Iterable<EObject>) network::eAllContents) {
			if (o instanceof Endpoint e && Names.stack(e).equals(stackName)) {
				return e;
			}
		}
		throw new AssertionError("no endpoint " + stackName);
	}

	/** {@code count} echo requests from stack {@code from} to stack {@code to} or to an address, default options. */
	static io.hvnet.sim.PingResult ping(Network network, String from, String to, int count) {
		io.hvnet.sim.Simulator simulator = io.hvnet.sim.Simulator.of(network);
		io.hvnet.sim.SimulationOptions options = io.hvnet.sim.SimulationOptions.defaults();
		return to.matches("[0-9.]+") ? simulator.ping(endpoint(network, from), to, count, options)
				: simulator.ping(endpoint(network, from), endpoint(network, to), count, options);
	}

	static List<String> names(List<io.hvnet.sim.Hop> hops) {
		return hops.stream().map(io.hvnet.sim.Hop::node).toList();
	}

	static List<String> kinds(List<io.hvnet.sim.Hop> hops) {
		return hops.stream().map(h -> h.kind().json()).toList();
	}
}
