package io.hvnet.diagram.handler;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Server;

/** What a new element was dropped onto: the host or server holding the drop target, or a refusal saying why not. */
final class DropTarget {

	private DropTarget() {
	}

	static Host host(EditContext c, String containerId) {
		EObject owner = hostOrServer(c, containerId, "virtual switches and VMs go into a Hyper-V host");
		if (owner instanceof Host host) {
			return host;
		}
		throw new EditRefused("virtual switches and VMs go into a Hyper-V host");
	}

	/** The host or server the user dropped onto (or onto something inside it). */
	static EObject hostOrServer(EditContext c, String containerId, String why) {
		EObject target = containerId == null ? null : c.elements().owner(containerId);
		while (target != null && !(target instanceof Host) && !(target instanceof Server)) {
			target = target.eContainer();
		}
		if (target == null) {
			throw new EditRefused(why + ": drop it onto one");
		}
		return target;
	}
}
