package io.hvnet.inventory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import io.hvnet.dsl.HvNetText;
import io.hvnet.inventory.Inventory.Binding;
import io.hvnet.inventory.Inventory.IpAddress;
import io.hvnet.inventory.Inventory.IpInterface;
import io.hvnet.inventory.Inventory.Nat;
import io.hvnet.inventory.Inventory.NetAdapter;
import io.hvnet.inventory.Inventory.Route;
import io.hvnet.inventory.Inventory.SwitchKind;
import io.hvnet.inventory.Inventory.SwitchTeam;
import io.hvnet.inventory.Inventory.Vlan;
import io.hvnet.inventory.Inventory.VlanMode;
import io.hvnet.inventory.Inventory.VmAdapter;
import io.hvnet.inventory.Inventory.VmSwitch;

/**
 * Reads an inventory's JSON (UTF-8, with or without a byte order mark, as Windows PowerShell 5.1's Out-File writes
 * it) strictly: a truncated or malformed document, one that is not an inventory, an unknown schema version or a
 * value of the wrong kind is an {@link InventoryException} whose message names the file and the place. Enumerations
 * may be names or the numbers ConvertTo-Json writes for a raw object (it writes enums as numbers unless
 * -EnumsAsStrings: https://learn.microsoft.com/dotnet/api/microsoft.powershell.commands.converttojsoncommand.enumsasstrings).
 */
public final class InventoryReader {

	// VMSwitchType (Get-VMSwitch -SwitchType): Private 0, Internal 1, External 2
	private static final List<String> SWITCH_TYPES = List.of("Private", "Internal", "External");
	// VMNetworkAdapterVlanMode, as Msvm_EthernetSwitchPortVlanSettingData.OperationMode numbers it (0 = untagged)
	private static final List<String> VLAN_MODES = List.of("Untagged", "Access", "Trunk", "Private");
	// VMNetworkAdapterPrivateVlanMode, as Msvm_EthernetSwitchPortVlanSettingData.PvlanMode numbers it
	private static final List<String> PRIVATE_VLAN_MODES = List.of("", "Isolated", "Community", "Promiscuous");
	// Microsoft.HyperV.PowerShell.OnOffState: On 0, Off 1
	private static final List<String> ON_OFF = List.of("On", "Off");
	// NetTCPIP's Enabled/Disabled enumerations (Dhcp, AutomaticMetric, Forwarding): Disabled 0, Enabled 1
	private static final List<String> DISABLED_ENABLED = List.of("Disabled", "Enabled");
	// VMSwitchLoadBalancingAlgorithm (Set-VMSwitchTeam): the NetLbfo numbering, HyperVPort 4, Dynamic 5
	private static final List<String> LOAD_BALANCING = List.of("", "", "", "", "HyperVPort", "Dynamic");

	private final String file;

	private InventoryReader(String file) {
		this.file = file;
	}

	/** The inventory in {@code bytes}; {@code file} names it in messages. */
	public static Inventory read(String file, byte[] bytes) throws InventoryException {
		return new InventoryReader(file).read(bytes);
	}

	private Inventory read(byte[] bytes) throws InventoryException {
		String text;
		try {
			text = HvNetText.decode(bytes);
		} catch (CharacterCodingException e) {
			throw new InventoryException(file + ":" + HvNetText.malformedAt(bytes) + ": not UTF-8 text");
		}
		JsonElement root = parse(text);
		if (!root.isJsonObject() || !root.getAsJsonObject().has("schemaVersion")) {
			throw new InventoryException(file + ": not an hvnet inventory (no schemaVersion); write one on the host"
					+ " with scripts/Export-HvnetInventory.ps1");
		}
		JsonObject o = root.getAsJsonObject();
		JsonElement version = o.get("schemaVersion");
		if (!version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()
				|| version.getAsDouble() != Inventory.SCHEMA_VERSION) {
			throw new InventoryException(file + ": schema version " + version + " is not one this hvnet reads (it reads "
					+ Inventory.SCHEMA_VERSION + ")");
		}
		String computer = string(o, "computerName", "$");
		if (computer == null || computer.isBlank()) {
			throw new InventoryException(file + ": $.computerName is missing");
		}
		return new Inventory(file, computer, string(o, "collectedAt", "$"),
				list(o, "vmSwitches", true, this::vmSwitch), list(o, "vmSwitchTeams", false, this::team),
				list(o, "vmNetworkAdapters", true, this::adapter), list(o, "netAdapters", true, this::netAdapter),
				list(o, "netAdapterBindings", false, this::binding), list(o, "netIPAddresses", false, this::address),
				list(o, "netIPInterfaces", false, this::ipInterface), list(o, "netRoutes", false, this::route),
				list(o, "netNats", false, this::nat));
	}

	private JsonElement parse(String text) throws InventoryException {
		try (JsonReader reader = new JsonReader(new StringReader(text))) {
			reader.setStrictness(Strictness.STRICT);
			JsonElement root = new Gson().getAdapter(JsonElement.class).read(reader);
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new InventoryException(file + ": more than one JSON value" + where(reader));
			}
			return root;
		} catch (IOException | RuntimeException e) {
			if (text.isBlank()) {
				throw new InventoryException(file + ": empty, not an inventory");
			}
			// Gson's messages say "... at line L column C path P" and end with a link to its troubleshooting page
			String message = String.valueOf(e.getMessage()).replaceAll("\\s*See https?://\\S+$", "");
			Matcher at = GSON_PLACE.matcher(message);
			String place = at.find() ? ":" + at.group(1) + ":" + at.group(2) : "";
			String in = place.isEmpty() ? "" : " (in " + at.group(3) + ")";
			String what = GSON_PLACE.matcher(message).replaceAll("").strip()
					.replaceFirst("^Use JsonReader\\.setStrictness.*", "a character JSON does not allow here") + in;
			if (e instanceof java.io.EOFException || message.startsWith("End of input")) {
				throw new InventoryException(file + place + ": the JSON ends too early (a truncated file?)" + in);
			}
			throw new InventoryException(file + place + ": not valid JSON: " + what);
		}
	}

	private static final Pattern GSON_PLACE = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S+)");

	private static String where(JsonReader reader) {
		return reader.toString().replaceFirst("^JsonReader", "");
	}

	@FunctionalInterface
	private interface Item<T> {
		T read(JsonObject item, String path) throws InventoryException;
	}

	private <T> List<T> list(JsonObject o, String name, boolean required, Item<T> item) throws InventoryException {
		JsonElement value = o.get(name);
		String path = "$." + name;
		if (value == null || value.isJsonNull()) {
			if (required) {
				throw new InventoryException(file + ": " + path + " is missing: not an inventory this hvnet reads");
			}
			return List.of();
		}
		List<T> items = new ArrayList<>();
		if (value.isJsonObject()) {
			// ConvertTo-Json of a pipeline unwraps a list of one into the object itself
			items.add(item.read(value.getAsJsonObject(), path));
			return items;
		}
		if (!value.isJsonArray()) {
			throw new InventoryException(file + ": " + path + " is not a list");
		}
		int i = 0;
		for (JsonElement e : value.getAsJsonArray()) {
			String at = path + "[" + i++ + "]";
			if (!e.isJsonObject()) {
				throw new InventoryException(file + ": " + at + " is not an object");
			}
			items.add(item.read(e.getAsJsonObject(), at));
		}
		return items;
	}

	private VmSwitch vmSwitch(JsonObject o, String path) throws InventoryException {
		return new VmSwitch(required(o, "Name", path),
				SwitchKind.values()[enumIndex(o, "SwitchType", path, SWITCH_TYPES, -1)],
				bool(o, "AllowManagementOS", path), bool(o, "EmbeddedTeamingEnabled", path),
				strings(o, "NetAdapterInterfaceDescriptions", path), bool(o, "IovEnabled", path),
				enumText(o, "BandwidthReservationMode", path), strings(o, "EnabledExtensions", path));
	}

	private SwitchTeam team(JsonObject o, String path) throws InventoryException {
		int algorithm = enumIndex(o, "LoadBalancingAlgorithm", path, LOAD_BALANCING, -2);
		return new SwitchTeam(required(o, "Name", path), algorithm < 0 ? null : LOAD_BALANCING.get(algorithm));
	}

	private VmAdapter adapter(JsonObject o, String path) throws InventoryException {
		JsonElement bandwidth = o.get("BandwidthSetting");
		JsonObject b = bandwidth != null && bandwidth.isJsonObject() ? bandwidth.getAsJsonObject() : new JsonObject();
		JsonElement vlan = o.get("Vlan");
		return new VmAdapter(required(o, "Name", path), string(o, "VMName", path), bool(o, "IsManagementOs", path),
				bool(o, "IsLegacy", path), string(o, "SwitchName", path), string(o, "MacAddress", path),
				enumIndex(o, "MacAddressSpoofing", path, ON_OFF, 1) == 0,
				enumIndex(o, "DhcpGuard", path, ON_OFF, 1) == 0, enumIndex(o, "RouterGuard", path, ON_OFF, 1) == 0,
				(int) number(o, "IovWeight", path), strings(o, "IPAddresses", path),
				number(b, "MinimumBandwidthAbsolute", path + ".BandwidthSetting"),
				number(b, "MinimumBandwidthWeight", path + ".BandwidthSetting"),
				number(b, "MaximumBandwidth", path + ".BandwidthSetting"),
				vlan == null || vlan.isJsonNull() ? Vlan.UNTAGGED : vlan(object(vlan, path + ".Vlan"), path + ".Vlan"));
	}

	private Vlan vlan(JsonObject o, String path) throws InventoryException {
		int privateMode = enumIndex(o, "PrivateVlanMode", path, PRIVATE_VLAN_MODES, 0);
		return new Vlan(VlanMode.values()[enumIndex(o, "OperationMode", path, VLAN_MODES, 0)],
				(int) number(o, "AccessVlanId", path), (int) number(o, "NativeVlanId", path),
				orEmpty(string(o, "AllowedVlanIdListString", path)),
				privateMode <= 0 ? null : PRIVATE_VLAN_MODES.get(privateMode).toLowerCase(Locale.ROOT),
				(int) number(o, "PrimaryVlanId", path), orEmpty(string(o, "SecondaryVlanIdListString", path)));
	}

	private NetAdapter netAdapter(JsonObject o, String path) throws InventoryException {
		return new NetAdapter(required(o, "Name", path), required(o, "InterfaceDescription", path),
				string(o, "MacAddress", path), number(o, "ReceiveLinkSpeed", path), string(o, "Status", path),
				bool(o, "HardwareInterface", path), bool(o, "Virtual", path), (int) number(o, "VlanID", path));
	}

	private Binding binding(JsonObject o, String path) throws InventoryException {
		return new Binding(required(o, "Name", path), required(o, "ComponentID", path),
				string(o, "DisplayName", path), bool(o, "Enabled", path));
	}

	private IpAddress address(JsonObject o, String path) throws InventoryException {
		return new IpAddress(required(o, "InterfaceAlias", path), ipv4(o, path), required(o, "IPAddress", path),
				(int) number(o, "PrefixLength", path));
	}

	private IpInterface ipInterface(JsonObject o, String path) throws InventoryException {
		return new IpInterface(required(o, "InterfaceAlias", path), ipv4(o, path),
				(int) number(o, "InterfaceMetric", path),
				enumIndex(o, "AutomaticMetric", path, DISABLED_ENABLED, 1) == 1,
				enumIndex(o, "Dhcp", path, DISABLED_ENABLED, 0) == 1,
				enumIndex(o, "Forwarding", path, DISABLED_ENABLED, 0) == 1);
	}

	private Route route(JsonObject o, String path) throws InventoryException {
		return new Route(required(o, "InterfaceAlias", path), ipv4(o, path), required(o, "DestinationPrefix", path),
				required(o, "NextHop", path), (int) number(o, "RouteMetric", path));
	}

	private Nat nat(JsonObject o, String path) throws InventoryException {
		return new Nat(required(o, "Name", path), string(o, "InternalIPInterfaceAddressPrefix", path),
				string(o, "ExternalIPInterfaceAddressPrefix", path));
	}

	/** AddressFamily: IPv4 (2) or IPv6 (23); absent: taken from the address's form. */
	private boolean ipv4(JsonObject o, String path) throws InventoryException {
		JsonElement family = o.get("AddressFamily");
		if (family == null || family.isJsonNull()) {
			String address = string(o, o.has("IPAddress") ? "IPAddress" : "DestinationPrefix", path);
			return address != null && !address.contains(":");
		}
		JsonPrimitive p = primitive(family, path + ".AddressFamily");
		if (p.isString() && p.getAsString().matches("\\d{1,9}")) {
			p = new JsonPrimitive(Integer.parseInt(p.getAsString()));
		}
		if (p.isNumber() && (p.getAsInt() == 2 || p.getAsInt() == 23)) {
			return p.getAsInt() == 2;
		}
		if (p.isString() && (p.getAsString().equalsIgnoreCase("IPv4") || p.getAsString().equalsIgnoreCase("IPv6"))) {
			return p.getAsString().equalsIgnoreCase("IPv4");
		}
		throw new InventoryException(file + ": " + path + ".AddressFamily: " + family + " is not IPv4 (2) or IPv6 (23)");
	}

	/**
	 * The position of an enumeration's value in {@code names} (its number), given as a name (any case) or a number;
	 * {@code absent} when the property is missing or null, -1 meaning it is required.
	 */
	private int enumIndex(JsonObject o, String name, String path, List<String> names, int absent)
			throws InventoryException {
		JsonElement value = o.get(name);
		if (value == null || value.isJsonNull()) {
			if (absent == -1) {
				throw new InventoryException(file + ": " + path + "." + name + " is missing");
			}
			return absent;
		}
		JsonPrimitive p = primitive(value, path + "." + name);
		if (p.isString() && p.getAsString().matches("\\d{1,9}")) {
			p = new JsonPrimitive(Integer.parseInt(p.getAsString())); // [string] of a CIM number
		}
		if (p.isNumber() && absent >= 0 && p.getAsDouble() == absent) {
			return absent; // PrivateVlanMode 0 outside private VLAN mode
		}
		if (p.isNumber() && p.getAsDouble() == p.getAsInt() && p.getAsInt() >= 0 && p.getAsInt() < names.size()
				&& !names.get(p.getAsInt()).isEmpty()) {
			return p.getAsInt();
		}
		if (p.isString()) {
			for (int i = 0; i < names.size(); i++) {
				if (!names.get(i).isEmpty() && names.get(i).equalsIgnoreCase(p.getAsString())) {
					return i;
				}
			}
		}
		List<String> known = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			if (!names.get(i).isEmpty()) {
				known.add(names.get(i) + " (" + i + ")");
			}
		}
		throw new InventoryException(file + ": " + path + "." + name + ": " + value + " is not one of "
				+ String.join(", ", known));
	}

	private String enumText(JsonObject o, String name, String path) throws InventoryException {
		JsonElement value = o.get(name);
		return value == null || value.isJsonNull() ? null : primitive(value, path + "." + name).getAsString();
	}

	private String required(JsonObject o, String name, String path) throws InventoryException {
		String value = string(o, name, path);
		if (value == null) {
			throw new InventoryException(file + ": " + path + "." + name + " is missing");
		}
		return value;
	}

	private String string(JsonObject o, String name, String path) throws InventoryException {
		JsonElement value = o.get(name);
		if (value == null || value.isJsonNull()) {
			return null;
		}
		JsonPrimitive p = primitive(value, path + "." + name);
		if (!p.isString()) {
			throw new InventoryException(file + ": " + path + "." + name + ": " + value + " is not a string");
		}
		return p.getAsString();
	}

	private boolean bool(JsonObject o, String name, String path) throws InventoryException {
		JsonElement value = o.get(name);
		if (value == null || value.isJsonNull()) {
			return false;
		}
		JsonPrimitive p = primitive(value, path + "." + name);
		if (!p.isBoolean()) {
			throw new InventoryException(file + ": " + path + "." + name + ": " + value + " is not true or false");
		}
		return p.getAsBoolean();
	}

	private long number(JsonObject o, String name, String path) throws InventoryException {
		JsonElement value = o.get(name);
		if (value == null || value.isJsonNull()) {
			return 0;
		}
		JsonPrimitive p = primitive(value, path + "." + name);
		if (!p.isNumber() || p.getAsDouble() != Math.rint(p.getAsDouble())) {
			throw new InventoryException(file + ": " + path + "." + name + ": " + value + " is not a whole number");
		}
		return p.getAsLong();
	}

	private List<String> strings(JsonObject o, String name, String path) throws InventoryException {
		JsonElement value = o.get(name);
		List<String> texts = new ArrayList<>();
		if (value == null || value.isJsonNull()) {
			return texts;
		}
		if (value.isJsonPrimitive()) {
			texts.add(value.getAsString()); // a list of one, unwrapped by ConvertTo-Json
			return texts;
		}
		if (!value.isJsonArray()) {
			throw new InventoryException(file + ": " + path + "." + name + " is not a list of strings");
		}
		for (JsonElement e : value.getAsJsonArray()) {
			if (!e.isJsonNull()) {
				texts.add(primitive(e, path + "." + name).getAsString());
			}
		}
		return texts;
	}

	private JsonPrimitive primitive(JsonElement value, String path) throws InventoryException {
		if (!value.isJsonPrimitive()) {
			throw new InventoryException(file + ": " + path + ": expected a value, found " + kind(value));
		}
		return value.getAsJsonPrimitive();
	}

	private JsonObject object(JsonElement value, String path) throws InventoryException {
		if (!value.isJsonObject()) {
			throw new InventoryException(file + ": " + path + ": expected an object, found " + kind(value));
		}
		return value.getAsJsonObject();
	}

	private static String kind(JsonElement value) {
		return value.isJsonArray() ? "a list" : value.isJsonObject() ? "an object" : String.valueOf(value);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
