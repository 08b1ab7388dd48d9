package io.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.Metrics;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.model.Vlans;

/** What a hover tells about an element: its effective bindings, its ports, what it is connected to. */
final class ElementSummary {

	private ElementSummary() {
	}

	static String of(EObject e) {
		return switch (e) {
		case PhysicalNic nic -> nic(nic);
		case Adapter a -> adapter(a);
		case VirtualSwitch s -> vswitch(s);
		case PhysicalSwitch s -> "physical switch " + s.getName() + ": " + s.getPorts() + " ports (unmanaged)";
		case VirtualMachine vm -> "VM " + vm.getName() + ": " + vm.getAdapters().size() + " network adapter(s)";
		case Host h -> "host " + h.getName() + ": " + h.getNics().size() + " physical NIC(s), " + h.getSwitches().size()
				+ " virtual switch(es), " + h.getVms().size() + " VM(s)";
		case Server s -> "server " + s.getName() + ": " + s.getNics().size() + " NIC(s)";
		default -> null;
		};
	}

	private static String nic(PhysicalNic nic) {
		VirtualSwitch taker = Topology.externalSwitchOf(nic);
		return "physical NIC " + nic.getName() + (nic.getDeviceName() != null ? " (" + nic.getDeviceName() + ")" : "")
				+ "\nbound: " + String.join(", ", Bindings.effective(nic))
				+ (taker != null ? "\ntaken by external switch " + taker.getName() : "")
				+ (nic.getAddress() != null ? "\naddress " + nic.getAddress() + ", metric " + Metrics.metric(nic) : "");
	}

	private static String adapter(Adapter a) {
		VirtualSwitch s = a instanceof VmAdapter v ? v.getSwitch() : a instanceof HostVnic h ? h.getSwitch() : null;
		String kind = a instanceof HostVnic ? "host vNIC " : "VM adapter ";
		String vlans = Vlans.describe(a);
		return kind + a.getName() + (s != null ? " on switch " + s.getName() : ", connected to nothing")
				+ (vlans.isEmpty() ? "" : ", VLAN " + vlans) + "\nbound: " + String.join(", ", Bindings.effective(a))
				+ (a.getAddress() != null ? "\naddress " + a.getAddress() + ", metric " + Metrics.metric(a) : "");
	}

	private static String vswitch(VirtualSwitch s) {
		List<String> ports = new ArrayList<>();
		if (s.getUplink() != null) {
			ports.add(s.getUplink().getName() + " (physical NIC, through the switch protocol)");
		}
		Topology.hostVnicsOf(s).forEach(v -> ports.add(v.getName() + " (host vNIC)"));
		Host host = Topology.hostOf(s);
		if (host != null) {
			host.getVms().forEach(vm -> vm.getAdapters().stream().filter(a -> a.getSwitch() == s)
					.forEach(a -> ports.add(vm.getName() + "." + a.getName() + " (VM adapter)")));
		}
		return s.getType().getLiteral() + " switch " + s.getName()
				+ (s.getDisplayName() != null ? " \"" + s.getDisplayName() + "\"" : "") + "\nports: "
				+ (ports.isEmpty() ? "none yet" : String.join(", ", ports));
	}
}
