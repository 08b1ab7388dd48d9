package io.hvnet.dsl.model;

import java.util.Locale;

/**
 * A private VLAN port's mode, as Set-VMNetworkAdapterVlan's -Isolated, -Community and -Promiscuous set it. What each
 * sends and receives is Microsoft's NDIS_SWITCH_PORT_PVLAN_MODE page (the Hyper-V extensible switch): an isolated
 * port sends on its secondary VLAN and receives only on the primary, a community port sends on its secondary and
 * receives on the primary and its secondary, a promiscuous port sends on the primary and receives on its
 * secondaries. That is RFC 5517's private VLAN: an isolated port reaches only promiscuous ports, a community port its
 * own community and the promiscuous ports, a promiscuous port every port of its primary VLAN.
 */
public enum PrivateVlanMode {
	ISOLATED("may reach only promiscuous ports"),
	COMMUNITY("may reach only its own community and promiscuous ports"),
	PROMISCUOUS("reaches every port of its private VLAN");

	private final String reach;

	PrivateVlanMode(String reach) {
		this.reach = reach;
	}

	/** The word the language and Set-VMNetworkAdapterVlan use: {@code isolated}, {@code community}, {@code promiscuous}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Which ports a port of this mode reaches, in the words a trace gives when it drops a frame. */
	public String reach() {
		return reach;
	}

	/** The mode a word names, or null. */
	public static PrivateVlanMode of(String word) {
		for (PrivateVlanMode mode : values()) {
			if (mode.word().equals(word)) {
				return mode;
			}
		}
		return null;
	}
}
