package io.hvnet.dsl.model;

import io.hvnet.dsl.hvnet.Adapter;

/**
 * An adapter's VLAN setting read as a {@link VlanMembership}: what its switch port carries (a host vNIC or a VM
 * adapter) or what its driver tags (a physical NIC). The one place that reads the setting, so a new VLAN mode is
 * added here and every consumer — validation, simulator, diagram, hover — follows.
 */
public final class Vlans {

	private Vlans() {
	}

	public static VlanMembership of(Adapter adapter) {
		return VlanMembership.access(adapter.getVlan());
	}

	/** The setting as written after {@code vlan}, empty when untagged (see {@link VlanMembership#describe()}). */
	public static String describe(Adapter adapter) {
		return of(adapter).describe();
	}

	/** Whether the own traffic of two adapters is in the same VLAN (the one their switch ports send untagged). */
	public static boolean sameVlan(Adapter a, Adapter b) {
		return of(a).untaggedVlan() == of(b).untaggedVlan();
	}
}
