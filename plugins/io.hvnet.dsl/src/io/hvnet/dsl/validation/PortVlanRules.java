package io.hvnet.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.PortMode;
import io.hvnet.dsl.hvnet.PortModes;
import io.hvnet.dsl.hvnet.PortRange;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.VlanIdRange;
import io.hvnet.dsl.model.Cabling;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.PhysicalPorts;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.dsl.model.Vlans;

/**
 * The VLANs of managed physical switch ports, and whether what an adapter sends gets through the port its cable
 * ends in. The questions are {@link PhysicalPorts}', the same the simulator's switches ask of each frame.
 */
public class PortVlanRules extends AbstractRules {

	/** A port written in two 'port' lines, 'default' written twice, port numbers and VLAN ids out of range. */
	@Check
	public void portModes(PhysicalSwitch s) {
		if (!s.isManaged()) {
			return;
		}
		if (timesWritten(s, HvnetPackage.Literals.PHYSICAL_SWITCH__DEFAULT_MODE) > 1) {
			error(KindWords.named(s) + " has 'default' more than once; the last one would win: keep one", s,
					HvnetPackage.Literals.PHYSICAL_SWITCH__DEFAULT_MODE, IssueCodes.DEFAULT_MODE_TWICE);
		}
		if (s.getDefaultMode() != null) {
			vlanIds(s.getDefaultMode(), "the default port mode");
		}
		Map<Integer, PortModes> given = new HashMap<>();
		for (PortModes line : s.getPortModes()) {
			for (PortRange range : line.getPorts()) {
				int last = range.getLast() == 0 ? range.getFirst() : range.getLast();
				if (range.getFirst() < 1 || last > s.getPorts() || last < range.getFirst()) {
					String ports = range.getLast() == 0 ? "there is no port " + range.getFirst()
							: "ports " + range.getFirst() + "-" + range.getLast() + " are not all among them";
					error(KindWords.named(s) + " has ports 1 to " + s.getPorts() + ", " + ports, range, null,
							IssueCodes.PORT_OUT_OF_RANGE);
				}
			}
			for (int port : PhysicalPorts.numbers(line)) {
				PortModes first = given.put(port, line);
				if (first != null) {
					error("port " + port + " of " + s.getName() + " is given a mode twice (lines " + line(first)
							+ " and " + line(line) + "): a port has one mode", line,
							HvnetPackage.Literals.PORT_MODES__PORTS, IssueCodes.PORT_TWO_MODES);
					break;
				}
			}
			if (line.getMode() != null) {
				vlanIds(line.getMode(), PhysicalPorts.describePorts(line));
			}
		}
	}

	private void vlanIds(PortMode mode, String which) {
		if (!mode.isTrunk()) {
			vlanId(mode.getVlan(), mode, HvnetPackage.Literals.PORT_MODE__VLAN);
			return;
		}
		if (NodeModelUtils.findNodesForFeature(mode, HvnetPackage.Literals.PORT_MODE__VLAN).size() > 0) {
			vlanId(mode.getVlan(), mode, HvnetPackage.Literals.PORT_MODE__VLAN);
		}
		for (VlanIdRange range : mode.getAllowed()) {
			vlanId(range.getFirst(), range, HvnetPackage.Literals.VLAN_ID_RANGE__FIRST);
			if (range.getLast() != 0) {
				vlanId(range.getLast(), range, HvnetPackage.Literals.VLAN_ID_RANGE__LAST);
			}
		}
		List<Integer> allowed = Vlans.ids(mode.getAllowed());
		if (mode.getVlan() != 0 && !allowed.isEmpty() && !allowed.contains(mode.getVlan())) {
			warning("the native VLAN " + mode.getVlan() + " of " + which + " is not in its allowed list ("
					+ PhysicalPorts.describe(Vlans.of(mode)) + "): untagged frames join a VLAN the trunk does not list",
					mode, HvnetPackage.Literals.PORT_MODE__VLAN, IssueCodes.NATIVE_VLAN_NOT_ALLOWED);
		}
	}

	private void vlanId(int vlan, EObject o, EStructuralFeature f) {
		if (vlan < 1 || vlan > NumberRanges.MAX_VLAN) {
			error("VLAN " + vlan + " is out of range: a switch port's VLANs are 1 to " + NumberRanges.MAX_VLAN, o, f,
					IssueCodes.VLAN_RANGE);
		}
	}

	/**
	 * A NIC that keeps its protocols sends its frames tagged with its own VLAN (the driver tags; 0 = untagged): the
	 * port at the other end must take them and answer in kind, and a NIC at the other end must be in the same VLAN. A
	 * cable between two managed switches must carry at least one VLAN both ways.
	 */
	@Check
	public void cableVlans(Cable cable) {
		CableEnd from = cable.getFrom();
		CableEnd to = cable.getTo();
		PhysicalNic a = talkingNic(from);
		PhysicalNic b = talkingNic(to);
		if (a != null && b != null) {
			int va = Vlans.of(a).untaggedVlan();
			int vb = Vlans.of(b).untaggedVlan();
			if (va != vb) {
				error(KindWords.of(a) + " " + Names.label(a) + " " + sends(va) + " and " + KindWords.of(b) + " "
						+ Names.label(b) + " " + sends(vb) + ": over this direct cable they never meet", cable,
						HvnetPackage.Literals.CABLE__TO, IssueCodes.CABLE_VLAN_MISMATCH);
			}
			return;
		}
		PhysicalNic nic = a != null ? a : b;
		PortEnd port = (a != null ? to : from) instanceof PortEnd p && managed(p) ? p : null;
		if (nic != null && port != null) {
			int vlan = Vlans.of(nic).untaggedVlan();
			String why = PhysicalPorts.whyNot(Cabling.vlansAt(port), vlan);
			if (why != null) {
				error(KindWords.of(nic) + " " + Names.label(nic) + " " + sends(vlan) + ", but " + Cabling.label(port)
						+ " is " + why, cable, HvnetPackage.Literals.CABLE__TO, IssueCodes.CABLE_VLAN_MISMATCH);
			}
			return;
		}
		if (from instanceof PortEnd p && to instanceof PortEnd q && managed(p) && managed(q)
				&& p.getSwitch() != q.getSwitch()) {
			VlanMembership vp = Cabling.vlansAt(p);
			VlanMembership vq = Cabling.vlansAt(q);
			if (!PhysicalPorts.shareAVlan(vp, vq)) {
				warning(Cabling.label(p) + " (" + PhysicalPorts.describe(vp) + ") and " + Cabling.label(q) + " ("
						+ PhysicalPorts.describe(vq) + ") carry no VLAN in common: nothing crosses this cable", cable,
						null, IssueCodes.TRUNK_NO_COMMON_VLAN);
			}
		}
	}

	/**
	 * A VM adapter's or host vNIC's traffic leaves its host through the external switch's NIC, tagged with the
	 * adapter's VLAN (Set-VMNetworkAdapterVlan); the physical switch port that NIC is cabled to must carry it, or the
	 * adapter reaches nothing outside the host. A warning: adapters of one host still meet inside it.
	 */
	@Check
	public void adapterLeavesItsHost(SwitchPort adapter) {
		int vlan = Vlans.of(adapter).untaggedVlan();
		for (PortEnd port : Cabling.portsLeftThrough(adapter)) {
			if (!managed(port)) {
				continue;
			}
			String why = PhysicalPorts.whyNot(Cabling.vlansAt(port), vlan);
			if (why != null) {
				warning(KindWords.of(adapter) + " " + Names.label(adapter) + " on VLAN " + vlan + " leaves host "
						+ Topology.hostOf(adapter).getName() + " through " + Cabling.nicAt(port).getName() + ", cabled to "
						+ Cabling.label(port) + ", which is " + why, adapter, HvnetPackage.Literals.NETWORK_NODE__NAME,
						IssueCodes.VLAN_NOT_ON_UPLINK_PORT, Cabling.label(port), Integer.toString(vlan));
			}
		}
	}

	/** A NIC with its own IP stack at a cable end (not one an external switch took: its adapters are checked). */
	private static PhysicalNic talkingNic(CableEnd end) {
		return end instanceof NicEnd n && n.getNic() != null && !n.getNic().eIsProxy()
				&& Topology.externalSwitchOf(n.getNic()) == null ? n.getNic() : null;
	}

	private static boolean managed(PortEnd p) {
		return p.getSwitch() != null && !p.getSwitch().eIsProxy() && p.getSwitch().isManaged()
				&& p.getPort() >= 1 && p.getPort() <= p.getSwitch().getPorts();
	}

	private static String sends(int vlan) {
		return vlan == 0 ? "sends untagged frames" : "tags its frames with VLAN " + vlan;
	}

	private static String line(PortModes line) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(line);
		return node == null ? "?" : String.valueOf(node.getStartLine());
	}
}
