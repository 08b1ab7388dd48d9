package io.hvnet.diagram.model;

import io.hvnet.dsl.model.VlanMembership;

/**
 * The short text a managed port's cable end carries: {@code A 10} for an access port, {@code T 10,100-199} for a
 * trunk (its allowed VLANs; {@code T all} when it allows every VLAN), cut to a badge that stays readable beside a
 * cable when a thousand nodes share the screen. The hover and the Properties view show the whole mode.
 */
final class PortBadge {

	/** Longest badge text; a longer trunk list ends in an ellipsis. */
	static final int MAX_CHARS = 14;

	private PortBadge() {
	}

	static String of(VlanMembership port) {
		if (!port.isTrunk()) {
			return "A " + port.untaggedVlan();
		}
		String allowed = port.describe().replaceFirst("^trunk ?", "").replaceFirst(" ?native \\d+$", "")
				.replace(", ", ",");
		String text = "T " + (allowed.isEmpty() ? "all" : allowed);
		return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1) + "\u2026";
	}
}
