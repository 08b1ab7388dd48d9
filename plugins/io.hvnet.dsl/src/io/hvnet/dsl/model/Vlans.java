package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.List;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.PortMode;
import io.hvnet.dsl.hvnet.VlanIdRange;
import io.hvnet.dsl.validation.NumberRanges;

/**
 * An adapter's VLAN setting read as a {@link VlanMembership}: what its switch port carries (a host vNIC or a VM
 * adapter) or what its driver tags (a physical NIC). The one place that reads the setting, so a new VLAN mode is
 * added here and every consumer — validation, simulator, diagram, hover — follows.
 */
public final class Vlans {

	private Vlans() {
	}

	public static VlanMembership of(Adapter adapter) {
		PrivateVlanMode privateMode = PrivateVlanMode.of(adapter.getPrivateVlan());
		if (privateMode != null) {
			return VlanMembership.privateVlan(privateMode, adapter.getVlan(), ids(adapter.getSecondaryVlans()));
		}
		if (adapter.isTrunk()) {
			return VlanMembership.trunk(ids(adapter.getTrunkVlans()), adapter.getVlan());
		}
		return VlanMembership.access(adapter.getVlan());
	}

	/**
	 * The VLAN ids a list such as {@code 10, 20, 100-199} names, in the order written. The validator reports ids
	 * outside 1–4094 and reversed ranges ({@code 20-10}, which name nothing here); a range is expanded only up to
	 * the last valid id, so that {@code 1-2147483647} costs no more than {@code 1-4094}.
	 */
	public static List<Integer> ids(List<VlanIdRange> ranges) {
		List<Integer> ids = new ArrayList<>();
		for (VlanIdRange range : ranges) {
			if (range.getLast() == 0) {
				ids.add(range.getFirst());
				continue;
			}
			for (int id = range.getFirst(), last = Math.min(range.getLast(), NumberRanges.MAX_VLAN); id <= last; id++) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** The setting as written after {@code vlan}, empty when untagged (see {@link VlanMembership#describe()}). */
	public static String describe(Adapter adapter) {
		return of(adapter).describe();
	}

	/**
	 * Whether the own traffic of two adapters is in the same VLAN (the one their switch ports send untagged; for
	 * private VLAN ports, the primary that their secondaries belong to).
	 */
	public static boolean sameVlan(Adapter a, Adapter b) {
		return of(a).domainVlan() == of(b).domainVlan();
	}

	/**
	 * What port {@code port} of a physical switch carries. An unmanaged switch passes every frame as it comes, tagged
	 * or not; a managed port is what its mode says ({@link PhysicalPorts#modeOf}), and a port no line names is an
	 * access port of VLAN 1, the VLAN every 802.1Q switch ships with.
	 */
	public static VlanMembership ofPort(PhysicalSwitch s, int port) {
		if (!s.isManaged()) {
			return VlanMembership.everyVlan();
		}
		PortMode mode = PhysicalPorts.modeOf(s, port);
		return mode == null ? VlanMembership.access(PhysicalPorts.FACTORY_VLAN) : of(mode);
	}

	/** A managed port's mode: a trunk without 'native' sends VLAN 1 untagged, as switches ship. */
	public static VlanMembership of(PortMode mode) {
		if (mode.isTrunk()) {
			return VlanMembership.trunk(ids(mode.getAllowed()),
					mode.getVlan() == 0 ? PhysicalPorts.FACTORY_VLAN : mode.getVlan());
		}
		return VlanMembership.access(mode.getVlan());
	}
}
