package io.hvnet.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.model.KindWords;

/**
 * Names are unique where they would be ambiguous: among top-level elements, and among everything a host names
 * (NICs, switches, host vNICs and VMs all live in the host's namespace: HV01.X), a VM's adapters, a server's NICs.
 */
public class NameRules extends AbstractRules {

	@Check
	public void uniqueTopLevel(Network network) {
		unique(network.getElements());
	}

	@Check
	public void uniqueInHost(Host host) {
		java.util.List<EObject> named = new java.util.ArrayList<>();
		named.addAll(host.getNics());
		named.addAll(host.getSwitches());
		named.addAll(host.getVms());
		if (host.getParent() != null) {
			named.addAll(host.getParent().getVnics());
		}
		unique(named);
	}

	@Check
	public void uniqueInVm(VirtualMachine vm) {
		unique(vm.getAdapters());
	}

	@Check
	public void uniqueInServer(Server server) {
		unique(server.getNics());
	}

	private void unique(Iterable<? extends EObject> elements) {
		Map<String, EObject> seen = new HashMap<>();
		for (EObject e : elements) {
			if (e instanceof NetworkNode node && node.getName() != null) {
				EObject first = seen.putIfAbsent(node.getName(), e);
				if (first != null) {
					error("the name " + node.getName() + " is already used by "
							+ KindWords.withArticle(KindWords.of(first)) + " here", e,
							HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.DUPLICATE_NAME);
				}
			}
		}
	}
}
