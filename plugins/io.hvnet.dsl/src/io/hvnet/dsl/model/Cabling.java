package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;

import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.Element;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.VirtualSwitch;

/**
 * Where a physical NIC's cable goes. Cables are written in the file of the NICs they join (the validator reads one
 * file at a time, as it does for loops), so the cable of a NIC is looked for in the NIC's own file.
 */
public final class Cabling {

	private Cabling() {
	}

	/** The end of the NIC's cable that is not the NIC: a switch port or another NIC; null without a cable. */
	public static CableEnd otherEnd(PhysicalNic nic) {
		Network network = EcoreUtil2.getContainerOfType(nic, Network.class);
		if (network == null) {
			return null;
		}
		for (Element e : network.getElements()) {
			if (e instanceof Cable c) {
				if (isNic(c.getFrom(), nic)) {
					return c.getTo();
				}
				if (isNic(c.getTo(), nic)) {
					return c.getFrom();
				}
			}
		}
		return null;
	}

	/** The physical switch port the NIC is cabled to, or null (no cable, or a cable straight to another NIC). */
	public static PortEnd portOf(PhysicalNic nic) {
		return otherEnd(nic) instanceof PortEnd p && p.getSwitch() != null && !p.getSwitch().eIsProxy() ? p : null;
	}

	/**
	 * The physical switch ports a VM adapter's or host vNIC's traffic leaves its host into: through its external
	 * switch's NICs ({@link Topology#uplinksOf}) and their cables. Empty on an internal or private switch, or when
	 * no NIC of the switch is cabled to a switch port.
	 */
	public static List<PortEnd> portsLeftThrough(SwitchPort adapter) {
		VirtualSwitch vswitch = adapter.getSwitch();
		if (vswitch == null || vswitch.eIsProxy()) {
			return List.of();
		}
		List<PortEnd> ports = new ArrayList<>();
		for (PhysicalNic nic : Topology.uplinksOf(vswitch)) {
			PortEnd port = portOf(nic);
			if (port != null) {
				ports.add(port);
			}
		}
		return ports;
	}

	/** The NIC at the other end of a cable whose end is {@code port}, or null. */
	public static PhysicalNic nicAt(PortEnd port) {
		Cable cable = (Cable) port.eContainer();
		CableEnd other = cable.getFrom() == port ? cable.getTo() : cable.getFrom();
		return other instanceof NicEnd n ? n.getNic() : null;
	}

	/** The membership of the switch port at a cable end. */
	public static VlanMembership vlansAt(PortEnd end) {
		return Vlans.ofPort(end.getSwitch(), end.getPort());
	}

	/** "ToR1 port 3", as messages and hovers name a port. */
	public static String label(PortEnd end) {
		return end.getSwitch().getName() + " port " + end.getPort();
	}

	private static boolean isNic(CableEnd end, PhysicalNic nic) {
		return end instanceof NicEnd n && n.getNic() == nic;
	}
}
