package io.hvnet.inventory;

import java.util.List;

/**
 * One host's inventory as scripts/Export-HvnetInventory.ps1 writes it (docs/inventory.schema.json), read into values
 * whose enumerations are decoded (names or numbers); {@link InventoryReader} makes it. Field names follow the cmdlets'
 * properties.
 */
public record Inventory(String file, String computerName, String collectedAt, List<VmSwitch> switches,
		List<SwitchTeam> teams, List<VmAdapter> adapters, List<NetAdapter> netAdapters, List<Binding> bindings,
		List<IpAddress> addresses, List<IpInterface> interfaces, List<Route> routes, List<Nat> nats) {

	/** The schema version this hvnet reads. */
	public static final int SCHEMA_VERSION = 1;

	public enum SwitchKind {
		PRIVATE, INTERNAL, EXTERNAL
	}

	public enum VlanMode {
		UNTAGGED, ACCESS, TRUNK, PRIVATE
	}

	/** Get-VMSwitch. */
	public record VmSwitch(String name, SwitchKind type, boolean allowManagementOs, boolean embeddedTeaming,
			List<String> nicDescriptions, boolean iovEnabled, String bandwidthReservationMode,
			List<String> enabledExtensions) {
	}

	/** Get-VMSwitchTeam; {@code loadBalancing} is HyperVPort, Dynamic or null. */
	public record SwitchTeam(String name, String loadBalancing) {
	}

	/** Get-VMNetworkAdapterVlan; {@code privateMode} is isolated, community, promiscuous or null. */
	public record Vlan(VlanMode mode, int accessVlanId, int nativeVlanId, String allowedVlanIdList,
			String privateMode, int primaryVlanId, String secondaryVlanIdList) {

		public static final Vlan UNTAGGED = new Vlan(VlanMode.UNTAGGED, 0, 0, "", null, 0, "");
	}

	/** Get-VMNetworkAdapter -All: a VM's adapter, or a host vNIC when {@code managementOs}. */
	public record VmAdapter(String name, String vmName, boolean managementOs, boolean legacy, String switchName,
			String mac, boolean macSpoofing, boolean dhcpGuard, boolean routerGuard, int iovWeight,
			List<String> ipAddresses, long minimumBandwidthAbsolute, long minimumBandwidthWeight,
			long maximumBandwidth, Vlan vlan) {
	}

	/** Get-NetAdapter. */
	public record NetAdapter(String name, String description, String mac, long receiveLinkSpeed, String status,
			boolean hardware, boolean virtual, int vlanId) {
	}

	/** Get-NetAdapterBinding. */
	public record Binding(String adapter, String componentId, String displayName, boolean enabled) {
	}

	/** Get-NetIPAddress. */
	public record IpAddress(String alias, boolean ipv4, String address, int prefixLength) {
	}

	/** Get-NetIPInterface. */
	public record IpInterface(String alias, boolean ipv4, int metric, boolean automaticMetric, boolean dhcp,
			boolean forwarding) {
	}

	/** Get-NetRoute. */
	public record Route(String alias, boolean ipv4, String destinationPrefix, String nextHop, int metric) {
	}

	/** Get-NetNat. */
	public record Nat(String name, String internalPrefix, String externalPrefix) {
	}
}
