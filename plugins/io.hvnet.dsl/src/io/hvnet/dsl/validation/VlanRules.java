package io.hvnet.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetPackage.Literals;
import io.hvnet.dsl.hvnet.ParentPartition;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.VlanIdRange;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.PrivateVlanMode;
import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.dsl.model.Vlans;

/**
 * An adapter's VLAN mode, as Microsoft's Set-VMNetworkAdapterVlan page defines the modes: access, trunk (with
 * -AllowedVlanIdList and -NativeVlanId) and private VLAN (-Isolated/-Community with -PrimaryVlanId and
 * -SecondaryVlanId, -Promiscuous with -PrimaryVlanId and -SecondaryVlanIdList), "mutually exclusive". Trunk and
 * private VLAN are modes of a virtual switch port (a VM adapter's or, with -ManagementOS, a host vNIC's); a
 * physical NIC's VLAN is its driver's VLAN ID.
 */
public class VlanRules extends AbstractRules {

	@Check
	public void vlanMode(Adapter adapter) {
		if (!modesWritten(adapter)) {
			return;
		}
		rangesInBounds(adapter, adapter.getTrunkVlans(), "allowed");
		rangesInBounds(adapter, adapter.getSecondaryVlans(), "secondary");
		PrivateVlanMode privateMode = PrivateVlanMode.of(adapter.getPrivateVlan());
		if (adapter instanceof PhysicalNic && (adapter.isTrunk() || privateMode != null)) {
			String mode = adapter.isTrunk() ? "trunk" : privateMode.word() + " private VLAN";
			int keep = adapter.getVlan();
			error(mode + " mode is a virtual switch port's mode, but " + KindWords.named(adapter)
					+ " is a physical NIC: its 'vlan N' is the VLAN ID its driver tags with", adapter,
					adapter.isTrunk() ? Literals.ADAPTER__TRUNK : Literals.ADAPTER__PRIVATE_VLAN,
					IssueCodes.VLAN_MODE_ON_NIC, Integer.toString(keep));
			return;
		}
		if (adapter.isTrunk()) {
			trunk(adapter);
		} else if (privateMode != null) {
			privateVlan(adapter, privateMode);
		}
	}

	/** Reports a second 'vlan' (a second mode, or the same mode again); false when the setting is not usable. */
	private boolean modesWritten(Adapter adapter) {
		if (written(adapter).vlanWords() < 2) {
			// the usual adapter: no second mode to name, so its leaves need no second walk
			return true;
		}
		List<String> modes = modes(adapter);
		if (modes.size() < 2) {
			return true;
		}
		Set<String> distinct = new LinkedHashSet<>(modes);
		if (distinct.size() > 1) {
			error(Names.label(adapter) + " is written with " + distinct.size() + " VLAN modes (" + String.join(" and ",
					distinct) + "); a port has one (Set-VMNetworkAdapterVlan: they are mutually exclusive)", adapter,
					Literals.NETWORK_NODE__NAME, IssueCodes.TWO_VLAN_MODES);
		} else {
			error("'vlan' is written more than once for " + adapter.getName() + "; the last one would win", adapter,
					Literals.NETWORK_NODE__NAME, IssueCodes.SETTING_TWICE);
		}
		return false;
	}

	/** The mode of each 'vlan' written in the adapter's block, in text order. */
	private static List<String> modes(Adapter adapter) {
		List<String> modes = new ArrayList<>();
		INode node = NodeModelUtils.getNode(adapter);
		if (node == null) {
			return modes;
		}
		boolean afterVlan = false;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			if (afterVlan) {
				String word = leaf.getText();
				modes.add(word.equals("trunk") ? "trunk" : PrivateVlanMode.of(word) != null ? "private VLAN" : "access");
				afterVlan = false;
			} else if (leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals("vlan")) {
				afterVlan = true;
			}
		}
		return modes;
	}

	private void rangesInBounds(Adapter adapter, List<VlanIdRange> ranges, String which) {
		for (VlanIdRange range : ranges) {
			int first = range.getFirst();
			int last = range.getLast() == 0 ? first : range.getLast();
			for (int id : new int[] { first, last }) {
				if (id < 1 || id > NumberRanges.MAX_VLAN) {
					error("VLAN " + id + " in the " + which + " list is out of range: 1 to " + NumberRanges.MAX_VLAN,
							range, null, IssueCodes.VLAN_RANGE);
					break;
				}
			}
			if (last < first) {
				error("the range " + first + "-" + last + " is reversed and names no VLAN; write " + last + "-" + first,
						range, null, IssueCodes.VLAN_RANGE);
			}
		}
	}

	/** Set-VMNetworkAdapterVlan: -Trunk "must be used in conjunction with parameters AllowedVlanIdList and NativeVlanId". */
	private void trunk(Adapter adapter) {
		boolean nativeWritten = timesWritten(adapter, Literals.ADAPTER__VLAN) > 0;
		if (adapter.getTrunkVlans().isEmpty() || !nativeWritten) {
			String missing = adapter.getTrunkVlans().isEmpty()
					? nativeWritten ? "its allowed VLANs" : "its allowed VLANs and its native VLAN"
					: "its native VLAN ('native N')";
			error("the trunk of " + Names.label(adapter) + " needs " + missing
					+ ", as Set-VMNetworkAdapterVlan -Trunk needs -AllowedVlanIdList and -NativeVlanId", adapter,
					Literals.ADAPTER__TRUNK, IssueCodes.TRUNK_INCOMPLETE);
			return;
		}
		VlanMembership trunk = Vlans.of(adapter);
		int nativeVlan = adapter.getVlan();
		if (nativeVlan > 0 && nativeVlan <= NumberRanges.MAX_VLAN && !trunk.allowed().contains(nativeVlan)) {
			// Microsoft documents no rule; hvnet passes the native VLAN untagged anyway, but a frame tagged with it
			// is not allowed on the port, which is rarely what the administrator meant
			warning("native VLAN " + nativeVlan + " of " + Names.label(adapter) + " is not in its allowed list ("
					+ trunk.describe() + "): its untagged frames pass, frames tagged " + nativeVlan + " do not; add "
					+ nativeVlan + " to the list", adapter, Literals.ADAPTER__VLAN, IssueCodes.NATIVE_VLAN_NOT_ALLOWED,
					Integer.toString(nativeVlan));
		}
	}

	/**
	 * Set-VMNetworkAdapterVlan: -Isolated and -Community need -PrimaryVlanId and one -SecondaryVlanId, -Promiscuous
	 * needs -PrimaryVlanId and -SecondaryVlanIdList; a secondary VLAN is another VLAN than its primary.
	 */
	private void privateVlan(Adapter adapter, PrivateVlanMode mode) {
		String port = mode.word() + " port " + Names.label(adapter);
		List<Integer> secondaries = Vlans.ids(adapter.getSecondaryVlans());
		if (timesWritten(adapter, Literals.ADAPTER__VLAN) == 0 || adapter.getVlan() == 0) {
			error(port + " needs its primary VLAN ('primary N')", adapter, Literals.ADAPTER__PRIVATE_VLAN,
					IssueCodes.PRIVATE_VLAN_IDS);
		} else if (secondaries.contains(adapter.getVlan())) {
			error(port + ": primary VLAN " + adapter.getVlan() + " cannot also be a secondary VLAN", adapter,
					Literals.ADAPTER__SECONDARY_VLANS, IssueCodes.PRIVATE_VLAN_IDS);
		} else if (mode == PrivateVlanMode.PROMISCUOUS && secondaries.isEmpty()) {
			error(port + " needs the secondary VLANs it serves ('secondary 200, 201')", adapter,
					Literals.ADAPTER__PRIVATE_VLAN, IssueCodes.PRIVATE_VLAN_IDS);
		} else if (mode != PrivateVlanMode.PROMISCUOUS && secondaries.size() != 1) {
			error(port + " needs exactly one secondary VLAN ('secondary N')"
					+ (secondaries.isEmpty() ? "" : ", not " + secondaries.size()), adapter,
					Literals.ADAPTER__PRIVATE_VLAN, IssueCodes.PRIVATE_VLAN_IDS);
		}
	}

	/**
	 * Two host vNICs of one management OS in one VLAN and subnet give the host two interfaces to one network; which
	 * one it sends from depends on route metrics, which is rarely what was meant.
	 */
	@Check
	public void hostVnicsApart(ParentPartition parent) {
		List<HostVnic> vnics = parent.getVnics();
		for (int i = 0; i < vnics.size(); i++) {
			Addresses a = Addresses.parse(vnics.get(i).getAddress());
			for (int j = 0; j < i && a != null && a.prefixLength() >= 0; j++) {
				Addresses b = Addresses.parse(vnics.get(j).getAddress());
				if (b != null && b.prefixLength() >= 0 && a.sameSubnet(b.address()) && b.sameSubnet(a.address())
						&& Vlans.sameVlan(vnics.get(i), vnics.get(j))) {
					warning(Names.label(vnics.get(i)) + " and " + Names.label(vnics.get(j)) + " are both in "
							+ vlanWords(vnics.get(i)) + " and subnet " + Addresses.format(a.network()) + "/"
							+ a.prefixLength() + ": the host has two interfaces to one network; give one another VLAN"
							+ " or subnet", vnics.get(i), Literals.ADAPTER__ADDRESS, IssueCodes.HOST_VNICS_SHARE_VLAN);
					break;
				}
			}
		}
	}

	private static String vlanWords(Adapter adapter) {
		int vlan = Vlans.of(adapter).domainVlan();
		return vlan == 0 ? "no VLAN" : "VLAN " + vlan;
	}
}
