package io.hvnet.dsl.validation;

import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Topology;

/** Virtual switches: external / internal / private, their NIC, their host vNICs and their VM ports. */
public class SwitchRules extends AbstractRules {

	@Check
	public void switchAndItsNic(VirtualSwitch vswitch) {
		Host host = Topology.hostOf(vswitch);
		if (vswitch.getType() == SwitchType.EXTERNAL) {
			if (vswitch.getUplink() == null) {
				error(KindWords.named(vswitch) + " takes no " + KindWords.of(HvnetPackage.Literals.PHYSICAL_NIC)
						+ ": write 'on <NIC>'", vswitch,
						HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.EXTERNAL_WITHOUT_NIC);
				return;
			}
			if (vswitch.getUplink().eIsProxy()) {
				return;
			}
			if (Topology.hostOf(vswitch.getUplink()) != host) {
				error(KindWords.named(vswitch) + " takes " + KindWords.named(vswitch.getUplink())
						+ " of another machine; it can only take a NIC of " + KindWords.named(host), vswitch,
						HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINK, IssueCodes.UPLINK_OF_OTHER_HOST);
			}
			for (VirtualSwitch other : host.getSwitches()) {
				if (other != vswitch && other.getType() == SwitchType.EXTERNAL && other.getUplink() == vswitch.getUplink()
						&& host.getSwitches().indexOf(other) < host.getSwitches().indexOf(vswitch)) {
					error(KindWords.named(vswitch.getUplink()) + " is already taken by " + KindWords.named(other)
							+ "; a physical NIC serves one external switch", vswitch,
							HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINK, IssueCodes.NIC_TAKEN_TWICE);
				}
			}
			if (Topology.hostVnicsOf(vswitch).isEmpty()) {
				warning(KindWords.named(vswitch)
						+ " has no host vNIC: the management OS does not share this network (add 'vnic … switch "
						+ vswitch.getName() + "' to the parent partition if it should)", vswitch,
						HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.EXTERNAL_WITHOUT_HOST_VNIC,
						vswitch.getName());
			}
		} else {
			if (vswitch.getUplink() != null) {
				error(KindWords.named(vswitch)
						+ " cannot take a physical NIC; only an external switch does", vswitch,
						HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINK, IssueCodes.NIC_ON_NON_EXTERNAL_SWITCH);
			}
			if (vswitch.getType() == SwitchType.INTERNAL && Topology.hostVnicsOf(vswitch).isEmpty()) {
				warning(KindWords.named(vswitch)
						+ " has no host vNIC, so it joins VMs only, like a private switch", vswitch,
						HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.INTERNAL_WITHOUT_HOST_VNIC,
						vswitch.getName());
			}
			if (vswitch.getType() == SwitchType.PRIVATE) {
				// host vNICs do not count: on a private switch they are HVN013's error
				long ports = Topology.adaptersOn(vswitch).stream().filter(VmAdapter.class::isInstance).count();
				if (ports < 2) {
					warning(KindWords.named(vswitch) + " has " + ports + " "
							+ KindWords.of(HvnetPackage.Literals.VM_ADAPTER) + "(s): it takes two to exchange anything",
							vswitch,
							HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.PRIVATE_TOO_FEW_PORTS);
				}
			}
		}
	}

	@Check
	public void hostVnic(HostVnic vnic) {
		VirtualSwitch s = vnic.getSwitch();
		if (s == null || s.eIsProxy()) {
			return;
		}
		if (s.getType() == SwitchType.PRIVATE) {
			error(KindWords.named(vnic) + " is on " + KindWords.named(s)
					+ ": a private switch joins VMs only", vnic, HvnetPackage.Literals.SWITCH_PORT__SWITCH,
					IssueCodes.HOST_VNIC_ON_PRIVATE);
		}
		if (Topology.hostOf(s) != Topology.hostOf(vnic)) {
			error(KindWords.named(vnic) + " is plugged into switch " + s.getName() + " of another host",
					vnic, HvnetPackage.Literals.SWITCH_PORT__SWITCH, IssueCodes.SWITCH_OF_OTHER_HOST);
		}
	}

	@Check
	public void vmAdapter(VmAdapter adapter) {
		VirtualSwitch s = adapter.getSwitch();
		if (s == null) {
			warning(KindWords.named(adapter) + " is connected to no switch", adapter,
					HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.ADAPTER_NOT_CONNECTED);
		} else if (!s.eIsProxy() && Topology.hostOf(s) != Topology.hostOf(adapter)) {
			error(KindWords.named(adapter) + " is connected to switch " + s.getName() + " of another host",
					adapter, HvnetPackage.Literals.SWITCH_PORT__SWITCH, IssueCodes.SWITCH_OF_OTHER_HOST);
		}
	}
}
