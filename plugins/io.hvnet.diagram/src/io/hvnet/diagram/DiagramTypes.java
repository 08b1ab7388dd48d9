package io.hvnet.diagram;

/**
 * The element types of the hvnet diagram, shared with the web client (client/src/diagram-module.ts and
 * kind-icons.ts spell the same strings). One node type per kind of thing in the seed's figures; two edge types because a physical cable and a
 * "virtual cable" (an adapter plugged into a virtual switch) must look different.
 */
public final class DiagramTypes {

	public static final String DIAGRAM_TYPE = "hvnet-diagram";

	public static final String HOST = "node:host";
	public static final String NIC = "node:nic";
	public static final String VIRTUAL_SWITCH = "node:vswitch";
	public static final String PARENT_PARTITION = "node:parent";
	public static final String HOST_VNIC = "node:vnic";
	public static final String VM = "node:vm";
	public static final String VM_ADAPTER = "node:adapter";
	public static final String PHYSICAL_SWITCH = "node:pswitch";
	public static final String SERVER = "node:server";

	public static final String SWITCH_PORT = "port:switch";

	public static final String CABLE = "edge:cable";
	public static final String VIRTUAL_CABLE = "edge:virtual";

	/** The name of an element (editable in place). */
	public static final String NAME_LABEL = "label:name";
	/** A second line: switch type, bindings, address. */
	public static final String DETAIL_LABEL = "label:detail";
	public static final String PORT_LABEL = "label:port";
	/** The seed's flow numbers on a node a simulated ping passed. */
	public static final String FLOW_LABEL = "label:flow";

	/** Palette entries that create a virtual switch of one type (the element type id carries the type). */
	public static final String EXTERNAL_SWITCH = "node:vswitch:external";
	public static final String INTERNAL_SWITCH = "node:vswitch:internal";
	public static final String PRIVATE_SWITCH = "node:vswitch:private";
	/** The palette entry that creates a managed physical switch (port modes); drawn as {@link #PHYSICAL_SWITCH}. */
	public static final String MANAGED_PHYSICAL_SWITCH = "node:pswitch:managed";

	private DiagramTypes() {
	}
}
