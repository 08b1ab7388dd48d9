package io.hvnet.dsl.model;

import java.util.List;
import java.util.StringJoiner;
import java.util.stream.IntStream;

import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.PortMode;
import io.hvnet.dsl.hvnet.PortModes;
import io.hvnet.dsl.hvnet.PortRange;
import io.hvnet.dsl.validation.NumberRanges;

/**
 * The ports of a physical switch and what crosses the cable in one: which mode a managed port has, which VLAN a frame
 * that arrives with a given 802.1Q tag joins there, and whether an end that sends a tag gets its own VLAN back. The
 * validator asks the same questions of the model that the simulator's physical switches ask of every frame, so a
 * diagnostic and a trace agree. Port modes in a switch administrator's words (access with one VLAN, trunk with
 * allowed VLANs) follow Microsoft's Set-NetworkSwitchPortMode; Hyper-V tags a VM's or a host vNIC's traffic with its
 * access VLAN on the wire (Set-VMNetworkAdapterVlan: "Traffic sent by this virtual machine is tagged with VLAN ID"),
 * which is why the ports of a converged host are trunks (Azure Local's network patterns: "All switch ports must be
 * configured as IEEE 802.1Q trunk ports").
 */
public final class PhysicalPorts {

	/** The VLAN an 802.1Q switch puts every port in until it is configured (its default port VLAN id). */
	public static final int FACTORY_VLAN = 1;

	private PhysicalPorts() {
	}

	/** The port numbers a 'port' line names, in the order written (a reversed or huge range names nothing more). */
	public static List<Integer> numbers(PortModes line) {
		return line.getPorts().stream()
				.flatMap(r -> IntStream.rangeClosed(r.getFirst(),
						r.getLast() == 0 ? r.getFirst() : Math.min(r.getLast(), NumberRanges.MAX_PORTS)).boxed())
				.toList();
	}

	/**
	 * The mode written for the port: the last 'port' line naming it (a switch applies its configuration in order), else
	 * the switch's 'default'; null when neither is written or the switch is unmanaged.
	 */
	public static PortMode modeOf(PhysicalSwitch s, int port) {
		if (!s.isManaged()) {
			return null;
		}
		for (int i = s.getPortModes().size() - 1; i >= 0; i--) {
			PortModes line = s.getPortModes().get(i);
			if (line.getMode() != null && numbers(line).contains(port)) {
				return line.getMode();
			}
		}
		return s.getDefaultMode();
	}

	/**
	 * The VLAN a frame arriving at a physical switch port with tag {@code tag} (0 = untagged) joins, or -1 when the
	 * port drops it: an access port takes untagged frames only, a trunk the VLANs it allows and untagged frames into
	 * its native VLAN. An unmanaged port ({@link VlanMembership#everyVlan()}) takes every frame as it comes.
	 */
	public static int arriving(VlanMembership port, int tag) {
		if (!port.isTrunk() && tag != 0) {
			return -1;
		}
		return port.vlanOf(tag);
	}

	/** Why a port drops a frame with {@code tag}, as a trace says it; null when it does not. */
	public static String whyDropped(VlanMembership port, int tag) {
		if (arriving(port, tag) >= 0) {
			return null;
		}
		if (!port.isTrunk()) {
			return "tagged frame (VLAN " + tag + ") on an access port of VLAN " + port.untaggedVlan()
					+ ": an access port takes untagged frames only";
		}
		return "VLAN " + tag + " is not allowed on this trunk (" + describe(port) + ")";
	}

	/**
	 * Whether an end that sends frames with {@code tag} (0 = untagged) and takes back only that tag talks through the
	 * port: the port takes the frames into a VLAN and sends that VLAN's frames back with the same tag. A trunk whose
	 * native VLAN is the tag sends it back untagged, and the end never hears an answer.
	 */
	public static boolean talksThrough(VlanMembership port, int tag) {
		int vlan = arriving(port, tag);
		return vlan >= 0 && port.tagFor(vlan) == tag;
	}

	/**
	 * Whether a cable between two switch ports carries at least one VLAN both ways: a frame of it leaving either port
	 * arrives at the other in the same VLAN.
	 */
	public static boolean shareAVlan(VlanMembership a, VlanMembership b) {
		for (int vlan = 0; vlan <= NumberRanges.MAX_VLAN; vlan++) {
			if (a.carries(vlan) && b.carries(vlan) && arriving(b, a.tagFor(vlan)) == vlan
					&& arriving(a, b.tagFor(vlan)) == vlan) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A managed port's mode as the language writes it: {@code access 10}, {@code trunk 10, 20 native 1}; empty for an
	 * unmanaged port, which passes everything.
	 */
	public static String describe(VlanMembership port) {
		if (port.equals(VlanMembership.everyVlan())) {
			return "";
		}
		return port.isTrunk() ? port.describe() : "access " + port.untaggedVlan();
	}

	/** Why a port does not talk with an end that sends {@code tag}, in an administrator's words; null when it does. */
	public static String whyNot(VlanMembership port, int tag) {
		if (talksThrough(port, tag)) {
			return null;
		}
		if (!port.isTrunk()) {
			return "an access port (VLAN " + port.untaggedVlan() + ") that drops tagged frames";
		}
		if (arriving(port, tag) < 0) {
			return "a trunk that does not allow VLAN " + tag + " (" + describe(port) + ")";
		}
		return "a trunk whose native VLAN " + port.untaggedVlan() + " goes back untagged (" + describe(port) + ")";
	}

	/** The ports a line names, as it writes them: "port 3", "ports 1-20, 24". */
	public static String describePorts(PortModes line) {
		StringJoiner ports = new StringJoiner(", ", numbers(line).size() == 1 ? "port " : "ports ", "");
		for (PortRange r : line.getPorts()) {
			ports.add(r.getLast() == 0 ? Integer.toString(r.getFirst()) : r.getFirst() + "-" + r.getLast());
		}
		return ports.toString();
	}
}
