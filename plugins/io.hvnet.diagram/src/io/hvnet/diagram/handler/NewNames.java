package io.hvnet.diagram.handler;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.NetworkNode;

/** Names for new elements: the kind's usual prefix and the first number not taken among its siblings. */
final class NewNames {

	static String next(String prefix, Iterable<? extends EObject> siblings) {
		Set<String> taken = new HashSet<>();
		for (EObject e : siblings) {
			if (e instanceof NetworkNode n && n.getName() != null) {
				taken.add(n.getName());
			}
		}
		for (int i = 1;; i++) {
			if (!taken.contains(prefix + i)) {
				return prefix + i;
			}
		}
	}

	private NewNames() {
	}
}
