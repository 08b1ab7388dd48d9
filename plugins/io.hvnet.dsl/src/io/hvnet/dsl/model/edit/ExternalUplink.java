package io.hvnet.dsl.model.edit;

import java.util.List;

import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.Topology;

/**
 * "An external switch takes a NIC", and its inverse, as one change of the model (seed figs. 6-9): the NIC joins
 * the switch's NICs (a second one makes a SET team, as Set-VMSwitchTeam -NetAdapterName adds a member), the NIC
 * keeps only {@code vms} bound (written, or derived by {@link Bindings#effective} when it
 * has no {@code bindings} line), and the host's IP configuration that the NIC carried moves to
 * the management OS's host vNIC on the switch. The diagram's edits and the quick fixes make this change here; the
 * validator checks its result ({@code BindingRules}, {@code SwitchRules}).
 */
public final class ExternalUplink {

	private ExternalUplink() {
	}

	/**
	 * The external switch takes {@code nic}: alone, or as one more member of its SET team when it has NICs already
	 * (Microsoft, "Remote Direct Memory Access (RDMA) and Switch Embedded Teaming (SET)": a team is changed by giving
	 * Set-VMSwitchTeam the new list of members). A NIC that carried an IP address or a gateway hands them to the
	 * switch's host vNIC, which is made if the switch had none: the management OS keeps its address, as with
	 * Hyper-V's default AllowManagementOS. A NIC without them changes the host vNIC nowhere.
	 *
	 * @return the switch's host vNIC, or null when the management OS does not share the switch
	 */
	public static HostVnic take(VirtualSwitch vswitch, PhysicalNic nic) {
		if (vswitch.getType() != SwitchType.EXTERNAL) {
			throw new IllegalArgumentException(vswitch.getName() + " is not an external switch");
		}
		if (!vswitch.getUplinks().contains(nic)) {
			vswitch.getUplinks().add(nic);
		}
		boolean carriesIp = nic.getAddress() != null || nic.getGateway() != null;
		HostVnic vnic = carriesIp ? ManagementVnic.ensure(vswitch) : ManagementVnic.of(vswitch);
		if (carriesIp) {
			vnic.setAddress(nic.getAddress());
			vnic.setGateway(nic.getGateway());
			nic.setAddress(null);
			nic.setGateway(null);
		}
		// written bindings must say 'vms' only; none written already means it once taken (Bindings.effective)
		List<String> written = nic.getBindings();
		if (!written.isEmpty() && !written.equals(List.of(Bindings.VMS))) {
			written.clear();
			written.add(Bindings.VMS);
		}
		return vnic;
	}

	/**
	 * The switch takes {@code nic} in the place of {@code old} (the host vNIC keeps its address, as when Set-VMSwitch
	 * gives a switch another NIC); {@code old} gets its fresh bindings back.
	 */
	public static HostVnic replace(VirtualSwitch vswitch, PhysicalNic old, PhysicalNic nic) {
		int at = vswitch.getUplinks().indexOf(old);
		if (old != nic && at >= 0) {
			restoreBindings(old);
			forgetMappingsTo(vswitch, old);
			if (vswitch.getUplinks().contains(nic)) {
				return take(Unplug.remove(vswitch, HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINKS, old), nic);
			}
			vswitch.getUplinks().set(at, nic);
		}
		return take(vswitch, nic);
	}

	/**
	 * The switch gives all its NICs back: their bindings become the fresh ones again and, if the first has no address
	 * of its own, it gets back the address and gateway of the switch's host vNIC. The host vNIC stays, as the switch
	 * does. A switch that is not external took nothing, so only its {@code on …} (and a {@code teaming}) goes.
	 *
	 * @return the switch as it is in the model now (a copy replaces it, see {@link Unplug})
	 */
	public static VirtualSwitch release(VirtualSwitch vswitch) {
		PhysicalNic first = Teams.firstMember(vswitch);
		if (vswitch.getType() != SwitchType.EXTERNAL) {
			vswitch.setLoadBalancing(null);
		}
		if (first == null) {
			return vswitch;
		}
		if (vswitch.getType() == SwitchType.EXTERNAL) {
			Teams.members(vswitch).forEach(ExternalUplink::restoreBindings);
			HostVnic vnic = ManagementVnic.of(vswitch);
			if (vnic != null && first.getAddress() == null && vnic.getAddress() != null) {
				first.setAddress(vnic.getAddress());
				first.setGateway(vnic.getGateway());
				vnic.setAddress(null);
				vnic.setGateway(null);
			}
		}
		return Unplug.clear(vswitch, HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINKS);
	}

	/**
	 * One NIC leaves the switch: a team member leaves its team (Set-VMSwitchTeam with the others) and gets its fresh
	 * bindings back, and the ports mapped to it lose their mapping; the last NIC leaving is {@link #release}. A team
	 * left with one member stays a team (of one), so its algorithm is then written.
	 *
	 * @return the switch as it is in the model now
	 */
	public static VirtualSwitch release(VirtualSwitch vswitch, PhysicalNic nic) {
		if (!vswitch.getUplinks().contains(nic)) {
			return vswitch;
		}
		if (vswitch.getUplinks().size() == 1) {
			return release(vswitch);
		}
		restoreBindings(nic);
		forgetMappingsTo(vswitch, nic);
		if (vswitch.getUplinks().size() == 2 && Teams.isTeam(vswitch)) {
			vswitch.setLoadBalancing(Teams.loadBalancing(vswitch).word());
		}
		return Unplug.remove(vswitch, HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINKS, nic);
	}

	/** Set-VMNetworkAdapterTeamMapping names a member; a NIC that leaves the team takes its mappings with it. */
	private static void forgetMappingsTo(VirtualSwitch vswitch, PhysicalNic nic) {
		for (SwitchPort port : Topology.adaptersOn(vswitch)) {
			if (port.getTeamMember() == nic) {
				Unplug.clear(port, HvnetPackage.Literals.ADAPTER__TEAM_MEMBER);
			}
		}
	}

	/** Written {@code bindings vms} go, so that the fresh bindings apply again; other written bindings stay. */
	private static void restoreBindings(PhysicalNic nic) {
		if (nic.getBindings().equals(List.of(Bindings.VMS))) {
			nic.getBindings().clear();
		}
	}
}
