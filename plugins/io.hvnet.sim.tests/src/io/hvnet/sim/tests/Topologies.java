package io.hvnet.sim.tests;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.util.ParseHelper;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.tests.Examples;

/** Parses real .hvnet text (an example file or a snippet) and finds endpoints by their qualified names. */
final class Topologies {

	private final ParseHelper<Network> parser;

	Topologies(ParseHelper<Network> parser) {
		this.parser = parser;
	}

	Network example(String prefix) throws Exception {
		return parse(Examples.read(Examples.seed(prefix)));
	}

	Network parse(String text) throws Exception {
		Network network = parser.parse(text);
		if (!network.eResource().getErrors().isEmpty()) {
			throw new AssertionError("syntax errors: " + network.eResource().getErrors());
		}
		EcoreUtil.resolveAll(network);
		return network;
	}

	static Endpoint endpoint(Network network, String stackName) {
		for (EObject o : (Iterable<EObject>) network::eAllContents) {
			if (o instanceof Endpoint e && Names.stack(e).equals(stackName)) {
				return e;
			}
		}
		throw new AssertionError("no endpoint " + stackName);
	}

	static List<String> names(List<io.hvnet.sim.Hop> hops) {
		return hops.stream().map(io.hvnet.sim.Hop::node).toList();
	}

	static List<String> kinds(List<io.hvnet.sim.Hop> hops) {
		return hops.stream().map(h -> h.kind().json()).toList();
	}
}
