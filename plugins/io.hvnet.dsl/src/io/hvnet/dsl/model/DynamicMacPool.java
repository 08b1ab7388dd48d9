package io.hvnet.dsl.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.VmAdapter;

/**
 * A host's pool of dynamic MAC addresses, as Hyper-V hands them to new VM adapters and host vNICs (Microsoft
 * KB2804678, "Hyper-V dynamic MAC address range"; Virtual Switch Manager > MAC Address Range): Microsoft's OUI
 * 00-15-5D, then the last two octets of the host's IPv4 address, then 00 to FF. Content assist offers the first free
 * one where an adapter's {@code mac} goes.
 */
public final class DynamicMacPool {

	private static final int POOL_SIZE = 256;

	private DynamicMacPool() {
	}

	/**
	 * The first address of {@code host}'s pool that no adapter of its world has (as {@code mac} or {@code guest-mac}),
	 * or null when all 256 are taken. The host's address is its first: a NIC's or a host vNIC's, in text order; a
	 * host without one has 00-00 in its place.
	 */
	public static String firstFree(Host host) {
		int ip = firstAddress(host);
		String prefix = String.format(Locale.ROOT, "00:15:5D:%02X:%02X:", (ip >>> 8) & 0xFF, ip & 0xFF);
		Set<String> used = inUse(host);
		for (int last = 0; last < POOL_SIZE; last++) {
			String mac = prefix + String.format(Locale.ROOT, "%02X", last);
			if (!used.contains(MacAddresses.canonical(mac))) {
				return mac;
			}
		}
		return null;
	}

	private static int firstAddress(Host host) {
		for (PhysicalNic nic : host.getNics()) {
			List<Addresses> addresses = IpAddresses.of(nic);
			if (!addresses.isEmpty()) {
				return addresses.get(0).address();
			}
		}
		if (host.getParent() != null) {
			for (HostVnic vnic : host.getParent().getVnics()) {
				List<Addresses> addresses = IpAddresses.of(vnic);
				if (!addresses.isEmpty()) {
					return addresses.get(0).address();
				}
			}
		}
		return 0;
	}

	/** The MACs, in their canonical spelling, of every adapter of the world {@code element} is in. */
	private static Set<String> inUse(EObject element) {
		Set<String> used = new HashSet<>();
		if (!(EcoreUtil.getRootContainer(element) instanceof Network network)) {
			return used;
		}
		for (Network file : Worlds.of(network)) {
			file.eAllContents().forEachRemaining(o -> {
				if (o instanceof Adapter a) {
					if (a.getMac() != null) {
						used.add(MacAddresses.canonical(a.getMac()));
					}
					if (a.getGuestMac() != null) {
						used.add(MacAddresses.canonical(a.getGuestMac()));
					}
				}
			});
		}
		return used;
	}

	/** The host whose pool {@code adapter} takes its MAC from (a VM adapter's or a host vNIC's), else null. */
	public static Host hostOf(Adapter adapter) {
		return adapter instanceof VmAdapter || adapter instanceof HostVnic
				? EcoreUtil2.getContainerOfType(adapter, Host.class)
				: null;
	}
}
