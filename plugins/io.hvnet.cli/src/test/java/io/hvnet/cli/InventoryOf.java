package io.hvnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.Route;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Adapters;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.DefaultSwitch;
import io.hvnet.dsl.model.IpAddresses;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.PortSecurity;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.dsl.model.Vlans;
import io.hvnet.dsl.model.edit.ManagementVnic;

/**
 * Test helper, the export-to-inventory direction: the inventory scripts/Export-HvnetInventory.ps1 would write on a
 * host built as a .hvnet file declares it (what `export powershell` would make of it), so that
 * {@code import(export(x))} can be compared with {@code x}.
 */
final class InventoryOf {

	private static final ObjectMapper JSON = new ObjectMapper();

	private InventoryOf() {
	}

	static ObjectNode host(Host host) {
		ObjectNode inventory = JSON.createObjectNode().put("schemaVersion", 1).put("computerName", host.getName());
		ArrayNode switches = inventory.putArray("vmSwitches");
		ArrayNode teams = inventory.putArray("vmSwitchTeams");
		ArrayNode adapters = inventory.putArray("vmNetworkAdapters");
		ArrayNode netAdapters = inventory.putArray("netAdapters");
		ArrayNode bindings = inventory.putArray("netAdapterBindings");
		ArrayNode addresses = inventory.putArray("netIPAddresses");
		ArrayNode interfaces = inventory.putArray("netIPInterfaces");
		ArrayNode routes = inventory.putArray("netRoutes");
		for (VirtualSwitch s : host.getSwitches()) {
			ObjectNode o = switches.addObject().put("Name", Names.windowsName(s))
					.put("SwitchType", capitalized(s.getType().getLiteral())).put("EmbeddedTeamingEnabled", Teams.isTeam(s));
			ArrayNode descriptions = o.putArray("NetAdapterInterfaceDescriptions");
			Teams.members(s).forEach(nic -> descriptions.add(description(nic)));
			if (Teams.isTeam(s)) {
				teams.addObject().put("Name", Names.windowsName(s)).put("LoadBalancingAlgorithm",
						Teams.loadBalancing(s).cmdletValue());
			}
		}
		for (PhysicalNic nic : host.getNics()) {
			netAdapters.addObject().put("Name", nic.getName()).put("InterfaceDescription", description(nic))
					.put("MacAddress", mac(nic, "-")).put("ReceiveLinkSpeed",
							nic.getSpeed() > 0 ? Adapters.speedMbps(nic) * 1_000_000L : 0)
					.put("Status", "Up").put("HardwareInterface", true).put("Virtual", false).put("VlanID", nic.getVlan());
			ip(nic.getName(), nic, bindings, addresses, interfaces, routes);
		}
		int index = 1;
		// the Default Switch's host vNIC is Windows' and is listed like any other; its NAT is not in Get-NetNat
		List<HostVnic> vnics = new ArrayList<>(host.getParent() == null ? List.of() : host.getParent().getVnics());
		host.getSwitches().stream().map(DefaultSwitch::hostVnic).filter(Objects::nonNull).forEach(vnics::add);
		ArrayNode nats = inventory.putArray("netNats");
		host.getNats().forEach(n -> nats.addObject().put("Name", Names.windowsName(n))
				.put("InternalIPInterfaceAddressPrefix", n.getPrefix()).putNull("ExternalIPInterfaceAddressPrefix")
				.put("Active", true));
		for (HostVnic vnic : vnics) {
			port(adapters.addObject().put("Name", ManagementVnic.adapterName(vnic)).put("IsManagementOs", true), vnic);
			String alias = ManagementVnic.interfaceAlias(vnic);
			netAdapters.addObject().put("Name", alias)
					.put("InterfaceDescription", "Hyper-V Virtual Ethernet Adapter #" + index++)
					.put("MacAddress", mac(vnic, "-")).put("HardwareInterface", false).put("Virtual", true);
			ip(alias, vnic, bindings, addresses, interfaces, routes);
		}
		for (VirtualMachine vm : host.getVms()) {
			for (VmAdapter adapter : vm.getAdapters()) {
				ObjectNode o = adapters.addObject().put("Name", adapter.getName()).put("VMName", Names.windowsName(vm))
						.put("IsManagementOs", false).put("IsLegacy", adapter.getKind().getLiteral().equals("legacy"));
				Addresses address = Addresses.parse(adapter.getAddress());
				if (address != null) {
					o.putArray("IPAddresses").add(Addresses.format(address.address()));
				}
				port(o, adapter);
			}
		}
		return inventory;
	}

	private static void port(ObjectNode o, Adapter adapter) {
		VirtualSwitch on = adapter instanceof HostVnic v ? v.getSwitch() : ((VmAdapter) adapter).getSwitch();
		PortSecurity security = PortSecurity.of(adapter);
		o.put("SwitchName", on == null ? null : Names.windowsName(on)).put("MacAddress", mac(adapter, ""))
				.put("DhcpGuard", PortSecurity.onOff(security.dhcpGuard()))
				.put("RouterGuard", PortSecurity.onOff(security.routerGuard()))
				.put("MacAddressSpoofing", PortSecurity.onOff(security.macSpoofing()));
		VlanMembership vlans = Vlans.of(adapter);
		ObjectNode vlan = o.putObject("Vlan");
		if (vlans.privateMode() != null) {
			vlan.put("OperationMode", "Private").put("PrivateVlanMode", capitalized(vlans.privateMode().word()))
					.put("PrimaryVlanId", vlans.primaryVlan()).put("SecondaryVlanIdListString",
							String.join(",", vlans.secondaryVlans().stream().map(String::valueOf).toList()));
		} else if (vlans.isTrunk()) {
			vlan.put("OperationMode", "Trunk").put("NativeVlanId", vlans.untaggedVlan()).put("AllowedVlanIdListString",
					vlans.allowedIdList().isEmpty() ? "1-4094" : vlans.allowedIdList());
		} else if (vlans.untaggedVlan() > 0) {
			vlan.put("OperationMode", "Access").put("AccessVlanId", vlans.untaggedVlan());
		} else {
			vlan.put("OperationMode", "Untagged");
		}
	}

	private static void ip(String alias, Adapter adapter, ArrayNode bindings, ArrayNode addresses,
			ArrayNode interfaces, ArrayNode routes) {
		for (String protocol : Bindings.KNOWN) {
			for (String component : Bindings.componentIds(protocol)) {
				bindings.addObject().put("Name", alias).put("ComponentID", component)
						.put("Enabled", Bindings.isBound(adapter, protocol));
			}
		}
		for (Addresses address : IpAddresses.of(adapter)) {
			addresses.addObject().put("InterfaceAlias", alias).put("AddressFamily", "IPv4")
					.put("IPAddress", Addresses.format(address.address())).put("PrefixLength", address.prefixLength());
		}
		interfaces.addObject().put("InterfaceAlias", alias).put("AddressFamily", "IPv4")
				.put("InterfaceMetric", adapter.getMetric())
				.put("AutomaticMetric", adapter.getMetric() > 0 ? "Disabled" : "Enabled")
				.put("Forwarding", adapter.isForwarding() ? "Enabled" : "Disabled");
		if (adapter.getGateway() != null) {
			routes.addObject().put("InterfaceAlias", alias).put("AddressFamily", "IPv4")
					.put("DestinationPrefix", "0.0.0.0/0").put("NextHop", adapter.getGateway());
		}
		for (Route route : adapter.getRoutes()) {
			routes.addObject().put("InterfaceAlias", alias).put("AddressFamily", "IPv4")
					.put("DestinationPrefix", route.getPrefix()).put("NextHop", route.getNextHop())
					.put("RouteMetric", route.getMetric());
		}
	}

	/** Get-NetAdapter's InterfaceDescription: the file's device name, else one made unique by the NIC's name. */
	static String description(PhysicalNic nic) {
		return nic.getDeviceName() != null ? nic.getDeviceName() : "Ethernet adapter " + nic.getName();
	}

	private static String mac(Adapter adapter, String separator) {
		return adapter.getMac() == null ? null
				: String.join(separator, List.of(adapter.getMac().toUpperCase(Locale.ROOT).split("[-:]")));
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
