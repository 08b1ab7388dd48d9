package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.model.edit.ExternalUplink;

/** HVN006: a NIC an external switch took still has other bindings or an IP; finish the taking. */
final class TakenNicFix implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		if (!(element instanceof PhysicalNic nic) || Topology.externalSwitchOf(nic) == null) {
			return List.of();
		}
		String label = nic.getAddress() == null
				? "Rebind " + nic.getName() + " to 'vms' only (the external switch took it)"
				: "Move the IP of " + nic.getName() + " to the host vNIC of " + Topology.externalSwitchOf(nic).getName()
						+ " and rebind the NIC to 'vms' only";
		return List.of(new ModelFix(label, e -> {
			PhysicalNic taken = (PhysicalNic) e;
			VirtualSwitch taker = Topology.externalSwitchOf(taken);
			ExternalUplink.take(taker, taken);
		}));
	}
}
