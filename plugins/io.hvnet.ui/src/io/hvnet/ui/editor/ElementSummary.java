package io.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Nat;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.PortModes;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.DefaultSwitch;
import io.hvnet.dsl.model.DhcpRelays;
import io.hvnet.dsl.model.DhcpServers;
import io.hvnet.dsl.model.GuestMac;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Metrics;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Nats;
import io.hvnet.dsl.model.PhysicalPorts;
import io.hvnet.dsl.model.PortSecurity;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.model.VlanMembership;
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
		case PhysicalSwitch s -> physicalSwitch(s);
		case PortEnd p when p.getSwitch() != null && !p.getSwitch().eIsProxy() -> port(p);
		case VirtualMachine vm -> KindWords.named(vm) + ": " + vm.getAdapters().size() + " network adapter(s)";
		case Host h -> KindWords.named(h) + ": " + h.getNics().size() + " physical NIC(s), " + h.getSwitches().size()
				+ " virtual switch(es), " + h.getVms().size() + " VM(s)";
		case Server s -> KindWords.named(s) + ": " + s.getNics().size() + " NIC(s)";
		case Nat n -> Nats.of(n) == null ? null : nat(Nats.of(n));
		default -> null;
		};
	}

	private static String physicalSwitch(PhysicalSwitch s) {
		if (!s.isManaged()) {
			return KindWords.named(s) + ": " + s.getPorts() + " ports (unmanaged: every frame passes as it comes)";
		}
		StringBuilder text = new StringBuilder(KindWords.named(s) + ": " + s.getPorts() + " ports (managed)");
		for (PortModes line : s.getPortModes()) {
			if (line.getMode() != null) {
				text.append('\n').append(PhysicalPorts.describePorts(line)).append(": ")
						.append(PhysicalPorts.describe(Vlans.of(line.getMode())));
			}
		}
		return text.append("\nother ports: ").append(PhysicalPorts.describe(s.getDefaultMode() == null
				? VlanMembership.access(PhysicalPorts.FACTORY_VLAN) : Vlans.of(s.getDefaultMode()))).toString();
	}

	/** A cable's end at a switch port: what the port carries. */
	private static String port(PortEnd p) {
		String mode = PhysicalPorts.describe(Vlans.ofPort(p.getSwitch(), p.getPort()));
		return "port " + p.getPort() + " of " + KindWords.named(p.getSwitch()) + ": "
				+ (mode.isEmpty() ? "unmanaged, every frame passes as it comes" : mode);
	}

	private static String nic(PhysicalNic nic) {
		VirtualSwitch taker = Topology.externalSwitchOf(nic);
		return KindWords.named(nic) + (nic.getDeviceName() != null ? " (" + nic.getDeviceName() + ")" : "")
				+ "\nbound: " + String.join(", ", Bindings.effective(nic))
				+ (taker != null ? "\ntaken by " + KindWords.named(taker) : "")
				+ (nic.getAddress() != null ? "\naddress " + nic.getAddress() + ", metric " + Metrics.metric(nic) : "")
				+ dhcp(nic);
	}

	private static String adapter(SwitchPort a) {
		VirtualSwitch s = Topology.switchOf(a);
		String vlans = Vlans.describe(a);
		return KindWords.named(a) + (s != null ? " on switch " + s.getName() : ", connected to nothing")
				+ (vlans.isEmpty() ? "" : ", VLAN " + vlans)
				+ (a.getTeamMember() != null && !a.getTeamMember().eIsProxy()
						? ", mapped to team member " + a.getTeamMember().getName() : "")
				+ effectiveVlans(a) + "\nbound: " + String.join(", ", Bindings.effective(a))
				+ (a.getAddress() != null ? "\naddress " + a.getAddress() + ", metric " + Metrics.metric(a) : "")
				+ dhcp(a) + security(a);
	}

	/** The adapter's DHCP role: a client, a server and its scope. */
	private static String dhcp(Adapter a) {
		StringBuilder text = new StringBuilder(DhcpServers.isClient(a) ? "\naddress from DHCP" : "");
		DhcpServers.of(a).forEach(scope -> text.append("\n").append(scope.describe()));
		DhcpRelays.Relay relay = DhcpRelays.of(a);
		return relay == null ? text.toString() : text.append("\n").append(relay.describe()).toString();
	}

	/**
	 * DHCP guard, router guard and MAC spoofing, when any differs from Hyper-V's default (all off), and the MAC the
	 * guest sends from when it chose its own.
	 */
	private static String security(SwitchPort a) {
		List<String> words = PortSecurity.of(a).describe();
		String guest = GuestMac.of(a) == null ? ""
				: "\nguest sends from " + GuestMac.of(a) + (GuestMac.droppedBySwitch(a) ? " (dropped: spoofing off)" : "");
		return (words.isEmpty() ? "" : "\n" + String.join(", ", words)) + guest;
	}

	/** A trunk's or private VLAN port's VLANs on a line of their own. */
	private static String effectiveVlans(SwitchPort a) {
		String effective = Vlans.of(a).effective();
		return effective.isEmpty() ? "" : "\n" + effective;
	}

	private static String vswitch(VirtualSwitch s) {
		List<String> ports = new ArrayList<>();
		Host host = Topology.hostOf(s);
		Teams.members(s).forEach(
				nic -> ports.add(nic.getName() + " (" + KindWords.of(nic) + ", through the switch protocol)"));
		Topology.adaptersOn(s).forEach(a -> ports.add(Names.within(host, a) + " (" + KindWords.of(a) + ")"));
		Nats.Nat nat = Nats.behind(s);
		return KindWords.named(s) + (s.getDisplayName() != null ? " \"" + s.getDisplayName() + "\"" : "")
				+ (DefaultSwitch.is(s) ? " (Windows' \"" + DefaultSwitch.WINDOWS_NAME + "\")" : "")
				+ (Teams.isTeam(s) ? "\n" + Teams.describe(s) : "") + "\nports: "
				+ (ports.isEmpty() ? "none yet" : String.join(", ", ports)) + (nat == null ? "" : "\n" + nat(nat));
	}

	/** A NAT's prefix, gateway and the addresses a DHCP server of it would hand out. */
	private static String nat(Nats.Nat nat) {
		return nat.describe() + (nat.vnic() == null ? ""
				: "\nVMs behind it: " + nat.dhcpPool().stream()
						.map(r -> Addresses.format(r[0]) + "-" + Addresses.format(r[1])).reduce((a, b) -> a + ", " + b)
						.orElse("none") + ", gateway " + Addresses.format(nat.gateway()));
	}
}
