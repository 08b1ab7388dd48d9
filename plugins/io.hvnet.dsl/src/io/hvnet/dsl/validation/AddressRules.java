package io.hvnet.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.IpAddresses;
import io.hvnet.dsl.model.MacAddresses;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Segments;
import io.hvnet.dsl.model.Worlds;

/** MACs, IPv4 addresses, gateways and VLAN ids of adapters. */
public class AddressRules extends AbstractRules {

	@Check
	public void adapterSettings(Adapter adapter) {
		for (var feature : List.of(HvnetPackage.Literals.ADAPTER__MAC, HvnetPackage.Literals.ADAPTER__ADDRESS,
				HvnetPackage.Literals.ADAPTER__GATEWAY, HvnetPackage.Literals.ADAPTER__METRIC, HvnetPackage.Literals.ADAPTER__SPEED,
				HvnetPackage.Literals.ADAPTER__TEAM_MEMBER, HvnetPackage.Literals.ADAPTER__DHCP,
				HvnetPackage.Literals.ADAPTER__GUEST_MAC)) {
			if (timesWritten(adapter, feature) > 1) {
				error("'" + keyword(feature.getName()) + "' is written more than once for " + adapter.getName()
						+ "; the last one would win", adapter, feature, IssueCodes.SETTING_TWICE);
			}
		}
		Addresses address = adapter.getAddress() == null ? null
				: addressWithPrefix(adapter.getAddress(), adapter, HvnetPackage.Literals.ADAPTER__ADDRESS);
		for (String more : adapter.getMoreAddresses()) {
			addressWithPrefix(more, adapter, HvnetPackage.Literals.ADAPTER__MORE_ADDRESSES);
		}
		if (adapter.getGateway() != null) {
			Addresses gateway = Addresses.parse(adapter.getGateway());
			if (gateway == null || gateway.prefixLength() >= 0) {
				error("'" + adapter.getGateway() + "' is not an IPv4 address", adapter,
						HvnetPackage.Literals.ADAPTER__GATEWAY, IssueCodes.INVALID_ADDRESS);
			} else if (address != null && address.prefixLength() >= 0
					&& IpAddresses.of(adapter).stream().noneMatch(a -> a.sameSubnet(gateway.address()))) {
				error("gateway " + adapter.getGateway() + " is outside " + adapter.getName() + "'s subnet "
						+ Addresses.format(address.network()) + "/" + address.prefixLength(), adapter,
						HvnetPackage.Literals.ADAPTER__GATEWAY, IssueCodes.GATEWAY_OFF_SUBNET);
			}
		}
		// 'vlan' written twice, or with two modes, is VlanRules' to report
		if (adapter.getVlan() < 0 || adapter.getVlan() > NumberRanges.MAX_VLAN) {
			error("VLAN " + adapter.getVlan() + " is out of range: 0 (untagged) to " + NumberRanges.MAX_VLAN, adapter,
					HvnetPackage.Literals.ADAPTER__VLAN, IssueCodes.VLAN_RANGE);
		}
		if (timesWritten(adapter, HvnetPackage.Literals.ADAPTER__SPEED) > 0 && !(adapter instanceof PhysicalNic)) {
			warning("a link speed only applies to physical NICs", adapter, HvnetPackage.Literals.ADAPTER__SPEED,
					IssueCodes.SPEED_ON_VIRTUAL);
		}
	}

	/** Duplicates are looked for once per file, over this file and the files that share its package. */
	@Check
	public void duplicates(Network network) {
		Map<String, Adapter> macs = new HashMap<>();
		Map<String, Adapter> ips = new HashMap<>();
		Segments segments = Segments.of(network);
		for (Network other : Worlds.of(network)) {
			if (other != network) {
				contents(other).adapters().forEach(a -> remember(a, macs));
			}
		}
		for (Adapter a : contents(network).adapters()) {
			if (a.getMac() != null) {
				String mac = MacAddresses.canonical(a.getMac());
				Adapter first = macs.putIfAbsent(mac, a);
				if (first != null) {
					error("MAC " + a.getMac() + " is also the address of " + Names.label(first), a,
							HvnetPackage.Literals.ADAPTER__MAC, IssueCodes.DUPLICATE_MAC);
				}
			}
			// every address of the adapter, its first 'ip' and the ones after it (a secondary address answers ARP
			// on the segment as the first one does)
			duplicateIp(a, a.getAddress(), HvnetPackage.Literals.ADAPTER__ADDRESS, INSIGNIFICANT_INDEX, segments, ips);
			for (int i = 0; i < a.getMoreAddresses().size(); i++) {
				duplicateIp(a, a.getMoreAddresses().get(i), HvnetPackage.Literals.ADAPTER__MORE_ADDRESSES, i, segments,
						ips);
			}
		}
	}

	private void duplicateIp(Adapter a, String text, EStructuralFeature feature, int index, Segments segments,
			Map<String, Adapter> ips) {
		Addresses address = Addresses.parse(text);
		if (address == null) {
			return;
		}
		String key = segments.of(a) + "/" + address.address();
		Adapter first = ips.putIfAbsent(key, a);
		if (first == a) {
			error("IP " + Addresses.format(address.address()) + " is written twice for " + a.getName(), a, feature,
					index, IssueCodes.DUPLICATE_IP);
		} else if (first != null) {
			error("IP " + Addresses.format(address.address()) + " is also the address of " + Names.label(first)
					+ " on the same segment", a, feature, index, IssueCodes.DUPLICATE_IP);
		}
	}

	private static void remember(Adapter a, Map<String, Adapter> macs) {
		if (a.getMac() != null) {
			macs.putIfAbsent(MacAddresses.canonical(a.getMac()), a);
		}
	}

	private static String keyword(String feature) {
		return switch (feature) {
		case "address" -> "ip";
		case "teamMember" -> "team-member";
		case "dhcp" -> "ip dhcp";
		case "guestMac" -> "guest-mac";
		default -> feature;
		};
	}
}
