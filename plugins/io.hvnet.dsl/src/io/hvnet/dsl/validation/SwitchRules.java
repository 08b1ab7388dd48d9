package io.hvnet.dsl.validation;

import java.util.List;

import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Topology;

/** Virtual switches: external / internal / private, their NIC, their host vNICs and their VM ports. */
public class SwitchRules extends AbstractRules {

	@Check
	public void switchAndItsNic(VirtualSwitch vswitch) {
		Host host = Topology.hostOf(vswitch);
		if (vswitch.getType() == SwitchType.EXTERNAL) {
			if (vswitch.getUplink() == null) {
				error("external switch " + vswitch.getName() + " takes no physical NIC: write 'on <NIC>'", vswitch,
						HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.EXTERNAL_WITHOUT_NIC);
				return;
			}
			if (vswitch.getUplink().eIsProxy()) {
				return;
			}
			if (Topology.hostOf(vswitch.getUplink()) != host) {
				error("external switch " + vswitch.getName() + " takes NIC " + vswitch.getUplink().getName()
						+ " of another machine; it can only take a NIC of host " + host.getName(), vswitch,
						HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINK, IssueCodes.UPLINK_OF_OTHER_HOST);
			}
			for (VirtualSwitch other : host.getSwitches()) {
				if (other != vswitch && other.getType() == SwitchType.EXTERNAL && other.getUplink() == vswitch.getUplink()
						&& host.getSwitches().indexOf(other) < host.getSwitches().indexOf(vswitch)) {
					error("NIC " + vswitch.getUplink().getName() + " is already taken by external switch "
							+ other.getName() + "; a physical NIC serves one external switch", vswitch,
							HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINK, IssueCodes.NIC_TAKEN_TWICE);
				}
			}
			if (Topology.hostVnicsOf(vswitch).isEmpty()) {
				warning("external switch " + vswitch.getName()
						+ " has no host vNIC: the management OS does not share this network (add 'vnic … switch "
						+ vswitch.getName() + "' to the parent partition if it should)", vswitch,
						HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.EXTERNAL_WITHOUT_HOST_VNIC,
						vswitch.getName());
			}
		} else {
			if (vswitch.getUplink() != null) {
				error(vswitch.getType().getLiteral() + " switch " + vswitch.getName()
						+ " cannot take a physical NIC; only an external switch does", vswitch,
						HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINK, IssueCodes.NIC_ON_NON_EXTERNAL_SWITCH);
			}
			if (vswitch.getType() == SwitchType.INTERNAL && Topology.hostVnicsOf(vswitch).isEmpty()) {
				warning("internal switch " + vswitch.getName()
						+ " has no host vNIC, so it joins VMs only, like a private switch", vswitch,
						HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.INTERNAL_WITHOUT_HOST_VNIC,
						vswitch.getName());
			}
			if (vswitch.getType() == SwitchType.PRIVATE) {
				long ports = adaptersOn(host, vswitch).size();
				if (ports < 2) {
					warning("private switch " + vswitch.getName() + " has " + ports
							+ " VM adapter(s): it takes two to exchange anything", vswitch,
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
			error("host vNIC " + vnic.getName() + " is on private switch " + s.getName()
					+ ": a private switch joins VMs only", vnic, HvnetPackage.Literals.HOST_VNIC__SWITCH,
					IssueCodes.HOST_VNIC_ON_PRIVATE);
		}
		if (Topology.hostOf(s) != Topology.hostOf(vnic)) {
			error("host vNIC " + vnic.getName() + " is plugged into switch " + s.getName() + " of another host",
					vnic, HvnetPackage.Literals.HOST_VNIC__SWITCH, IssueCodes.SWITCH_OF_OTHER_HOST);
		}
	}

	@Check
	public void vmAdapter(VmAdapter adapter) {
		VirtualSwitch s = adapter.getSwitch();
		if (s == null) {
			warning("VM adapter " + adapter.getName() + " is connected to no switch", adapter,
					HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.ADAPTER_NOT_CONNECTED);
		} else if (!s.eIsProxy() && Topology.hostOf(s) != Topology.hostOf(adapter)) {
			error("VM adapter " + adapter.getName() + " is connected to switch " + s.getName() + " of another host",
					adapter, HvnetPackage.Literals.VM_ADAPTER__SWITCH, IssueCodes.SWITCH_OF_OTHER_HOST);
		}
	}

	private static List<VmAdapter> adaptersOn(Host host, VirtualSwitch s) {
		return host.getVms().stream().map(VirtualMachine::getAdapters).flatMap(List::stream)
				.filter(a -> a.getSwitch() == s).toList();
	}
}
