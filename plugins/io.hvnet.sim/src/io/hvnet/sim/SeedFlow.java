package io.hvnet.sim;

/**
 * The numbered flows of the seed (John Howard's "Hyper-V: basic networking", figures 9–14): the arrows a frame
 * follows from a networking application down through the parent's or a VM's adapter, the virtual switch, the
 * physical NIC and the physical switch to another machine. "A packet coming the other way follows the same path in
 * reverse." Every hop of a path and every trace event carries one; the CLI, the Simulation view and the diagram
 * only print its {@link #number()}. The rules that give a flow to a step, {@link #between} and {@link #leaving},
 * are here and nowhere else.
 */
public enum SeedFlow {
	/** 1: "An IP packet is sent down to the networking stack bound to the Virtual NIC": stack ↔ adapter. */
	FLOW_1,
	/**
	 * 2: "The virtual NIC does what any physical NIC would do: put the packet on the (virtual) wire" to its port on
	 * the virtual switch.
	 */
	FLOW_2,
	/**
	 * 3: inside the virtual switch, "the packet makes its way to the other virtual port": forwarded once the switch
	 * has learnt where the destination is, flooded to every port ("a hub") until then. It ends at the adapter behind
	 * that port (fig. 14: VM adapter → host vNIC without leaving the switch).
	 */
	FLOW_3,
	/**
	 * 4: the switch protocol's "magic" between the virtual switch and the physical NIC it took, "getting the packet to
	 * the physical NIC" (and up from it).
	 */
	FLOW_4,
	/** 5: the physical NIC puts the frame on its cable, "entering the physical world" at a physical switch. */
	FLOW_5,
	/** 6: the physical switch sends it "onwards to some other server": to the NIC the frame is for. */
	FLOW_6;

	/** The seed's number, 1–6. */
	public int number() {
		return ordinal() + 1;
	}

	/** The number as a table shows it: empty where no flow applies ({@code flow} null). */
	public static String text(SeedFlow flow) {
		return flow == null ? "" : Integer.toString(flow.number());
	}

	/**
	 * The flow by which a frame leaving an element of kind {@code from} reaches the next one, of kind {@code to}:
	 * what a hop of a path carries, and what a switch learns a source by. The direction counts where the seed's
	 * does: a NIC reaches a physical switch by 5, a physical switch a NIC by 6, a NIC cabled straight to another NIC
	 * (a switchless link, which the seed does not draw) reaches it by 5, the step onto the wire; a virtual switch reaches its NIC by
	 * 4 and an adapter by 3, is reached from its NIC by 4 and from an adapter by 2.
	 */
	public static SeedFlow between(HopKind from, HopKind to) {
		if (from == HopKind.STACK || to == HopKind.STACK || from == HopKind.ROUTER || to == HopKind.ROUTER) {
			return FLOW_1;
		}
		return switch (to) {
		case VSWITCH -> from == HopKind.NIC ? FLOW_4 : FLOW_2;
		case NIC -> from == HopKind.VSWITCH ? FLOW_4 : from == HopKind.NIC ? FLOW_5 : FLOW_6;
		case PSWITCH -> FLOW_5;
		case HOST_VNIC, VM_ADAPTER -> FLOW_3;
		case STACK, ROUTER -> FLOW_1;
		};
	}

	/**
	 * The flow a frame leaves an element of {@code kind} by, whatever is at the other end: what a switch does with
	 * it (3 inside a virtual switch, 6 out of a physical one) and what an adapter puts on its cable (2 virtual, 5 a
	 * physical NIC). A NIC taken by an external switch sends up by {@link #FLOW_4}, not by this.
	 */
	public static SeedFlow leaving(HopKind kind) {
		return switch (kind) {
		case STACK, ROUTER -> FLOW_1;
		case HOST_VNIC, VM_ADAPTER -> FLOW_2;
		case VSWITCH -> FLOW_3;
		case NIC -> FLOW_5;
		case PSWITCH -> FLOW_6;
		};
	}
}
