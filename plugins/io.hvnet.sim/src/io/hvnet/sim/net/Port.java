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
	/** The port the cable joins this one to, plugged in or not (null: no cable). */
	private Port wired;
	/** Why the link carries nothing while it is down (an unplugged cable, a disabled adapter), else null. */
	String down;
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
		a.wired = b;
		b.wired = a;
		a.owner.wiringChanged();
		b.owner.wiringChanged();
	}

	/**
	 * Takes the link of this port and its wired peer down ({@code why}: what the trace says of frames sent on it),
	 * or up again ({@code why} null). A switch forgets the addresses it learnt on a port whose link goes down, as
	 * real switches flush a port's MAC entries on link down. Returns whether the link changed.
	 */
	public boolean link(String why) {
		Port other = wired;
		boolean up = peer != null;
		if (other == null || (why == null ? up : !up && why.equals(down))) {
			return false;
		}
		boolean goesDown = why != null && up;
		peer = why == null ? other : null;
		other.peer = why == null ? this : null;
		down = why;
		other.down = why;
		if (goesDown) {
			owner.linkWentDown(this);
			other.owner.linkWentDown(other);
		}
		owner.wiringChanged();
		other.owner.wiringChanged();
		return true;
	}

	/** Why the link is down, or null while it is up (or there is no cable). */
	public String down() {
		return down;
	}

	/** Maps this adapter port of a virtual switch to the team member {@code member} (failover moves it). */
	public void affinitize(Port member) {
		if (teamMember != member) {
			teamMember = member;
			owner.wiringChanged();
		}
	}

	public Port teamMember() {
		return teamMember;
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
