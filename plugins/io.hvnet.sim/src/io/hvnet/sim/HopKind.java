package io.hvnet.sim;

/** What a hop of a path is, with the names the CLI contract uses. */
public enum HopKind {
	/** The IP stack of an endpoint (parent partition, VM, server), forwarding or not. */
	STACK("stack"),
	/** A virtual NIC of the parent partition. */
	HOST_VNIC("host-vnic"),
	/** A VM network adapter. */
	VM_ADAPTER("vm-adapter"),
	/** A Hyper-V virtual switch. */
	VSWITCH("vswitch"),
	/** A physical NIC, of a host or of a server. */
	NIC("nic"),
	/** A physical switch. */
	PSWITCH("pswitch"),
	/**
	 * A router's IP stack, forwarding between its interfaces (its interfaces are {@link #NIC} hops). The seed's flows
	 * are Hyper-V's: a router reaches its interfaces as a stack does, by flow 1.
	 */
	ROUTER("router");

	private final String json;

	HopKind(String json) {
		this.json = json;
	}

	public String json() {
		return json;
	}
}
