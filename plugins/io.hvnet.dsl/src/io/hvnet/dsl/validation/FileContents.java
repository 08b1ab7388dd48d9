package io.hvnet.dsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.Route;

/**
 * Every element of one file in model order, walked once per validation run for the rule groups that look at the
 * whole file: walking a 56k-line file's tree cost each of them more than its own work did (issue #18).
 */
final class FileContents {

	private final List<EObject> all;
	private final List<Adapter> adapters;
	private final boolean routes;

	private FileContents(Network network) {
		List<EObject> everything = new ArrayList<>();
		List<Adapter> adapterList = new ArrayList<>();
		boolean anyRoute = false;
		for (EObject o : (Iterable<EObject>) network::eAllContents) {
			everything.add(o);
			if (o instanceof Adapter a) {
				adapterList.add(a);
			} else if (o instanceof Route) {
				anyRoute = true;
			}
		}
		this.all = Collections.unmodifiableList(everything);
		this.adapters = Collections.unmodifiableList(adapterList);
		this.routes = anyRoute;
	}

	/**
	 * The contents of {@code network}, shared through {@code context} (the validation run's, where the model does not
	 * change); computed afresh when there is none.
	 */
	static FileContents of(Network network, Map<Object, Object> context) {
		if (context == null) {
			return new FileContents(network);
		}
		return (FileContents) context.computeIfAbsent(new Key(network), k -> new FileContents(network));
	}

	/** Every element under the network, in the order of {@code eAllContents}. */
	List<EObject> all() {
		return all;
	}

	/** Every adapter under the network, in the order of {@code eAllContents}. */
	List<Adapter> adapters() {
		return adapters;
	}

	/** Whether the file writes any static route: without one no stack has a static entry. */
	boolean hasRoutes() {
		return routes;
	}

	private record Key(Network network) {
	}
}
