package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HvnetPackage.Literals;
import io.hvnet.dsl.hvnet.PhysicalNic;

/**
 * HVN046: a trunk or private VLAN on a physical NIC, whose VLAN is the one its driver tags with. The VLAN the NIC's
 * own traffic already travels in (the native or primary VLAN) becomes that VLAN ID.
 */
final class VlanModeOnNicFix implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		if (!(element instanceof PhysicalNic nic) || !nic.isTrunk() && nic.getPrivateVlan() == null) {
			return List.of();
		}
		String keep = nic.getVlan() == 0 ? "no VLAN" : "'vlan " + nic.getVlan() + "'";
		return List.of(new ModelFix("Give the NIC one VLAN: " + keep, e -> {
			Adapter a = (Adapter) e;
			a.eUnset(Literals.ADAPTER__TRUNK);
			a.eUnset(Literals.ADAPTER__TRUNK_VLANS);
			a.eUnset(Literals.ADAPTER__PRIVATE_VLAN);
			a.eUnset(Literals.ADAPTER__SECONDARY_VLANS);
			if (a.getVlan() == 0) {
				a.eUnset(Literals.ADAPTER__VLAN);
			}
		}));
	}
}
