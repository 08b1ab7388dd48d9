package io.hvnet.sim.net;

import io.hvnet.dsl.model.PortSecurity;

/**
 * What a virtual switch port lets in from its adapter (Set-VMNetworkAdapter, see {@link PortSecurity}): with MAC
 * address spoofing off, only frames from the adapter's own MAC; with DHCP guard on, no DHCP server message; with
 * router guard on, no ICMP redirect (type 5) or router advertisement (type 9). A guest sends from another MAC when
 * its model says so ({@code guest-mac}), and a router or forwarding stack sends redirects ({@link IpStack}); router
 * advertisements are not simulated (IPv6's of RFC 4861 are what networks use today, and hvnet simulates IPv4 only;
 * no stack in hvnet sends the IPv4 ones of RFC 1256), so that part of the rule stands for what Hyper-V does.
 */
final class PortGuard {

	private static final int ICMP_ROUTER_ADVERTISEMENT = 9;

	private final String adapter;
	private final long mac;
	private final PortSecurity security;

	PortGuard(String adapter, long mac, PortSecurity security) {
		this.adapter = adapter;
		this.mac = mac;
		this.security = security;
	}

	/** Why the port drops {@code frame} coming from its adapter; null when it lets it in. */
	String whyDropped(Frame frame) {
		if (!security.macSpoofing() && frame.src() != mac) {
			return "MAC address spoofing is off on " + adapter + ": source " + Macs.format(frame.src())
					+ " is not its MAC " + Macs.format(mac);
		}
		if (security.dhcpGuard() && frame.dhcp() != null && frame.dhcp().type().fromServer()) {
			return "DHCP guard on " + adapter + " drops DHCP server messages";
		}
		if (security.routerGuard() && frame.icmp() != null
				&& (frame.icmp() == IcmpError.REDIRECT || frame.icmp().type() == ICMP_ROUTER_ADVERTISEMENT)) {
			return "router guard on " + adapter + " drops router advertisements and redirects";
		}
		return null;
	}
}
