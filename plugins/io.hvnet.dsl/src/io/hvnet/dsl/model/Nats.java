package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;

/**
 * The NAT networks of a host's management OS: each {@code nat NAME prefix P} (New-NetNat -Name NAME
 * -InternalIPInterfaceAddressPrefix P, "Set up a NAT network", learn.microsoft.com/virtualization/
 * hyper-v-on-windows/user-guide/setup-nat-network) and each Default Switch ({@link DefaultSwitch}). The inside of a
 * NAT is the internal switch whose host vNIC has an address in the prefix; that address is the gateway of the VMs
 * behind it. Packets from the prefix that leave the management OS by another interface get that interface's address
 * as their source ("Windows NAT (WinNAT) — Capabilities and limitations", Microsoft Tech Community, 2016). The
 * validator, the simulator, the export and the hover read NATs here.
 */
public final class Nats {

	/**
	 * A NAT: {@code element} is the {@code nat} line or the Default Switch; {@code internalSwitch} and {@code vnic}
	 * the inside (null when no internal switch's host vNIC has an address in the prefix); {@code gateway} the
	 * vNIC's address in the prefix (0 without one).
	 */
	public record Nat(Host host, EObject element, String name, Addresses prefix, VirtualSwitch internalSwitch,
			HostVnic vnic, int gateway) {

		public boolean inside(int ip) {
			return prefix.sameSubnet(ip);
		}

		public boolean defaultSwitch() {
			return element instanceof VirtualSwitch;
		}

		/** The prefix as written, {@code 172.20.0.0/24}. */
		public String prefixText() {
			return Addresses.format(prefix.network()) + "/" + prefix.prefixLength();
		}

		/**
		 * The addresses a DHCP server of this NAT hands out: the prefix without its network and broadcast addresses
		 * and without the gateway, as ranges of ints (first, last), in order.
		 */
		public List<int[]> dhcpPool() {
			int first = prefix.network() + 1;
			int last = prefix.network() + (int) ((1L << (32 - prefix.prefixLength())) - 2);
			List<int[]> ranges = new ArrayList<>();
			if (gateway >= first && gateway <= last) {
				if (gateway > first) {
					ranges.add(new int[] { first, gateway - 1 });
				}
				if (gateway < last) {
					ranges.add(new int[] { gateway + 1, last });
				}
			} else if (first <= last) {
				ranges.add(new int[] { first, last });
			}
			return ranges;
		}

		/** The hover's and the trace's words: {@code NAT NatNetwork 172.20.0.0/24, gateway 172.20.0.1 on vNat}. */
		public String describe() {
			return "NAT " + name + " " + prefixText() + (vnic == null ? ", no internal switch in it"
					: ", gateway " + Addresses.format(gateway) + " on " + Names.of(vnic));
		}
	}

	private Nats() {
	}

	/** The host's NATs in model order: its 'nat' lines, then its Default Switches (only those with a valid prefix). */
	public static List<Nat> of(Host host) {
		List<Nat> result = new ArrayList<>();
		for (io.hvnet.dsl.hvnet.Nat written : host.getNats()) {
			Nat nat = of(written);
			if (nat != null) {
				result.add(nat);
			}
		}
		for (VirtualSwitch s : host.getSwitches()) {
			Addresses prefix = DefaultSwitch.prefix(s);
			if (prefix != null) {
				HostVnic vnic = DefaultSwitch.hostVnic(s);
				result.add(new Nat(host, s, DefaultSwitch.windowsName(s), prefix, s, vnic,
						DefaultSwitch.gateway(prefix).address()));
			}
		}
		return result;
	}

	/** A 'nat' line's NAT, or null when its prefix is not an address with a prefix length. */
	public static Nat of(io.hvnet.dsl.hvnet.Nat written) {
		Addresses prefix = Addresses.parse(written.getPrefix());
		if (prefix == null || prefix.prefixLength() < 1 || !(written.eContainer() instanceof Host host)) {
			return null;
		}
		for (VirtualSwitch s : host.getSwitches()) {
			if (s.getType() != SwitchType.INTERNAL || DefaultSwitch.is(s)) {
				continue;
			}
			for (HostVnic vnic : Topology.hostVnicsOf(s)) {
				for (Addresses a : IpAddresses.of(vnic)) {
					if (prefix.sameSubnet(a.address())) {
						return new Nat(host, written, Names.windowsName(written), prefix, s, vnic, a.address());
					}
				}
			}
		}
		return new Nat(host, written, Names.windowsName(written), prefix, null, null, 0);
	}

	/** The NAT whose inside is {@code vswitch}, or null. */
	public static Nat behind(VirtualSwitch vswitch) {
		Host host = Topology.hostOf(vswitch);
		if (host == null) {
			return null;
		}
		return of(host).stream().filter(n -> n.internalSwitch() == vswitch).findFirst().orElse(null);
	}
}
