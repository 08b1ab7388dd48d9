package io.hvnet.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.DefaultSwitch;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.Teams;
import io.hvnet.inventory.Inventory.Binding;
import io.hvnet.inventory.Inventory.IpAddress;
import io.hvnet.inventory.Inventory.IpInterface;
import io.hvnet.inventory.Inventory.Nat;
import io.hvnet.inventory.Inventory.NetAdapter;
import io.hvnet.inventory.Inventory.Route;
import io.hvnet.inventory.Inventory.SwitchKind;
import io.hvnet.inventory.Inventory.SwitchTeam;
import io.hvnet.inventory.Inventory.Vlan;
import io.hvnet.inventory.Inventory.VmAdapter;
import io.hvnet.inventory.Inventory.VmSwitch;

/**
 * One inventory as a {@code host} block. What the language cannot say (IPv6 addresses, SR-IOV,
 * bandwidth, switch extensions, port security, a host vNIC on no switch) is written as a comment where it belongs and
 * reported as a warning, so nothing is dropped silently. docs/import.md lists every rule.
 */
final class HostImport {

	/** The in-box extension every switch has enabled (Get-VMSwitchExtension): it filters nothing by itself. */
	private static final String WINDOWS_FILTERING_PLATFORM = "Microsoft Windows Filtering Platform";
	private static final String ANY_ADDRESS = "0.0.0.0";

	/** A NIC with an IPv4 subnet on its link: what the physical switch suggestion groups hosts by. */
	record AddressedNic(String qualifiedName, String subnet) {
	}

	/** A host interface with an address, where a guest's address may take its prefix length from. */
	private record HostInterface(Addresses address, String switchName, String alias) {
	}

	private final Inventory inventory;
	private final ValidNames names;
	private final List<String> warnings;
	private final String hostName;
	private final Map<NetAdapter, String> nics = new LinkedHashMap<>();
	private final Map<String, VmSwitch> switchesByName = new LinkedHashMap<>();
	private final Map<String, String> switchIds = new LinkedHashMap<>();
	private final Map<VmAdapter, NetAdapter> vnicInterfaces = new LinkedHashMap<>();
	private final List<HostInterface> hostInterfaces = new ArrayList<>();
	private final List<AddressedNic> addressedNics = new ArrayList<>();
	private final Map<NetAdapter, String> renamed = new LinkedHashMap<>();
	private final List<String> hostNotes = new ArrayList<>();

	HostImport(Inventory inventory, String hostName, ValidNames names, List<String> warnings) {
		this.inventory = inventory;
		this.hostName = hostName;
		this.names = names;
		this.warnings = warnings;
	}

	List<AddressedNic> addressedNics() {
		return addressedNics;
	}

	void write(HvnetLines out) throws InventoryException {
		List<String> notes = hostNotes;
		if (!hostName.equals(inventory.computerName())) {
			notes.add("Windows computer name: " + inventory.computerName());
		}
		sortAdapters();
		List<String> natLines = new ArrayList<>();
		for (Nat nat : inventory.nats()) {
			natLine(nat, notes, natLines);
		}
		out.open("host " + hostName);
		notes.forEach(out::comment);
		for (Map.Entry<NetAdapter, String> nic : nics.entrySet()) {
			nic(out, nic.getKey(), nic.getValue());
		}
		for (VmSwitch vswitch : inventory.switches()) {
			virtualSwitch(out, vswitch);
		}
		// the Default Switch's host vNIC is part of its one line
		List<VmAdapter> vnics = inventory.adapters().stream().filter(VmAdapter::managementOs)
				.filter(v -> defaultSwitchPrefix(switchesByName.get(v.switchName())) == null).toList();
		if (!vnics.isEmpty()) {
			out.blank().open("parent");
			for (VmAdapter vnic : vnics) {
				hostVnic(out, vnic);
			}
			out.close();
		}
		if (!natLines.isEmpty()) {
			out.blank();
			natLines.forEach(out::line);
		}
		Map<String, List<VmAdapter>> vms = new LinkedHashMap<>();
		for (VmAdapter adapter : inventory.adapters()) {
			if (!adapter.managementOs()) {
				vms.computeIfAbsent(adapter.vmName() == null ? "" : adapter.vmName(), v -> new ArrayList<>())
						.add(adapter);
			}
		}
		vms.forEach((vm, adapters) -> vm(out, vm, adapters));
		out.close();
	}

	/** Which adapters are physical NICs and which interface each host vNIC is; switches get their ids. */
	private void sortAdapters() {
		for (VmAdapter vnic : inventory.adapters()) {
			if (vnic.managementOs()) {
				NetAdapter iface = inventory.netAdapters().stream()
						.filter(n -> n.name().equalsIgnoreCase("vEthernet (" + vnic.name() + ")")).findFirst()
						.orElseGet(() -> inventory.netAdapters().stream()
								.filter(n -> !n.hardware() && sameMac(n.mac(), vnic.mac())).findFirst().orElse(null));
				if (iface != null) {
					vnicInterfaces.put(vnic, iface);
				}
			}
		}
		for (NetAdapter adapter : inventory.netAdapters()) {
			if (vnicInterfaces.containsValue(adapter)) {
				continue;
			}
			if (adapter.hardware() || !adapter.virtual()) {
				String name = names.of(adapter.name());
				if (!name.equals(adapter.name())) {
					renamed.put(adapter, warn("NIC '" + adapter.name() + "' is written " + name
							+ " (hvnet's NIC names are identifiers): an exported script names it " + name));
				}
				nics.put(adapter, name);
			} else {
				hostNotes.add(warn("adapter '" + adapter.name() + "' (" + adapter.description() + ") is neither a"
						+ " physical NIC nor a host vNIC: not imported"));
			}
		}
		for (VmSwitch vswitch : inventory.switches()) {
			switchesByName.put(vswitch.name(), vswitch);
			switchIds.put(vswitch.name(), names.of(vswitch.name()));
		}
	}

	private void nic(HvnetLines out, NetAdapter nic, String name) {
		List<String> notes = new ArrayList<>();
		if (renamed.containsKey(nic)) {
			notes.add(renamed.get(nic));
		}
		if (nic.status() != null && !nic.status().equalsIgnoreCase("Up")) {
			notes.add("Status: " + nic.status());
		}
		VmSwitch uplinkOf = inventory.switches().stream()
				.filter(s -> s.type() == SwitchKind.EXTERNAL && s.nicDescriptions().stream()
						.anyMatch(d -> d.equalsIgnoreCase(nic.description())))
				.findFirst().orElse(null);
		List<String> settings = new ArrayList<>();
		mac(settings, nic.mac());
		if (nic.receiveLinkSpeed() > 0) {
			long bps = nic.receiveLinkSpeed();
			// ReceiveLinkSpeed is in bit/s; a Wi-Fi rate (866.7 Mbit/s) is rounded to whole Mbit/s
			settings.add(bps % 1_000_000_000L == 0 ? "speed " + bps / 1_000_000_000L + " Gbps"
					: "speed " + Math.max(1, Math.round(bps / 1e6)) + " Mbps");
		}
		bindings(settings, notes, nic.name(), uplinkOf != null ? List.of(Bindings.VMS) : Bindings.FRESH);
		List<Addresses> own = ipSettings(settings, notes, nic.name(), null);
		for (Addresses address : own) {
			addressedNics.add(new AddressedNic(hostName + "." + name, subnet(address)));
			hostInterfaces.add(new HostInterface(address, null, nic.name()));
		}
		if (nic.vlanId() > 0) {
			settings.add("vlan " + nic.vlanId());
		}
		element(out, notes, "nic " + name + " " + HvnetLines.quote(nic.description()), settings);
	}

	/**
	 * Get-NetNat's NAT with an internal prefix as {@code nat NAME prefix P} (New-NetNat
	 * -InternalIPInterfaceAddressPrefix); one with only an external prefix (a routing domain's) is not modelled.
	 */
	private void natLine(Nat nat, List<String> notes, List<String> into) {
		Addresses prefix = Addresses.parse(nat.internalPrefix());
		if (prefix == null || prefix.prefixLength() < 1) {
			notes.add(warn("NAT " + nat.name() + " has no internal prefix (external " + nat.externalPrefix()
					+ "): not modelled"));
			return;
		}
		String id = names.of(nat.name());
		into.add("nat " + id + (id.equals(nat.name()) ? "" : " " + HvnetLines.quote(nat.name())) + " prefix "
				+ Addresses.format(prefix.network()) + "/" + prefix.prefixLength());
	}

	/**
	 * The prefix of Windows' Default Switch (an internal switch of that name): the network of the address its host
	 * vNIC has, which Windows picks at boot; null for any other switch, or when the vNIC has no IPv4 address.
	 */
	private Addresses defaultSwitchPrefix(VmSwitch vswitch) {
		if (vswitch == null || vswitch.type() != SwitchKind.INTERNAL
				|| !vswitch.name().equals(DefaultSwitch.WINDOWS_NAME)) {
			return null;
		}
		String alias = "vEthernet (" + vswitch.name() + ")";
		for (IpAddress address : inventory.addresses()) {
			Addresses parsed = address.ipv4() && address.alias().equalsIgnoreCase(alias)
					? Addresses.parse(address.address() + "/" + address.prefixLength()) : null;
			if (parsed != null && parsed.prefixLength() >= 1 && parsed.prefixLength() <= 30) {
				return new Addresses(parsed.network(), parsed.prefixLength());
			}
		}
		return null;
	}

	private void virtualSwitch(HvnetLines out, VmSwitch vswitch) throws InventoryException {
		String id = switchIds.get(vswitch.name());
		Addresses defaultPrefix = defaultSwitchPrefix(vswitch);
		if (defaultPrefix != null) {
			// Windows' own switch, vNIC and NAT in the one line that stands for them; its DHCP is not modelled yet
			out.line("default switch " + id + " prefix " + defaultPrefix);
			hostInterfaces.add(new HostInterface(DefaultSwitch.gateway(defaultPrefix), vswitch.name(),
					"vEthernet (" + vswitch.name() + ")"));
			return;
		}
		StringBuilder line = new StringBuilder(vswitch.type().name().toLowerCase(Locale.ROOT) + " switch " + id);
		if (!id.equals(vswitch.name())) {
			line.append(' ').append(HvnetLines.quote(vswitch.name()));
		}
		List<String> notes = new ArrayList<>();
		if (vswitch.type() == SwitchKind.EXTERNAL) {
			List<String> uplinks = new ArrayList<>();
			for (String description : vswitch.nicDescriptions()) {
				String nic = nics.entrySet().stream().filter(e -> e.getKey().description().equalsIgnoreCase(description))
						.map(Map.Entry::getValue).findFirst().orElse(null);
				if (nic == null) {
					throw new InventoryException(inventory.file() + ": switch '" + vswitch.name() + "' is bound to NIC '"
							+ description + "', which netAdapters does not list");
				}
				uplinks.add(nic);
			}
			if (!uplinks.isEmpty()) {
				line.append(" on ").append(String.join(", ", uplinks));
			}
			if (vswitch.embeddedTeaming()) {
				String algorithm = inventory.teams().stream().filter(t -> t.name().equals(vswitch.name()))
						.map(SwitchTeam::loadBalancing).filter(a -> a != null).findFirst().orElse(null);
				Teams.LoadBalancing balancing = "HyperVPort".equals(algorithm) ? Teams.LoadBalancing.HYPERV_PORT
						: "Dynamic".equals(algorithm) || uplinks.size() == 1 ? Teams.LoadBalancing.DYNAMIC : null;
				if (balancing != null) {
					line.append(" teaming ").append(balancing.word());
				}
			}
			for (VmAdapter vnic : inventory.adapters()) {
				if (vnic.managementOs() && vswitch.name().equals(vnic.switchName())) {
					uplinkSubnets(vnic, uplinks);
				}
			}
		}
		if (vswitch.type() == SwitchKind.INTERNAL && vswitch.name().equals(DefaultSwitch.WINDOWS_NAME)) {
			notes.add(warn("switch 'Default Switch' is Windows' own, but its host vNIC has no IPv4 address: imported as"
					+ " an internal switch"));
		}
		if (vswitch.iovEnabled()) {
			notes.add(warn("SR-IOV is enabled on switch '" + vswitch.name() + "': not modelled"));
		}
		for (String extension : vswitch.enabledExtensions()) {
			if (!extension.equals(WINDOWS_FILTERING_PLATFORM)) {
				notes.add(warn("extension '" + extension + "' is enabled on switch '" + vswitch.name()
						+ "': not modelled"));
			}
		}
		notes.forEach(out::comment);
		out.line(line.toString());
	}

	private void uplinkSubnets(VmAdapter vnic, List<String> uplinks) {
		NetAdapter iface = vnicInterfaces.get(vnic);
		if (iface == null) {
			return;
		}
		for (IpAddress address : inventory.addresses()) {
			Addresses parsed = address.ipv4() && address.alias().equalsIgnoreCase(iface.name())
					? Addresses.parse(address.address() + "/" + address.prefixLength()) : null;
			if (parsed != null) {
				uplinks.forEach(u -> addressedNics.add(new AddressedNic(hostName + "." + u, subnet(parsed))));
			}
		}
	}

	private void hostVnic(HvnetLines out, VmAdapter vnic) {
		List<String> notes = new ArrayList<>();
		String id = switchIds.get(vnic.switchName());
		if (id == null) {
			out.comment(warn("host vNIC '" + vnic.name() + "' is on no switch"
					+ (vnic.switchName() == null ? "" : " the inventory lists ('" + vnic.switchName() + "')")
					+ ": hvnet's host vNICs are always on one, not imported"));
			return;
		}
		String alias = "vEthernet (" + vnic.name() + ")";
		NetAdapter iface = vnicInterfaces.get(vnic);
		if (iface != null && !iface.name().equalsIgnoreCase(alias)) {
			notes.add(warn("host vNIC '" + vnic.name() + "' has the interface '" + iface.name() + "'; hvnet calls it "
					+ alias));
		}
		List<String> settings = new ArrayList<>();
		mac(settings, vnic.mac());
		if (iface != null) {
			bindings(settings, notes, iface.name(), Bindings.FRESH);
			for (Addresses address : ipSettings(settings, notes, iface.name(), vnic.switchName())) {
				hostInterfaces.add(new HostInterface(address, vnic.switchName(), iface.name()));
			}
		}
		vlan(settings, vnic.vlan());
		portFeatures(settings, notes, "host vNIC '" + vnic.name() + "'", vnic);
		String name = names.taken(vnic.name()) ? names.of("v" + vnic.name()) : names.of(vnic.name());
		element(out, notes, "vnic " + name + " " + HvnetLines.quote(alias) + " switch " + id,
				settings);
	}

	private void vm(HvnetLines out, String vmName, List<VmAdapter> adapters) {
		String id = names.of(vmName);
		out.blank().open("vm " + id + (id.equals(vmName) ? "" : " " + HvnetLines.quote(vmName)));
		ValidNames adapterNames = names.scope();
		for (VmAdapter adapter : adapters) {
			String name = adapterNames.of(adapter.name());
			List<String> notes = new ArrayList<>();
			if (!name.equals(adapter.name())) {
				notes.add(warn("VM " + vmName + "'s adapter '" + adapter.name() + "' is written " + name
						+ " (hvnet's adapter names are identifiers): an exported script names it " + name));
			}
			List<String> settings = new ArrayList<>();
			mac(settings, adapter.mac());
			guestAddress(settings, notes, vmName, adapter);
			vlan(settings, adapter.vlan());
			portFeatures(settings, notes, "VM " + vmName + "'s adapter '" + adapter.name() + "'", adapter);
			String id2 = adapter.switchName() == null ? null : switchIds.get(adapter.switchName());
			if (adapter.switchName() != null && id2 == null) {
				notes.add(warn("VM " + vmName + "'s adapter '" + adapter.name() + "' is on switch '"
						+ adapter.switchName() + "', which vmSwitches does not list: imported as not connected"));
			}
			element(out, notes, (adapter.legacy() ? "legacy" : "synthetic") + " adapter " + name
					+ (id2 == null ? "" : " switch " + id2), settings);
		}
		out.close();
	}

	/**
	 * A guest's IPv4 address (Get-VMNetworkAdapter's IPAddresses, reported by the guest's integration services) comes
	 * without its prefix length: it is taken from a host interface whose subnet holds the address, one on the same
	 * switch first; without one the address stays a comment.
	 */
	private void guestAddress(List<String> settings, List<String> notes, String vmName, VmAdapter adapter) {
		List<String> ipv4 = adapter.ipAddresses().stream().filter(a -> !a.contains(":")).toList();
		for (int i = 0; i < ipv4.size(); i++) {
			Addresses guest = Addresses.parse(ipv4.get(i));
			HostInterface match = null;
			for (HostInterface iface : hostInterfaces) {
				boolean sameSwitch = adapter.switchName() != null && adapter.switchName().equals(iface.switchName());
				if (guest != null && iface.address().sameSubnet(guest.address())
						&& (match == null || sameSwitch && !adapter.switchName().equals(match.switchName()))) {
					match = iface;
				}
			}
			if (i == 0 && match != null) {
				settings.add("ip " + ipv4.get(i) + "/" + match.address().prefixLength() + " // prefix length of "
						+ match.alias());
			} else {
				notes.add(warn("VM " + vmName + "'s address " + ipv4.get(i) + (i == 0
						? " has no prefix length the host knows: not imported" : " is a second address: not imported")));
			}
		}
		List<String> ipv6 = adapter.ipAddresses().stream().filter(a -> a.contains(":") && !linkLocal(a)).toList();
		if (!ipv6.isEmpty()) {
			notes.add(warn("VM " + vmName + "'s IPv6 address " + String.join(", ", ipv6) + ": IPv6 is not modelled"));
		}
	}

	/**
	 * DHCP guard, router guard and MAC spoofing On become the port's settings ({@code PortSecurity}); SR-IOV weight
	 * and bandwidth are port features hvnet does not model.
	 */
	private void portFeatures(List<String> settings, List<String> notes, String what, VmAdapter adapter) {
		if (adapter.dhcpGuard()) {
			settings.add("dhcp-guard");
		}
		if (adapter.routerGuard()) {
			settings.add("router-guard");
		}
		if (adapter.macSpoofing()) {
			settings.add("mac-spoofing");
		}
		List<String> on = new ArrayList<>();
		if (adapter.iovWeight() > 0) {
			on.add("IovWeight " + adapter.iovWeight() + " (SR-IOV)");
		}
		if (adapter.minimumBandwidthAbsolute() > 0) {
			on.add("MinimumBandwidthAbsolute " + adapter.minimumBandwidthAbsolute());
		}
		if (adapter.minimumBandwidthWeight() > 0) {
			on.add("MinimumBandwidthWeight " + adapter.minimumBandwidthWeight());
		}
		if (adapter.maximumBandwidth() > 0) {
			on.add("MaximumBandwidth " + adapter.maximumBandwidth());
		}
		if (!on.isEmpty()) {
			notes.add(warn(what + ": " + String.join(", ", on) + " not modelled"));
		}
	}

	/**
	 * The protocols bound to an adapter (Get-NetAdapterBinding), written only when they differ from what the
	 * language assumes ({@code assumed}); an enabled component hvnet does not know is a warning.
	 */
	private void bindings(List<String> settings, List<String> notes, String adapter, List<String> assumed) {
		List<Binding> of = inventory.bindings().stream().filter(b -> b.adapter().equalsIgnoreCase(adapter)).toList();
		if (of.isEmpty()) {
			return;
		}
		Set<String> bound = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (Binding binding : of) {
			String protocol = Bindings.protocolOf(binding.componentId());
			if (protocol == null) {
				if (binding.enabled()) {
					unknown.add(binding.componentId()
							+ (binding.displayName() == null ? "" : " (" + binding.displayName() + ")"));
				}
			} else if (binding.enabled()) {
				bound.add(protocol);
			}
		}
		List<String> ordered = Bindings.KNOWN.stream().filter(bound::contains).toList();
		if (!new LinkedHashSet<>(ordered).equals(new LinkedHashSet<>(assumed))) {
			settings.add(ordered.isEmpty() ? "" : "bindings " + String.join(", ", ordered));
			if (ordered.isEmpty()) {
				notes.add(warn("adapter '" + adapter + "' has no protocol hvnet knows bound"));
			}
		}
		if (!unknown.isEmpty()) {
			notes.add(warn("adapter '" + adapter + "' also has " + String.join(", ", unknown)
					+ " bound: not modelled"));
		}
	}

	/**
	 * The management OS's IPv4 settings of an interface: its addresses, default gateway, static routes
	 * (Get-NetRoute's rows with a next hop other than the default route), fixed metric and forwarding. IPv6 addresses
	 * other than link-local ones are warnings.
	 */
	private List<Addresses> ipSettings(List<String> settings, List<String> notes, String alias, String switchName) {
		List<Addresses> own = new ArrayList<>();
		List<String> written = new ArrayList<>();
		IpInterface ipInterface = inventory.interfaces().stream()
				.filter(i -> i.ipv4() && i.alias().equalsIgnoreCase(alias)).findFirst().orElse(null);
		for (IpAddress address : inventory.addresses()) {
			if (!address.alias().equalsIgnoreCase(alias)) {
				continue;
			}
			if (!address.ipv4()) {
				if (!linkLocal(address.address())) {
					notes.add(warn("'" + alias + "' has the IPv6 address " + address.address() + "/"
							+ address.prefixLength() + ": IPv6 is not modelled"));
				}
			} else {
				Addresses parsed = Addresses.parse(address.address() + "/" + address.prefixLength());
				if (parsed == null) {
					notes.add(warn("'" + alias + "' has the address " + address.address() + ", which is not IPv4"));
					continue;
				}
				own.add(parsed);
				written.add(address.address() + "/" + address.prefixLength());
			}
		}
		if (!written.isEmpty()) {
			settings.add("ip " + String.join(", ", written)
					+ (ipInterface != null && ipInterface.dhcp() ? " // from DHCP" : ""));
		}
		String gateway = null;
		for (Route route : inventory.routes()) {
			if (!route.ipv4() || !route.alias().equalsIgnoreCase(alias) || route.nextHop().equals(ANY_ADDRESS)) {
				continue; // on-link routes follow from the addresses
			}
			if (route.destinationPrefix().equals(ANY_ADDRESS + "/0") && gateway == null) {
				gateway = route.nextHop();
				settings.add("gateway " + gateway);
			} else {
				settings.add("route " + route.destinationPrefix() + " via " + route.nextHop()
						+ (route.metric() > 0 ? " metric " + route.metric() : ""));
			}
		}
		if (ipInterface != null) {
			if (!ipInterface.automaticMetric() && ipInterface.metric() > 0) {
				settings.add("metric " + ipInterface.metric());
			}
			if (ipInterface.forwarding()) {
				settings.add("forwarding");
			}
		}
		return own;
	}

	/** Set-VMNetworkAdapterVlan's modes as the language writes them (model/VlanMembership's text form). */
	private void vlan(List<String> settings, Vlan vlan) {
		switch (vlan.mode()) {
		case ACCESS -> {
			if (vlan.accessVlanId() > 0) {
				settings.add("vlan " + vlan.accessVlanId());
			}
		}
		case TRUNK -> {
			String allowed = idList(vlan.allowedVlanIdList());
			boolean every = allowed.isEmpty() || allowed.equals("1-4094") || allowed.equals("0-4095")
					|| allowed.equals("0-4094");
			settings.add("vlan trunk" + (every ? "" : " " + allowed)
					+ (vlan.nativeVlanId() > 0 ? " native " + vlan.nativeVlanId() : ""));
		}
		case PRIVATE -> {
			String secondaries = idList(vlan.secondaryVlanIdList());
			settings.add("vlan " + (vlan.privateMode() == null ? "isolated" : vlan.privateMode()) + " primary "
					+ vlan.primaryVlanId() + (secondaries.isEmpty() ? "" : " secondary " + secondaries));
		}
		default -> {
		}
		}
	}

	/** "10,20,100-199" (AllowedVlanIdListString) as the language writes a list: "10, 20, 100-199". */
	private static String idList(String list) {
		return String.join(", ", java.util.Arrays.stream(list.split(",")).map(String::strip)
				.filter(s -> !s.isEmpty()).toList());
	}

	private void mac(List<String> settings, String mac) {
		String hex = mac == null ? "" : mac.replaceAll("[-:]", "").toUpperCase(Locale.ROOT);
		if (hex.matches("[0-9A-F]{12}") && !hex.equals("000000000000")) {
			settings.add("mac " + String.join(":", hex.substring(0, 2), hex.substring(2, 4), hex.substring(4, 6),
					hex.substring(6, 8), hex.substring(8, 10), hex.substring(10, 12)));
		}
	}

	private static void element(HvnetLines out, List<String> notes, String head, List<String> settings) {
		notes.forEach(out::comment);
		List<String> written = settings.stream().filter(s -> !s.isEmpty()).toList();
		if (written.isEmpty()) {
			out.line(head);
			return;
		}
		out.open(head);
		written.forEach(out::line);
		out.close();
	}

	private String warn(String message) {
		warnings.add(inventory.file() + ": " + message);
		return message;
	}

	private static boolean sameMac(String a, String b) {
		return a != null && b != null
				&& a.replaceAll("[-:]", "").equalsIgnoreCase(b.replaceAll("[-:]", "")) && !a.matches("[0:-]*");
	}

	private static boolean linkLocal(String ipv6) {
		return ipv6.toLowerCase(Locale.ROOT).startsWith("fe80:");
	}

	private static String subnet(Addresses address) {
		return Addresses.format(address.network()) + "/" + address.prefixLength();
	}
}
