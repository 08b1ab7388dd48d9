package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.List;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.SwitchPort;

/**
 * A virtual switch port's security settings, as Set-VMNetworkAdapter sets them (Microsoft Learn, "Set-VMNetworkAdapter",
 * Hyper-V module): {@code -DhcpGuard On} drops DHCP server messages (OFFER, ACK, NAK) the adapter sends,
 * {@code -RouterGuard On} drops the router advertisements and ICMP redirects it sends, and {@code -MacAddressSpoofing Off}
 * (Hyper-V's default) drops frames it sends from a source MAC that is not its own. All three are Off unless written
 * ({@code dhcp-guard}, {@code router-guard}, {@code mac-spoofing}). The cmdlet takes them for a VM's adapter and, with
 * {@code -ManagementOS}, for a host vNIC: both are ports of a virtual switch. A physical NIC has no such port.
 */
public record PortSecurity(boolean dhcpGuard, boolean routerGuard, boolean macSpoofing) {

	/** Hyper-V's defaults: no guard, spoofing off. */
	public static final PortSecurity DEFAULT = new PortSecurity(false, false, false);

	public static PortSecurity of(Adapter adapter) {
		if (!(adapter instanceof SwitchPort)) {
			return DEFAULT;
		}
		return new PortSecurity(adapter.isDhcpGuard(), adapter.isRouterGuard(), adapter.isMacSpoofing());
	}

	/** Whether Hyper-V has these settings for the adapter: a port of a virtual switch (VM adapter, host vNIC). */
	public static boolean appliesTo(Adapter adapter) {
		return adapter instanceof SwitchPort;
	}

	/** The settings that differ from Hyper-V's defaults, in the words the hover and the trace use. */
	public List<String> describe() {
		List<String> words = new ArrayList<>();
		if (dhcpGuard) {
			words.add("DHCP guard on");
		}
		if (routerGuard) {
			words.add("router guard on");
		}
		if (macSpoofing) {
			words.add("MAC address spoofing on");
		}
		return words;
	}

	/** Set-VMNetworkAdapter's parameters for these settings, every one written (-DhcpGuard On -RouterGuard Off …). */
	public String cmdletParameters() {
		return "-DhcpGuard " + onOff(dhcpGuard) + " -RouterGuard " + onOff(routerGuard) + " -MacAddressSpoofing "
				+ onOff(macSpoofing);
	}

	/** Hyper-V's OnOffState words, as Get-VMNetworkAdapter reports and Set-VMNetworkAdapter takes them. */
	public static String onOff(boolean on) {
		return on ? "On" : "Off";
	}
}
