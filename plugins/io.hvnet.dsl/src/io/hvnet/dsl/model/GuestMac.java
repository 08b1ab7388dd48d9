package io.hvnet.dsl.model;

import io.hvnet.dsl.hvnet.Adapter;

/**
 * The source MAC a guest OS sends from when it overrides its NIC's own ({@code guest-mac}): in Windows, the adapter's
 * "Network Address" advanced property; in Linux, {@code ip link set dev eth0 address}. Hyper-V does not set it and
 * cannot see it; it only decides what its switch port does with such frames: with MAC address spoofing off (the
 * default) it drops them, with {@code -MacAddressSpoofing On} it lets them in and learns the new address
 * (Set-VMNetworkAdapter, Microsoft Learn: "Specifies whether virtual machines may change the source MAC address in
 * outgoing packets to one not assigned to them").
 */
public final class GuestMac {

	private GuestMac() {
	}

	/** The MAC the guest sends from as written, or null when it sends from the adapter's own. */
	public static String of(Adapter adapter) {
		return PortSecurity.appliesTo(adapter) ? adapter.getGuestMac() : null;
	}

	/**
	 * Whether the guest sends from a MAC that is not the adapter's: a written {@code guest-mac} other than its
	 * {@code mac} (any, when the adapter's MAC is dynamic: Hyper-V picks one from its own pool).
	 */
	public static boolean differs(Adapter adapter) {
		String guest = of(adapter);
		return guest != null && (adapter.getMac() == null || !MacAddresses.canonical(guest).equals(MacAddresses.canonical(adapter.getMac())));
	}

	/** Whether the adapter's switch port drops what the guest sends: another MAC, with MAC address spoofing off. */
	public static boolean droppedBySwitch(Adapter adapter) {
		return differs(adapter) && !PortSecurity.of(adapter).macSpoofing();
	}

	/** Whether {@code mac} may be a frame's source: a unicast address (IEEE 802: the first octet's lowest bit clear). */
	public static boolean unicast(String mac) {
		return (Integer.parseInt(mac.substring(0, 2), 16) & 1) == 0;
	}
}
