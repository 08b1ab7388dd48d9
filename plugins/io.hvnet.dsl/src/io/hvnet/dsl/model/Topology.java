package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.Router;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;

/** Structural facts derived from the model: who owns what, which switch took which NIC, whose IP stack is where. */
public final class Topology {

	private Topology() {
	}

	/** The external switch of the NIC's host that takes this NIC (alone or as a SET team member), or null. */
	public static VirtualSwitch externalSwitchOf(PhysicalNic nic) {
		if (!(nic.eContainer() instanceof Host host)) {
			return null;
		}
		for (VirtualSwitch s : host.getSwitches()) {
			if (s.getType() == SwitchType.EXTERNAL && Teams.members(s).contains(nic)) {
				return s;
			}
		}
		return null;
	}

	/**
	 * The physical NICs an external switch sends its frames out of (none for an internal or private switch): what a
	 * VM's or a host vNIC's traffic leaves the host through.
	 */
	public static List<PhysicalNic> uplinksOf(VirtualSwitch s) {
		return s.getType() == SwitchType.EXTERNAL
				? Teams.members(s).stream().filter(nic -> !nic.eIsProxy()).toList()
				: List.of();
	}

	/** The host, VM or server whose IP stack the adapter belongs to (a host stands for its parent partition). */
	public static Endpoint endpointOf(Adapter adapter) {
		if (adapter instanceof HostVnic v && v.eContainer() == null && DefaultSwitch.is(v.getSwitch())) {
			return hostOf(v.getSwitch()); // the Default Switch's host vNIC, which the file does not write
		}
		EObject e = adapter.eContainer();
		while (e != null && !(e instanceof Endpoint)) {
			e = e.eContainer();
		}
		return (Endpoint) e;
	}

	/** The host an element lives in, or null for the physical world outside hosts. */
	public static Host hostOf(EObject element) {
		return EcoreUtil2.getContainerOfType(element, Host.class);
	}

	/**
	 * The adapters the endpoint's IP stack is bound to: those with {@code ipv4} effectively bound. For a parent
	 * partition these are its physical NICs not taken by a switch and its host vNICs (seed fig. 9: after an external
	 * switch took the only NIC, only the host vNIC is left).
	 */
	public static List<Adapter> ipInterfaces(Endpoint endpoint) {
		List<Adapter> result = new ArrayList<>();
		switch (endpoint) {
		case Host h -> {
			h.getNics().forEach(result::add);
			if (h.getParent() != null) {
				h.getParent().getVnics().forEach(result::add);
			}
			for (VirtualSwitch s : h.getSwitches()) {
				HostVnic expanded = DefaultSwitch.hostVnic(s);
				if (expanded != null) {
					result.add(expanded);
				}
			}
		}
		case VirtualMachine vm -> vm.getAdapters().forEach(result::add);
		case Server s -> s.getNics().forEach(result::add);
		case Router r -> r.getNics().forEach(result::add);
		default -> {
		}
		}
		result.removeIf(a -> !Bindings.isBound(a, Bindings.IPV4));
		return result;
	}

	/** The virtual switch a host vNIC or VM adapter is plugged into; null for a physical NIC or an unplugged adapter. */
	public static VirtualSwitch switchOf(Adapter adapter) {
		return adapter instanceof SwitchPort port ? port.getSwitch() : null;
	}

	/**
	 * Every adapter plugged into the switch, in model order: the parent partition's host vNICs, then the VMs'
	 * adapters. Only adapters of the switch's own host can plug into it (HVN016 refuses others).
	 */
	public static List<SwitchPort> adaptersOn(VirtualSwitch vswitch) {
		List<SwitchPort> result = new ArrayList<>(hostVnicsOf(vswitch));
		Host host = hostOf(vswitch);
		if (host != null) {
			for (VirtualMachine vm : host.getVms()) {
				vm.getAdapters().stream().filter(a -> a.getSwitch() == vswitch).forEach(result::add);
			}
		}
		return result;
	}

	/** Host vNICs plugged into the switch (a Default Switch's own one last). */
	public static List<HostVnic> hostVnicsOf(VirtualSwitch vswitch) {
		List<HostVnic> result = new ArrayList<>();
		HostVnic expanded = DefaultSwitch.hostVnic(vswitch);
		Host host = hostOf(vswitch);
		if (host != null && host.getParent() != null) {
			for (HostVnic v : host.getParent().getVnics()) {
				if (v.getSwitch() == vswitch) {
					result.add(v);
				}
			}
		}
		if (expanded != null) {
			result.add(expanded);
		}
		return result;
	}
}
