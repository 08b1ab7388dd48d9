package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.PortMode;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.VlanIdRange;
import io.hvnet.dsl.model.Cabling;
import io.hvnet.dsl.model.PhysicalPorts;
import io.hvnet.dsl.model.Vlans;

/**
 * HVN056 and HVN057: a trunk that lists its VLANs but not the one an adapter or a NIC sends. The obvious fix adds that
 * VLAN to the list of the line that gives the port its mode (which may name more ports than this one). An access
 * port, a trunk that allows every VLAN, or a native VLAN coming back untagged have no one obvious fix.
 */
final class AllowVlanOnTrunkFix implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		PortEnd port = port(element);
		int vlan = vlanOf(element);
		if (port == null || vlan <= 0) {
			return List.of();
		}
		PortMode mode = PhysicalPorts.modeOf(port.getSwitch(), port.getPort());
		if (mode == null || !mode.isTrunk() || mode.getAllowed().isEmpty()
				|| PhysicalPorts.arriving(Vlans.of(mode), vlan) >= 0) {
			return List.of();
		}
		return List.of(new ModelFix("Allow VLAN " + vlan + " on " + Cabling.label(port) + "'s trunk", e -> {
			PortEnd inCopy = port(e);
			PortMode toChange = PhysicalPorts.modeOf(inCopy.getSwitch(), inCopy.getPort());
			VlanIdRange id = HvnetFactory.eINSTANCE.createVlanIdRange();
			id.setFirst(vlan);
			toChange.getAllowed().add(id);
		}));
	}

	/** The first managed port the diagnosed adapter or NIC sends into whose trunk does not allow its VLAN. */
	private static PortEnd port(EObject element) {
		if (element instanceof SwitchPort adapter) {
			int vlan = Vlans.of(adapter).untaggedVlan();
			return Cabling.portsLeftThrough(adapter).stream().filter(p -> p.getSwitch().isManaged())
					.filter(p -> !PhysicalPorts.talksThrough(Cabling.vlansAt(p), vlan)).findFirst().orElse(null);
		}
		if (element instanceof Cable cable) {
			for (CableEnd end : new CableEnd[] { cable.getFrom(), cable.getTo() }) {
				if (end instanceof PortEnd p && p.getSwitch() != null && p.getSwitch().isManaged()) {
					return p;
				}
			}
		}
		return null;
	}

	private static int vlanOf(EObject element) {
		if (element instanceof SwitchPort adapter) {
			return Vlans.of(adapter).untaggedVlan();
		}
		if (element instanceof Cable cable) {
			for (CableEnd end : new CableEnd[] { cable.getFrom(), cable.getTo() }) {
				if (end instanceof NicEnd n && n.getNic() != null) {
					return Vlans.of(n.getNic()).untaggedVlan();
				}
			}
		}
		return 0;
	}
}
