package io.hvnet.cli;

import static io.hvnet.cli.ImportCommandTest.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.hvnet.dsl.model.DefaultSwitch;

/**
 * What a Hyper-V host's networking is, in one comparable form, read either from an inventory's JSON or from the
 * commands of a script {@code export powershell} wrote (as tree-sitter parsed them): switches (type, NICs, team),
 * host vNICs and VM adapters (switch, legacy, VLAN mode, MAC) and the management OS's interfaces (address, gateway,
 * fixed metric) and NAT networks. Names are compared by {@link ImportCommandTest#key}. Windows' Default Switch, its
 * host vNIC and that vNIC's interface are Windows' own, which no script creates: the inventory's are left out.
 */
record HostFacts(Map<String, String> switches, Map<String, String> vnics, Map<String, String> vmAdapters,
		Map<String, String> addresses, Map<String, java.util.Set<String>> routing, Map<String, String> nats) {

	private static final List<String> SWITCH_TYPES = List.of("Private", "Internal", "External");
	private static final List<String> VLAN_MODES = List.of("Untagged", "Access", "Trunk", "Private");
	private static final List<String> PRIVATE_MODES = List.of("", "Isolated", "Community", "Promiscuous");
	private static final List<String> ALGORITHMS = List.of("", "", "", "", "HyperVPort", "Dynamic");

	static HostFacts ofInventory(JsonNode inventory) {
		HostFacts facts = new HostFacts(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
				new TreeMap<>());
		for (JsonNode s : inventory.get("vmSwitches")) {
			String type = name(s.get("SwitchType"), SWITCH_TYPES);
			if (windowsOwn(s.get("Name").asText(), type)) {
				continue;
			}
			List<String> nics = new ArrayList<>();
			for (JsonNode description : s.get("NetAdapterInterfaceDescriptions")) {
				for (JsonNode n : inventory.get("netAdapters")) {
					if (n.get("InterfaceDescription").asText().equals(description.asText())) {
						nics.add(key(n.get("Name").asText()));
					}
				}
			}
			String team = "";
			if (s.path("EmbeddedTeamingEnabled").asBoolean()) {
				for (JsonNode t : inventory.get("vmSwitchTeams")) {
					if (t.get("Name").asText().equals(s.get("Name").asText())) {
						team = " team " + name(t.get("LoadBalancingAlgorithm"), ALGORITHMS);
					}
				}
			}
			facts.switches.put(s.get("Name").asText(), type + " on " + nics + team);
		}
		for (JsonNode a : inventory.get("vmNetworkAdapters")) {
			if (a.get("IsManagementOs").asBoolean() && a.path("SwitchName").asText().equals(DefaultSwitch.WINDOWS_NAME)
					&& defaultSwitchIn(inventory)) {
				continue;
			}
			String mac = a.path("MacAddress").asText("").replace("-", "").toUpperCase(Locale.ROOT);
			String port = "switch " + a.path("SwitchName").asText("-") + (a.path("IsLegacy").asBoolean() ? " legacy" : "")
					+ " vlan " + vlan(a.get("Vlan")) + (mac.isEmpty() || mac.matches("0+") ? "" : " mac " + mac);
			if (a.get("IsManagementOs").asBoolean()) {
				facts.vnics.put(key(a.get("Name").asText()), port);
			} else {
				facts.vmAdapters.put(a.get("VMName").asText() + "/" + key(a.get("Name").asText()), port);
			}
		}
		for (JsonNode n : inventory.get("netAdapters")) {
			String alias = n.get("Name").asText();
			if (alias.equals("vEthernet (" + DefaultSwitch.WINDOWS_NAME + ")") && defaultSwitchIn(inventory)) {
				continue;
			}
			String address = null;
			for (JsonNode ip : inventory.get("netIPAddresses")) {
				if (ip.get("InterfaceAlias").asText().equals(alias) && ipv4(ip) && address == null) {
					address = ip.get("IPAddress").asText() + "/" + ip.get("PrefixLength").asInt();
				}
			}
			for (JsonNode r : inventory.get("netRoutes")) {
				if (address != null && r.get("InterfaceAlias").asText().equals(alias) && ipv4(r)
						&& r.get("DestinationPrefix").asText().equals("0.0.0.0/0")) {
					address += " gateway " + r.get("NextHop").asText();
				}
			}
			for (JsonNode i : inventory.get("netIPInterfaces")) {
				if (i.get("InterfaceAlias").asText().equals(alias) && ipv4(i)
						&& name(i.get("AutomaticMetric"), List.of("Disabled", "Enabled")).equals("Disabled")) {
					address = (address == null ? "" : address + " ") + "metric " + i.get("InterfaceMetric").asInt();
				}
			}
			if (address != null) {
				facts.addresses.put(key(alias), address);
			}
		}
		// static routes and forwarding of every interface (Get-NetRoute rows with a next hop, Get-NetIPInterface)
		for (JsonNode r : inventory.get("netRoutes")) {
			if (ipv4(r) && !r.get("NextHop").asText().equals("0.0.0.0")
					&& !r.get("DestinationPrefix").asText().equals("0.0.0.0/0")) {
				facts.routing.computeIfAbsent(key(r.get("InterfaceAlias").asText()), k -> new java.util.TreeSet<>())
						.add(r.get("DestinationPrefix").asText() + " via " + r.get("NextHop").asText() + " metric "
								+ r.path("RouteMetric").asInt(0));
			}
		}
		for (JsonNode i : inventory.get("netIPInterfaces")) {
			if (ipv4(i) && name(i.path("Forwarding"), List.of("Disabled", "Enabled")).equals("Enabled")
					&& !(i.get("InterfaceAlias").asText().equals("vEthernet (" + DefaultSwitch.WINDOWS_NAME + ")")
							&& defaultSwitchIn(inventory))) {
				facts.routing.computeIfAbsent(key(i.get("InterfaceAlias").asText()), k -> new java.util.TreeSet<>())
						.add("forwarding");
			}
		}
		for (JsonNode n : inventory.path("netNats")) {
			if (!n.path("InternalIPInterfaceAddressPrefix").isNull()) {
				facts.nats.put(n.get("Name").asText(), n.get("InternalIPInterfaceAddressPrefix").asText());
			}
		}
		return facts;
	}

	/** Windows' Default Switch: an internal switch of that name. */
	private static boolean windowsOwn(String name, String type) {
		return name.equals(DefaultSwitch.WINDOWS_NAME) && type.equals("Internal");
	}

	private static boolean defaultSwitchIn(JsonNode inventory) {
		for (JsonNode s : inventory.get("vmSwitches")) {
			if (windowsOwn(s.get("Name").asText(), name(s.get("SwitchType"), SWITCH_TYPES))) {
				return true;
			}
		}
		return false;
	}

	static HostFacts ofScript(List<JsonNode> commands) {
		HostFacts facts = new HostFacts(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
				new TreeMap<>());
		Map<String, String> vlans = new TreeMap<>();
		Map<String, String> macs = new TreeMap<>();
		Map<String, String> metrics = new TreeMap<>();
		Map<String, String> teams = new TreeMap<>();
		for (JsonNode command : commands) {
			List<String> e = PowerShellParser.elements(command);
			switch (command.get("name").asText()) {
			case "New-VMSwitch" -> {
				List<String> nics = new ArrayList<>();
				String list = value(e, "-NetAdapterName");
				if (list != null) {
					for (String nic : list.split(",")) {
						nics.add(key(unquote(nic)));
					}
				}
				String type = value(e, "-SwitchType");
				facts.switches.put(unquote(value(e, "-Name")), (type == null ? "External" : type) + " on " + nics);
			}
			case "New-NetNat" -> facts.nats.put(unquote(value(e, "-Name")),
					unquote(value(e, "-InternalIPInterfaceAddressPrefix")));
			case "Set-VMSwitchTeam" -> teams.put(unquote(value(e, "-Name")),
					" team " + unquote(value(e, "-LoadBalancingAlgorithm")));
			case "Add-VMNetworkAdapter" -> {
				String port = "switch " + (value(e, "-SwitchName") == null ? "-" : unquote(value(e, "-SwitchName")))
						+ (e.contains("-IsLegacy") ? " legacy" : "");
				if (e.contains("-ManagementOS")) {
					facts.vnics.put(key(unquote(value(e, "-Name"))), port);
				} else {
					facts.vmAdapters.put(unquote(value(e, "-VMName")) + "/" + key(unquote(value(e, "-Name"))), port);
				}
			}
			case "Set-VMNetworkAdapterVlan" -> vlans.put(adapter(e, "-VMNetworkAdapterName"), vlan(e));
			case "Set-VMNetworkAdapter" -> {
				if (value(e, "-StaticMacAddress") != null) {
					macs.put(adapter(e, "-Name"), unquote(value(e, "-StaticMacAddress")));
				}
			}
			// the first address of an interface carries the gateway, as the inventory's first does
			case "New-NetIPAddress" -> facts.addresses.putIfAbsent(key(unquote(value(e, "-InterfaceAlias"))),
					unquote(value(e, "-IPAddress")) + "/" + value(e, "-PrefixLength")
							+ (value(e, "-DefaultGateway") == null ? "" : " gateway " + unquote(value(e, "-DefaultGateway"))));
			case "New-NetRoute" -> facts.routing.computeIfAbsent(key(unquote(value(e, "-InterfaceAlias"))),
					k -> new java.util.TreeSet<>()).add(unquote(value(e, "-DestinationPrefix")) + " via "
							+ unquote(value(e, "-NextHop")) + " metric "
							+ (value(e, "-RouteMetric") == null ? "0" : value(e, "-RouteMetric")));
			case "Set-NetIPInterface" -> {
				if (value(e, "-InterfaceMetric") != null) {
					metrics.put(key(unquote(value(e, "-InterfaceAlias"))), "metric " + value(e, "-InterfaceMetric"));
				}
				if ("Enabled".equals(value(e, "-Forwarding"))) {
					facts.routing.computeIfAbsent(key(unquote(value(e, "-InterfaceAlias"))),
							k -> new java.util.TreeSet<>()).add("forwarding");
				}
			}
			default -> {
			}
			}
		}
		teams.forEach((s, team) -> facts.switches.computeIfPresent(s, (k, v) -> v + team));
		metrics.forEach((alias, metric) -> facts.addresses.merge(alias, metric, (a, m) -> a + " " + m));
		completePorts(facts.vnics, "", vlans, macs);
		completePorts(facts.vmAdapters, null, vlans, macs);
		return facts;
	}

	/** Adds each adapter's VLAN mode and static MAC, which the script sets by separate commands. */
	private static void completePorts(Map<String, String> ports, String managementOs, Map<String, String> vlans,
			Map<String, String> macs) {
		ports.replaceAll((id, port) -> {
			String lookup = managementOs != null ? "/" + id : id;
			String mac = macs.get(lookup);
			return port + " vlan " + vlans.getOrDefault(lookup, "?") + (mac == null ? "" : " mac " + mac);
		});
	}

	/** "VMName/key(adapter)", or "/key(adapter)" for a host vNIC (-ManagementOS). */
	private static String adapter(List<String> e, String nameOption) {
		String vm = e.contains("-ManagementOS") ? "" : unquote(value(e, "-VMName"));
		return vm + "/" + key(unquote(value(e, nameOption)));
	}

	private static String vlan(List<String> e) {
		if (e.contains("-Access")) {
			return "access " + value(e, "-VlanId");
		}
		if (e.contains("-Trunk")) {
			return "trunk " + unquote(value(e, "-AllowedVlanIdList")).replace(" ", "") + " native "
					+ value(e, "-NativeVlanId");
		}
		for (String mode : List.of("Isolated", "Community", "Promiscuous")) {
			if (e.contains("-" + mode)) {
				String secondaries = value(e, "-SecondaryVlanId") != null ? value(e, "-SecondaryVlanId")
						: unquote(value(e, "-SecondaryVlanIdList"));
				return mode.toLowerCase(Locale.ROOT) + " " + value(e, "-PrimaryVlanId") + " " + secondaries;
			}
		}
		return "untagged";
	}

	private static String vlan(JsonNode v) {
		if (v == null || v.isNull()) {
			return "untagged";
		}
		switch (name(v.get("OperationMode"), VLAN_MODES)) {
		case "Access":
			return "access " + v.get("AccessVlanId").asInt();
		case "Trunk":
			String allowed = v.path("AllowedVlanIdListString").asText("").replace(" ", "");
			return "trunk " + (allowed.isEmpty() ? "1-4094" : allowed) + " native " + v.get("NativeVlanId").asInt();
		case "Private":
			return name(v.get("PrivateVlanMode"), PRIVATE_MODES).toLowerCase(Locale.ROOT) + " "
					+ v.get("PrimaryVlanId").asInt() + " " + v.path("SecondaryVlanIdListString").asText("").replace(" ", "");
		default:
			return "untagged";
		}
	}

	private static boolean ipv4(JsonNode node) {
		JsonNode family = node.get("AddressFamily");
		return family.isNumber() || family.asText().matches("\\d+") ? family.asInt() == 2
				: family.asText().equals("IPv4");
	}

	/** An enumeration's name, given as its name or its number (its position in {@code names}), maybe as digits. */
	private static String name(JsonNode value, List<String> names) {
		return value.isNumber() || value.asText().matches("\\d+") ? names.get(value.asInt()) : value.asText();
	}

	private static String value(List<String> elements, String option) {
		int at = elements.indexOf(option);
		return at < 0 || at + 1 >= elements.size() ? null : elements.get(at + 1);
	}

	private static String unquote(String text) {
		return text != null && text.startsWith("'") && text.endsWith("'")
				? text.substring(1, text.length() - 1).replace("''", "'") : text;
	}
}
