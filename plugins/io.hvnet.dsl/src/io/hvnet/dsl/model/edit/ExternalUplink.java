package io.hvnet.dsl.model.edit;

import java.util.List;

import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Bindings;

/**
 * "An external switch takes a NIC", and its inverse, as one change of the model (seed figs. 6-9): the switch's
 * uplink is set, the NIC keeps only {@code vms} bound (written, or derived by {@link Bindings#effective} when it
 * has no {@code bindings} line), and the host's IP configuration that the NIC carried moves to
 * the management OS's host vNIC on the switch. The diagram's edits and the quick fixes make this change here; the
 * validator checks its result ({@code BindingRules}, {@code SwitchRules}).
 */
public final class ExternalUplink {

	private ExternalUplink() {
	}

	/**
	 * The external switch takes {@code nic} (from the NIC it had, if any). A NIC that carried an IP address or a
	 * gateway hands them to the switch's host vNIC, which is made if the switch had none: the management OS keeps
	 * its address, as with Hyper-V's default AllowManagementOS. A NIC without them changes the host vNIC nowhere.
	 *
	 * @return the switch's host vNIC, or null when the management OS does not share the switch
	 */
	public static HostVnic take(VirtualSwitch vswitch, PhysicalNic nic) {
		if (vswitch.getType() != SwitchType.EXTERNAL) {
			throw new IllegalArgumentException(vswitch.getName() + " is not an external switch");
		}
		PhysicalNic previous = vswitch.getUplink();
		if (previous != nic) {
			if (previous != null) {
				// the host vNIC keeps its address, as when Set-VMSwitch gives a switch another NIC
				restoreBindings(previous);
			}
			vswitch.setUplink(nic);
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
	 * The switch gives its NIC back: the NIC's bindings become the fresh ones again and, if it has no address of its
	 * own, it gets back the address and gateway of the switch's host vNIC. The host vNIC stays, as the switch does.
	 * A switch that is not external took nothing, so only its {@code on NIC} goes.
	 *
	 * @return the switch as it is in the model now (a copy replaces it, see {@link Unplug})
	 */
	public static VirtualSwitch release(VirtualSwitch vswitch) {
		PhysicalNic nic = vswitch.getUplink();
		if (nic == null) {
			return vswitch;
		}
		if (vswitch.getType() == SwitchType.EXTERNAL) {
			restoreBindings(nic);
			HostVnic vnic = ManagementVnic.of(vswitch);
			if (vnic != null && nic.getAddress() == null && vnic.getAddress() != null) {
				nic.setAddress(vnic.getAddress());
				nic.setGateway(vnic.getGateway());
				vnic.setAddress(null);
				vnic.setGateway(null);
			}
		}
		return Unplug.clear(vswitch, HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINK);
	}

	/** Written {@code bindings vms} go, so that the fresh bindings apply again; other written bindings stay. */
	private static void restoreBindings(PhysicalNic nic) {
		if (nic.getBindings().equals(List.of(Bindings.VMS))) {
			nic.getBindings().clear();
		}
	}
}
