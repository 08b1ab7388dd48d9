package io.hvnet.sim.net;

/**
 * A port of a device and the link plugged into it. On a virtual switch a port is named after what is plugged in
 * (a host vNIC, a VM adapter, the physical NIC); {@code accessVlan} is its VLAN in access mode, and a trunk port
 * (the external port, every physical switch port) carries any tag.
 */
public final class Port {

	final Device owner;
	final String name;
	final int accessVlan;
	final boolean trunk;
	final boolean external;
	/** Position among the owner's ports. */
	final int index;
	Port peer;

	Port(Device owner, int index, String name, int accessVlan, boolean trunk, boolean external) {
		this.index = index;
		this.owner = owner;
		this.name = name;
		this.accessVlan = accessVlan;
		this.trunk = trunk;
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
}
