package io.hvnet.dsl.validation;

import java.util.List;

import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.Topology;

/** Virtual switches: external / internal / private, their NIC, their host vNICs and their VM ports. */
public class SwitchRules extends AbstractRules {

	@Check
	public void switchAndItsNic(VirtualSwitch vswitch) {
		Host host = Topology.hostOf(vswitch);
		if (vswitch.getType() == SwitchType.EXTERNAL) {
			if (Teams.members(vswitch).isEmpty()) {
				error(KindWords.named(vswitch) + " takes no " + KindWords.of(HvnetPackage.Literals.PHYSICAL_NIC)
						+ ": write 'on <NIC>'", vswitch,
						HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.EXTERNAL_WITHOUT_NIC);
				return;
			}
			if (Teams.members(vswitch).stream().anyMatch(PhysicalNic::eIsProxy)) {
				return; // HVN901 says what is missing
			}
			members(vswitch, host);
			if (Topology.hostVnicsOf(vswitch).isEmpty()) {
				warning(KindWords.named(vswitch)
						+ " has no host vNIC: the management OS does not share this network (add 'vnic … switch "
						+ vswitch.getName() + "' to the parent partition if it should)", vswitch,
						HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.EXTERNAL_WITHOUT_HOST_VNIC,
						vswitch.getName());
			}
		} else {
			if (!Teams.members(vswitch).isEmpty()) {
				error(KindWords.named(vswitch)
						+ " cannot take a physical NIC; only an external switch does", vswitch,
						HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINKS, IssueCodes.NIC_ON_NON_EXTERNAL_SWITCH);
			}
			if (vswitch.getLoadBalancing() != null) {
				error(KindWords.named(vswitch) + " has no NICs to team: 'teaming " + vswitch.getLoadBalancing()
						+ "' applies to an external switch (New-VMSwitch -EnableEmbeddedTeaming)", vswitch,
						HvnetPackage.Literals.VIRTUAL_SWITCH__LOAD_BALANCING, IssueCodes.TEAMING_WITHOUT_TEAM);
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

	/**
	 * The NICs of an external switch: each of its own host, each taken once, at most eight, all identical (Microsoft,
	 * "Remote Direct Memory Access (RDMA) and Switch Embedded Teaming (SET)": one to eight identical NICs, installed
	 * in the same host).
	 */
	private void members(VirtualSwitch vswitch, Host host) {
		List<PhysicalNic> members = Teams.members(vswitch);
		if (members.size() > Teams.MAX_MEMBERS) {
			error(KindWords.named(vswitch) + " teams " + members.size() + " NICs; a SET team has 1 to "
					+ Teams.MAX_MEMBERS, vswitch, HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINKS, Teams.MAX_MEMBERS,
					IssueCodes.TEAM_TOO_LARGE);
		}
		PhysicalNic first = null;
		for (int i = 0; i < members.size(); i++) {
			PhysicalNic nic = members.get(i);
			if (members.indexOf(nic) < i) {
				error(KindWords.named(nic) + " is named twice in " + KindWords.named(vswitch)
						+ "'s NICs; a team takes each NIC once", vswitch, HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINKS,
						i, IssueCodes.NIC_TWICE_IN_TEAM);
				continue;
			}
			if (Topology.hostOf(nic) != host) {
				error(KindWords.named(vswitch) + " takes " + KindWords.named(nic)
						+ " of another machine; it can only take a NIC of " + KindWords.named(host), vswitch,
						HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINKS, i, IssueCodes.UPLINK_OF_OTHER_HOST);
			}
			for (VirtualSwitch other : host.getSwitches()) {
				if (other != vswitch && other.getType() == SwitchType.EXTERNAL && Teams.members(other).contains(nic)
						&& host.getSwitches().indexOf(other) < host.getSwitches().indexOf(vswitch)) {
					error(KindWords.named(nic) + " is already taken by " + KindWords.named(other)
							+ "; a physical NIC serves one external switch", vswitch,
							HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINKS, i, IssueCodes.NIC_TAKEN_TWICE);
				}
			}
			if (first == null) {
				first = nic;
			} else if (Teams.difference(first, nic) != null) {
				error(KindWords.named(nic) + " is not identical to " + first.getName() + " ("
						+ Teams.difference(first, nic) + "): the NICs of a SET team are the same model at the same speed",
						vswitch, HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINKS, i, IssueCodes.TEAM_NOT_IDENTICAL);
			}
		}
	}

	/** Set-VMNetworkAdapterTeamMapping: a port of a SET switch mapped to one of the team's members. */
	@Check
	public void teamMapping(Adapter adapter) {
		PhysicalNic mapped = adapter.getTeamMember();
		if (mapped == null || mapped.eIsProxy()) {
			return;
		}
		VirtualSwitch s = Topology.switchOf(adapter);
		if (s == null || s.eIsProxy() || !Teams.isTeam(s)) {
			error(KindWords.named(adapter) + " is mapped to team member " + mapped.getName() + ", but "
					+ (s == null ? "it is on no virtual switch" : KindWords.named(s) + " has no SET team")
					+ ": a team mapping applies to a port of a switch with a team", adapter,
					HvnetPackage.Literals.ADAPTER__TEAM_MEMBER, IssueCodes.TEAM_MAPPING_WITHOUT_TEAM);
		} else if (!Teams.members(s).contains(mapped)) {
			error(KindWords.named(adapter) + " is mapped to " + KindWords.named(mapped) + ", which is not in "
					+ KindWords.named(s) + "'s team (" + Teams.describe(s) + ")", adapter,
					HvnetPackage.Literals.ADAPTER__TEAM_MEMBER, IssueCodes.TEAM_MAPPING_NOT_MEMBER);
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
