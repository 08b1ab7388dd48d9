package io.hvnet.dsl.model;

import org.eclipse.emf.common.notify.impl.AdapterImpl;

import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;

/**
 * Windows 10/11's "Default Switch" ({@code default switch DefaultSwitch prefix 172.30.0.0/20}), expanded into what
 * Windows creates by itself: an internal switch named "Default Switch", the management OS's host vNIC
 * "vEthernet (Default Switch)" holding the first address of the prefix (the VMs' gateway), and a NAT on the prefix
 * ({@link Nats}). Windows also hands out addresses of the prefix by DHCP; the pool a DHCP server would use is
 * {@link Nats.Nat#dhcpPool}. ("Create a virtual network", learn.microsoft.com/virtualization/hyper-v-on-windows/
 * quick-start/connect-to-network: the Default Switch gives VMs the computer's network through NAT; Windows creates
 * and removes it, never a script.)
 * <p>
 * The host vNIC is not written in the file, so it is not in the resource: {@link #hostVnic} makes one per switch,
 * outside any container, and {@link Topology} and {@link Names} treat it as the management OS's. It is made again
 * when the switch's name or prefix changes.
 */
public final class DefaultSwitch {

	/** The name Windows gives the switch (Get-VMSwitch -Name). */
	public static final String WINDOWS_NAME = "Default Switch";

	private DefaultSwitch() {
	}

	/** Whether the switch is a Default Switch declaration: an internal switch with a prefix. */
	public static boolean is(VirtualSwitch vswitch) {
		return vswitch != null && vswitch.getNatPrefix() != null && vswitch.getType() == SwitchType.INTERNAL;
	}

	/** The prefix the file gives it, or null when it is not a Default Switch or the prefix has no length. */
	public static Addresses prefix(VirtualSwitch vswitch) {
		if (!is(vswitch)) {
			return null;
		}
		Addresses prefix = Addresses.parse(vswitch.getNatPrefix());
		return prefix == null || prefix.prefixLength() < 1 || prefix.prefixLength() > 30 ? null : prefix;
	}

	/** The host vNIC's address: the first address of the prefix, as Windows gives "vEthernet (Default Switch)". */
	public static Addresses gateway(Addresses prefix) {
		return new Addresses(prefix.network() + 1, prefix.prefixLength());
	}

	/** The management OS's host vNIC on the Default Switch, or null when the switch is not one (or has no prefix). */
	public static HostVnic hostVnic(VirtualSwitch vswitch) {
		Addresses prefix = prefix(vswitch);
		if (prefix == null) {
			return null;
		}
		synchronized (vswitch) {
			Expansion expansion = (Expansion) vswitch.eAdapters().stream().filter(Expansion.class::isInstance)
					.findFirst().orElse(null);
			String key = vswitch.getName() + "|" + vswitch.getNatPrefix();
			if (expansion == null) {
				expansion = new Expansion();
				vswitch.eAdapters().add(expansion);
			}
			if (!key.equals(expansion.key)) {
				expansion.key = key;
				expansion.vnic = vnic(vswitch, prefix);
			}
			return expansion.vnic;
		}
	}

	/** Whether the host vNIC is one {@link #hostVnic} made (it lives in no container). */
	public static boolean isExpanded(HostVnic vnic) {
		return vnic.eContainer() == null && is(vnic.getSwitch()) && hostVnic(vnic.getSwitch()) == vnic;
	}

	private static HostVnic vnic(VirtualSwitch vswitch, Addresses prefix) {
		HostVnic vnic = HvnetFactory.eINSTANCE.createHostVnic();
		vnic.setName("v" + vswitch.getName());
		vnic.setDisplayName("vEthernet (" + windowsName(vswitch) + ")");
		vnic.setAddress(gateway(prefix).toString());
		vnic.setSwitch(vswitch);
		return vnic;
	}

	/** "Default Switch", or the display name the file gives it. */
	public static String windowsName(VirtualSwitch vswitch) {
		return vswitch.getDisplayName() != null && !vswitch.getDisplayName().isBlank() ? vswitch.getDisplayName()
				: WINDOWS_NAME;
	}

	/** Keeps a switch's expansion with it, so that every consumer sees the same host vNIC. */
	private static final class Expansion extends AdapterImpl {
		private String key;
		private HostVnic vnic;
	}
}
