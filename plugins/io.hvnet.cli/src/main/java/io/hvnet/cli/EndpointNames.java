package io.hvnet.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.headless.UsageException;

/**
 * Resolves the FROM and TO arguments of {@code simulate}: an endpoint's qualified name as written in the file
 * ({@code HV01.parent}, {@code HV01.VM1}, {@code FileServer}), or a VM's own name when it is unique.
 */
final class EndpointNames {

	private final Map<String, Endpoint> byName = new LinkedHashMap<>();
	private final Map<String, List<Endpoint>> bySimpleName = new LinkedHashMap<>();

	EndpointNames(List<Network> networks, IQualifiedNameProvider names) {
		for (Network network : networks) {
			for (EObject o : (Iterable<EObject>) network::eAllContents) {
				if (o instanceof Endpoint endpoint) {
					QualifiedName qn = names.getFullyQualifiedName(o);
					if (qn == null) {
						continue;
					}
					String name = endpoint instanceof Host ? qn.append("parent").toString() : qn.toString();
					byName.putIfAbsent(name, endpoint);
					bySimpleName.computeIfAbsent(qn.getLastSegment(), k -> new ArrayList<>()).add(endpoint);
				}
			}
		}
	}

	Endpoint resolve(String text) throws UsageException {
		Endpoint exact = byName.get(text);
		if (exact != null) {
			return exact;
		}
		List<Endpoint> simple = bySimpleName.getOrDefault(text, List.of());
		if (simple.size() == 1 && !(simple.get(0) instanceof Host)) {
			return simple.get(0);
		}
		if (simple.size() > 1) {
			throw new UsageException("endpoint name '" + text + "' is ambiguous; use a qualified name (endpoints: "
					+ String.join(", ", byName.keySet()) + ")");
		}
		throw new UsageException("no endpoint named '" + text + "' (endpoints: " + String.join(", ", byName.keySet())
				+ ")");
	}

	static boolean isAddress(String text) {
		return text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
	}
}
