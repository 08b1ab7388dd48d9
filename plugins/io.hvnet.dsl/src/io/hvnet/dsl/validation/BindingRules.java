package io.hvnet.dsl.validation;

import java.util.List;

import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Topology;

/** Protocol bindings: what an external switch does to the NIC it takes (seed figs. 3, 7, 8). */
public class BindingRules extends AbstractRules {

	@Check
	public void bindingsAreConsistent(PhysicalNic nic) {
		List<String> written = nic.getBindings();
		VirtualSwitch taker = Topology.externalSwitchOf(nic);
		if (written.contains(Bindings.VMS) && written.contains(Bindings.IPV4)) {
			error(KindWords.named(nic) + " has both 'vms' and 'ipv4' bound: a NIC either serves a virtual switch or"
					+ " carries the host's IP, not both", nic, HvnetPackage.Literals.ADAPTER__BINDINGS,
					IssueCodes.VMS_WITH_IPV4, nic.getName());
		} else if (taker != null && !written.isEmpty() && !written.equals(List.of(Bindings.VMS))) {
			error(KindWords.named(nic) + " is taken by " + KindWords.named(taker)
					+ ", so only 'vms' stays bound (written: " + String.join(", ", written) + ")", nic,
					HvnetPackage.Literals.ADAPTER__BINDINGS, IssueCodes.TAKEN_NIC_BINDINGS, nic.getName());
		} else if (taker == null && written.contains(Bindings.VMS) && nic.eContainer() instanceof Host) {
			warning(KindWords.named(nic) + " has 'vms' bound but no external switch takes it", nic,
					HvnetPackage.Literals.ADAPTER__BINDINGS, IssueCodes.VMS_WITHOUT_SWITCH, nic.getName());
		}
		for (int i = 0; i < written.size(); i++) {
			if (!Bindings.KNOWN.contains(written.get(i))) {
				warning("unknown binding '" + written.get(i) + "' (known: " + String.join(", ", Bindings.KNOWN) + ")",
						nic, HvnetPackage.Literals.ADAPTER__BINDINGS, i, IssueCodes.UNKNOWN_BINDING);
			}
		}
		if (taker != null && nic.getAddress() != null) {
			error(KindWords.named(nic) + " is taken by " + KindWords.named(taker)
					+ ": its address belongs on a host vNIC of the switch", nic,
					HvnetPackage.Literals.ADAPTER__ADDRESS, IssueCodes.TAKEN_NIC_BINDINGS, nic.getName());
		}
	}

	@Check
	public void onlyNicTaken(Host host) {
		if (host.getNics().size() == 1 && Topology.externalSwitchOf(host.getNics().get(0)) != null) {
			PhysicalNic only = host.getNics().get(0);
			warning(KindWords.named(host) + " has a single " + KindWords.of(only) + " and "
					+ KindWords.named(Topology.externalSwitchOf(only))
					+ " takes it: all of the management OS's traffic goes through the virtual switch"
					+ " (at least two NICs are recommended: one for the host, one for the VMs)", only,
					HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.ONLY_NIC_TAKEN);
		}
	}
}
