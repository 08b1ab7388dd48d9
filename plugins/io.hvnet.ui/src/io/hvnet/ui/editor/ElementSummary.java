package io.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Metrics;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.model.Vlans;

/** What a hover tells about an element: its effective bindings, its ports, what it is connected to. */
final class ElementSummary {

	private ElementSummary() {
	}

	static String of(EObject e) {
		return switch (e) {
		case PhysicalNic nic -> nic(nic);
		case SwitchPort a -> adapter(a);
		case VirtualSwitch s -> vswitch(s);
		case PhysicalSwitch s -> KindWords.named(s) + ": " + s.getPorts() + " ports (unmanaged)";
		case VirtualMachine vm -> KindWords.named(vm) + ": " + vm.getAdapters().size() + " network adapter(s)";
		case Host h -> KindWords.named(h) + ": " + h.getNics().size() + " physical NIC(s), " + h.getSwitches().size()
				+ " virtual switch(es), " + h.getVms().size() + " VM(s)";
		case Server s -> KindWords.named(s) + ": " + s.getNics().size() + " NIC(s)";
		default -> null;
		};
	}

	private static String nic(PhysicalNic nic) {
		VirtualSwitch taker = Topology.externalSwitchOf(nic);
		return KindWords.named(nic) + (nic.getDeviceName() != null ? " (" + nic.getDeviceName() + ")" : "")
				+ "\nbound: " + String.join(", ", Bindings.effective(nic))
				+ (taker != null ? "\ntaken by " + KindWords.named(taker) : "")
				+ (nic.getAddress() != null ? "\naddress " + nic.getAddress() + ", metric " + Metrics.metric(nic) : "");
	}

	private static String adapter(SwitchPort a) {
		VirtualSwitch s = Topology.switchOf(a);
		String vlans = Vlans.describe(a);
		return KindWords.named(a) + (s != null ? " on switch " + s.getName() : ", connected to nothing")
				+ (vlans.isEmpty() ? "" : ", VLAN " + vlans) + effectiveVlans(a) + "\nbound: "
				+ String.join(", ", Bindings.effective(a))
				+ (a.getAddress() != null ? "\naddress " + a.getAddress() + ", metric " + Metrics.metric(a) : "");
	}

	/** A trunk's or private VLAN port's VLANs on a line of their own. */
	private static String effectiveVlans(SwitchPort a) {
		String effective = Vlans.of(a).effective();
		return effective.isEmpty() ? "" : "\n" + effective;
	}

	private static String vswitch(VirtualSwitch s) {
		List<String> ports = new ArrayList<>();
		Host host = Topology.hostOf(s);
		if (s.getUplink() != null) {
			ports.add(s.getUplink().getName() + " (" + KindWords.of(s.getUplink()) + ", through the switch protocol)");
		}
		Topology.adaptersOn(s).forEach(a -> ports.add(Names.within(host, a) + " (" + KindWords.of(a) + ")"));
		return KindWords.named(s) + (s.getDisplayName() != null ? " \"" + s.getDisplayName() + "\"" : "") + "\nports: "
				+ (ports.isEmpty() ? "none yet" : String.join(", ", ports));
	}
}
