package io.hvnet.sim.net;

import io.hvnet.dsl.model.VlanMembership;

/**
 * A port of a device and the link plugged into it. On a virtual switch a port is named after what is plugged in
 * (a host vNIC, a VM adapter, the physical NIC); {@code vlans} says which VLANs it carries and which goes untagged
 * (the external port and every physical switch port carry any tag). Only switches look at it.
 * An external switch with a SET team has one external port per member.
 */
public final class Port {

	final Device owner;
	final String name;
	final VlanMembership vlans;
	final boolean external;
	/** Position among the owner's ports. */
	final int index;
	Port peer;
	/**
	 * On a virtual switch with external ports (its NIC, or the members of its SET team): the external port this
	 * adapter port's traffic leaves on, the team member it is affinitized to; null on other switches.
	 */
	Port teamMember;
	/** On a virtual switch's adapter port: what it lets in from its adapter (DHCP guard, MAC spoofing…); else null. */
	PortGuard guard;
	/** On a switch: the flood sets frames coming in here needed, by VLAN (kept by {@link FloodSets}). */
	FloodSets.FloodSet[] floodSets;

	Port(Device owner, int index, String name, VlanMembership vlans, boolean external) {
		this.index = index;
		this.owner = owner;
		this.name = name;
		this.vlans = vlans;
		this.external = external;
	}

	/** Joins two ports with a cable (physical or virtual). */
	public static void connect(Port a, Port b) {
		a.peer = b;
		b.peer = a;
		a.owner.wiringChanged();
		b.owner.wiringChanged();
	}

	public String name() {
		return name;
	}

	public Device owner() {
		return owner;
	}

	public boolean connected() {
		return peer != null;
	}

	/** The port at the other end of the cable, or null. */
	public Port peer() {
		return peer;
	}

	/** Position among the owner's ports, from 0: a physical switch's port number less one. */
	public int index() {
		return index;
	}
}
