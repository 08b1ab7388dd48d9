package io.hvnet.diagram.model;

import io.hvnet.dsl.model.VlanMembership;

/**
 * The short VLAN texts the diagram draws, kept readable beside a cable or under an adapter when a thousand nodes
 * share the screen; the hover and the Properties view show the whole mode ({@link VlanMembership#describe()}).
 * A managed port's cable end: {@code A 10} for an access port, {@code T 10,100-199} for a trunk ({@code T all} when
 * it allows every VLAN). An adapter's detail line: {@code 10} for access, {@code trunk 10,20,100-199} for a trunk,
 * {@code isolated 10/200} for a private VLAN port (primary/secondaries).
 */
final class VlanBadge {

	/** Longest port badge; a longer trunk list ends in an ellipsis. */
	static final int MAX_CHARS = 14;
	/** Longest adapter text, the longer word "promiscuous" included. */
	static final int MAX_ADAPTER_CHARS = 22;

	private VlanBadge() {
	}

	static String ofPort(VlanMembership port) {
		if (!port.isTrunk()) {
			return "A " + port.untaggedVlan();
		}
		String allowed = port.allowedIdList();
		return cut("T " + (allowed.isEmpty() ? "all" : allowed), MAX_CHARS);
	}

	/** Empty for an untagged adapter. */
	static String ofAdapter(VlanMembership adapter) {
		if (adapter.isPrivate()) {
			String secondaries = adapter.secondaryIdList();
			return cut(adapter.privateMode().word() + " " + adapter.primaryVlan()
					+ (secondaries.isEmpty() ? "" : "/" + secondaries), MAX_ADAPTER_CHARS);
		}
		if (adapter.isTrunk()) {
			String allowed = adapter.allowedIdList();
			return cut("trunk " + (allowed.isEmpty() ? "all" : allowed), MAX_ADAPTER_CHARS);
		}
		return adapter.untaggedVlan() == 0 ? "" : Integer.toString(adapter.untaggedVlan());
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
	}
}
