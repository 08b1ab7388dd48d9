package io.hvnet.powershell;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.AdapterKind;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.Nat;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.Route;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.DefaultSwitch;
import io.hvnet.dsl.model.DhcpServers;
import io.hvnet.dsl.model.GuestMac;
import io.hvnet.dsl.model.IpAddresses;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.PortSecurity;
import io.hvnet.dsl.model.PrivateVlanMode;
import io.hvnet.dsl.model.SimulatedTime;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.dsl.model.Vlans;
import io.hvnet.dsl.model.edit.ManagementVnic;

/**
 * The PowerShell script that makes a Hyper-V host's networking what a .hvnet file declares for it: virtual switches,
 * the management OS's host vNICs, its addresses, its NAT, the VMs' adapters and VLANs. Every step asks the host first and
 * changes only what differs, so a second run changes nothing; the script stops at the first error
 * ($ErrorActionPreference = 'Stop') and takes -WhatIf and -Confirm (CmdletBinding SupportsShouldProcess hands them
 * to every Hyper-V and NetTCPIP cmdlet it calls). VMs are never created: a VM the host does not have is reported.
 * What the host cannot be told (physical switches and cables, a guest's own IP settings) is left as comments.
 * Cmdlets and their parameters are those of Microsoft's Hyper-V and NetTCPIP modules
 * (https://learn.microsoft.com/powershell/module/hyper-v/, …/module/nettcpip/, …/module/netadapter/); the script
 * runs on Windows PowerShell 5.1 and PowerShell 7.
 */
public final class HostScript {

	private final Host host;
	private final Provenance provenance;
	private final PowerShellText ps = new PowerShellText();

	private HostScript(Host host, Provenance provenance) {
		this.host = host;
		this.provenance = provenance;
	}

	/** The script's text (CRLF lines). */
	public static String of(Host host, Provenance provenance) {
		return new HostScript(host, provenance).write();
	}

	/**
	 * The script as a file's bytes: UTF-8 with a byte order mark, without which Windows PowerShell 5.1 reads a script
	 * in the ANSI code page and garbles every non-ASCII name (about_Character_Encoding).
	 */
	public static byte[] fileBytes(Host host, Provenance provenance) {
		byte[] text = of(host, provenance).getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[text.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(text, 0, bytes, 3, text.length);
		return bytes;
	}

	private String write() {
		header();
		for (VirtualSwitch vswitch : host.getSwitches()) {
			virtualSwitch(vswitch);
		}
		if (host.getParent() != null) {
			for (HostVnic vnic : host.getParent().getVnics()) {
				hostVnic(vnic);
			}
		}
		for (PhysicalNic nic : host.getNics()) {
			physicalNic(nic);
		}
		for (Nat nat : host.getNats()) {
			nat(nat);
		}
		for (VirtualMachine vm : host.getVms()) {
			vm(vm);
		}
		ps.blank().line("Write-Host " + PowerShellText.quote("hvnet: host " + Names.windowsName(host) + " is as "
				+ provenance.file() + " declares it."));
		return ps.text();
	}

	private void header() {
		ps.comment("Hyper-V networking of host " + Names.windowsName(host) + ", as declared in " + provenance.file());
		ps.comment("made by hvnet " + provenance.hvnetVersion() + " from "
				+ (provenance.commit() == null ? "a file that is not committed" : "commit " + provenance.commit())
				+ ", file SHA-256 " + provenance.sha256());
		ps.comment("Run it on the host as an administrator; add -WhatIf to see what it would change. A second run");
		ps.comment("changes nothing. It never creates a VM: a VM the host does not have is reported and skipped.");
		ps.comment("Not set here, because a host cannot see them: physical switches, cables, servers, guests' IP settings.");
		ps.line("#Requires -RunAsAdministrator");
		ps.line("#Requires -Modules Hyper-V");
		ps.line("[CmdletBinding(SupportsShouldProcess = $true)]");
		ps.line("param()");
		ps.line("$ErrorActionPreference = 'Stop'");
		ps.line("Set-StrictMode -Version 2.0");
	}

	private void virtualSwitch(VirtualSwitch vswitch) {
		if (DefaultSwitch.is(vswitch)) {
			ps.blank().comment("default switch " + vswitch.getName() + " (\"" + DefaultSwitch.windowsName(vswitch) + "\", "
					+ vswitch.getNatPrefix() + "): Windows creates it, its host vNIC, NAT and DHCP by itself,");
			ps.comment("and picks its prefix at boot; a script never creates or changes it.");
			return;
		}
		String name = PowerShellText.quote(Names.windowsName(vswitch));
		ps.blank().comment(vswitch.getType().getLiteral() + " switch " + vswitch.getName());
		StringBuilder create = new StringBuilder("New-VMSwitch -Name " + name);
		if (vswitch.getType() == SwitchType.EXTERNAL) {
			List<PhysicalNic> uplinks = Teams.members(vswitch);
			if (uplinks.isEmpty()) {
				ps.comment("not created: an external switch needs a physical NIC ('on NIC'), and this one has none");
				return;
			}
			create.append(" -NetAdapterName ")
					.append(PowerShellText.quoteAll(uplinks.stream().map(Names::windowsName).toList()));
			if (Teams.isTeam(vswitch)) {
				// New-VMSwitch assumes it for two NICs or more, and needs it for a team of one (SET page)
				create.append(" -EnableEmbeddedTeaming $true");
			}
			// host vNICs are added one by one below, with their own names, as a converged design does
			create.append(" -AllowManagementOS $false");
		} else {
			create.append(" -SwitchType ").append(vswitch.getType() == SwitchType.INTERNAL ? "Internal" : "Private");
		}
		ps.block("if (-not (Get-VMSwitch -Name " + name + " -ErrorAction SilentlyContinue))", () -> {
			ps.line(create + " | Out-Null");
			if (vswitch.getType() == SwitchType.INTERNAL) {
				internalSwitchVnic(vswitch);
			}
		});
		Teams.LoadBalancing balancing = Teams.loadBalancing(vswitch);
		if (balancing != null) {
			String algorithm = "'" + balancing.cmdletValue() + "'";
			ps.block("if ([string](Get-VMSwitchTeam -Name " + name + ").LoadBalancingAlgorithm -ne " + algorithm + ")",
					() -> ps.line("Set-VMSwitchTeam -Name " + name + " -LoadBalancingAlgorithm " + algorithm));
		}
	}

	/**
	 * New-NetNat -InternalIPInterfaceAddressPrefix ("Set up a NAT network"), after the addresses, as that page
	 * orders it; a NAT of that name with another prefix is removed first (Set-NetNat cannot change the prefix).
	 */
	private void nat(Nat nat) {
		String name = PowerShellText.quote(Names.windowsName(nat));
		String prefix = PowerShellText.quote(nat.getPrefix());
		ps.blank().comment("NAT " + nat.getName());
		ps.line("$nat = Get-NetNat -Name " + name + " -ErrorAction SilentlyContinue");
		ps.block("if ($nat -and $nat.InternalIPInterfaceAddressPrefix -ne " + prefix + ")", () -> {
			ps.line("Remove-NetNat -Name " + name + " -Confirm:$false");
			ps.line("$nat = $null");
		});
		ps.block("if (-not $nat)",
				() -> ps.line("New-NetNat -Name " + name + " -InternalIPInterfaceAddressPrefix " + prefix + " | Out-Null"));
	}

	/** Set-VMNetworkAdapterTeamMapping: the team member a port is pinned to ('team-member NIC2'). */
	private void teamMapping(String adapter, Adapter port) {
		if (port.getTeamMember() == null) {
			return;
		}
		String nic = PowerShellText.quote(Names.windowsName(port.getTeamMember()));
		ps.block("if ((Get-VMNetworkAdapterTeamMapping " + adapter + ").NetAdapterName -ne " + nic + ")",
				() -> ps.line("Set-VMNetworkAdapterTeamMapping " + adapter + " -PhysicalNetAdapterName " + nic));
	}

	/**
	 * New-VMSwitch -SwitchType Internal always gives the management OS an adapter named after the switch; hvnet
	 * names it as the file does (Rename-VMNetworkAdapter), or removes it when the file gives the management OS no
	 * adapter on the switch.
	 */
	private void internalSwitchVnic(VirtualSwitch vswitch) {
		String created = PowerShellText.quote(Names.windowsName(vswitch));
		HostVnic first = ManagementVnic.of(vswitch);
		if (first == null) {
			ps.line("Remove-VMNetworkAdapter -ManagementOS -Name " + created);
		} else if (!ManagementVnic.adapterName(first).equals(Names.windowsName(vswitch))) {
			ps.line("Rename-VMNetworkAdapter -ManagementOS -Name " + created + " -NewName "
					+ PowerShellText.quote(ManagementVnic.adapterName(first)));
		}
	}

	private void hostVnic(HostVnic vnic) {
		if (vnic.getSwitch() == null) {
			return;
		}
		String name = PowerShellText.quote(ManagementVnic.adapterName(vnic));
		String switchName = PowerShellText.quote(Names.windowsName(vnic.getSwitch()));
		ps.blank().comment("host vNIC " + vnic.getName() + " (" + ManagementVnic.interfaceAlias(vnic) + ")");
		ps.line("$vnic = Get-VMNetworkAdapter -ManagementOS -Name " + name + " -ErrorAction SilentlyContinue");
		ps.block("if (-not $vnic)", () -> ps
				.line("Add-VMNetworkAdapter -ManagementOS -Name " + name + " -SwitchName " + switchName));
		ps.block("elseif ($vnic.SwitchName -ne " + switchName + ")", () -> ps
				.line("Connect-VMNetworkAdapter -ManagementOS -Name " + name + " -SwitchName " + switchName));
		vlan("-ManagementOS -VMNetworkAdapterName " + name, Vlans.of(vnic));
		teamMapping("-ManagementOS -VMNetworkAdapterName " + name, vnic);
		mac("-ManagementOS -Name " + name, vnic);
		portSecurity("-ManagementOS -Name " + name, vnic);
		ipSettings(ManagementVnic.interfaceAlias(vnic), vnic);
	}

	private void physicalNic(PhysicalNic nic) {
		if (Topology.externalSwitchOf(nic) != null) {
			return; // an external switch owns it: Hyper-V binds it to the switch protocol only
		}
		String alias = Names.windowsName(nic);
		ps.blank().comment("physical NIC " + nic.getName());
		if (!nic.getBindings().isEmpty()) {
			for (String protocol : Bindings.KNOWN) {
				boolean bound = nic.getBindings().contains(protocol);
				for (String component : Bindings.componentIds(protocol)) {
					String binding = "-Name " + PowerShellText.quote(alias) + " -ComponentID " + component;
					ps.block("if ((Get-NetAdapterBinding " + binding + ").Enabled -ne $" + bound + ")",
							() -> ps.line((bound ? "Enable" : "Disable") + "-NetAdapterBinding " + binding));
				}
			}
		}
		if (Bindings.isBound(nic, Bindings.IPV4)) {
			ipSettings(alias, nic);
		}
		int vlan = nic.getVlan();
		if (vlan > 0) {
			ps.comment("VLAN " + vlan + " is set in the NIC driver's advanced properties (Set-NetAdapter -VlanID needs a"
					+ " driver that supports it):");
			ps.block("if ((Get-NetAdapter -Name " + PowerShellText.quote(alias) + ").VlanID -ne " + vlan + ")",
					() -> ps.line("Set-NetAdapter -Name " + PowerShellText.quote(alias) + " -VlanID " + vlan
							+ " -Confirm:$false"));
		}
	}

	private void vm(VirtualMachine vm) {
		String name = PowerShellText.quote(Names.windowsName(vm));
		ps.blank().comment("VM " + vm.getName());
		ps.block("if (-not (Get-VM -Name " + name + " -ErrorAction SilentlyContinue))",
				() -> ps.line("Write-Warning " + PowerShellText.quote("VM " + Names.windowsName(vm)
						+ " is not on this host: hvnet does not create VMs; its adapters are skipped")));
		ps.block("else", () -> {
			for (VmAdapter adapter : vm.getAdapters()) {
				vmAdapter(vm, adapter);
			}
		});
	}

	private void vmAdapter(VirtualMachine vm, VmAdapter adapter) {
		String vmName = PowerShellText.quote(Names.windowsName(vm));
		String name = PowerShellText.quote(adapter.getName());
		String of = "-VMName " + vmName + " -Name " + name;
		ps.line("$adapter = Get-VMNetworkAdapter " + of + " -ErrorAction SilentlyContinue");
		boolean legacy = adapter.getKind() == AdapterKind.LEGACY;
		String switchArgument = adapter.getSwitch() == null ? ""
				: " -SwitchName " + PowerShellText.quote(Names.windowsName(adapter.getSwitch()));
		ps.block("if (-not $adapter)", () -> ps.line("Add-VMNetworkAdapter -VMName " + vmName + " -Name " + name
				+ (legacy ? " -IsLegacy $true" : "") + switchArgument));
		if (adapter.getSwitch() == null) {
			ps.block("elseif ($adapter.SwitchName)", () -> ps.line("Disconnect-VMNetworkAdapter " + of));
		} else {
			String switchName = PowerShellText.quote(Names.windowsName(adapter.getSwitch()));
			ps.block("elseif ($adapter.SwitchName -ne " + switchName + ")",
					() -> ps.line("Connect-VMNetworkAdapter " + of + " -SwitchName " + switchName));
		}
		vlan("-VMName " + vmName + " -VMNetworkAdapterName " + name, Vlans.of(adapter));
		teamMapping("-VMName " + vmName + " -VMNetworkAdapterName " + name, adapter);
		mac(of, adapter);
		portSecurity(of, adapter);
		if (adapter.getAddress() != null) {
			ps.comment("inside the guest " + Names.windowsName(vm) + ": " + ipCommand("<its interface>", adapter));
		}
		if (adapter.isDhcp()) {
			ps.comment("inside the guest " + Names.windowsName(vm) + ": Set-NetIPInterface -InterfaceAlias <its interface>"
					+ " -AddressFamily IPv4 -Dhcp Enabled");
		}
		dhcpServer("inside the guest " + Names.windowsName(vm), adapter);
	}

	/**
	 * Set-VMNetworkAdapterVlan in the mode the port has: -Untagged, -Access -VlanId, or -Trunk with
	 * -AllowedVlanIdList and -NativeVlanId. Get-VMNetworkAdapterVlan reports the mode as OperationMode.
	 */
	private void vlan(String adapter, VlanMembership vlans) {
		String set;
		String mode;
		String check;
		if (vlans.privateMode() != null) {
			// -Isolated/-Community take one secondary VLAN, -Promiscuous a list (Set-VMNetworkAdapterVlan)
			String secondaries = String.join(",", vlans.secondaryVlans().stream().map(String::valueOf).toList());
			mode = "Private";
			boolean promiscuous = vlans.privateMode() == PrivateVlanMode.PROMISCUOUS;
			String parameter = capitalized(vlans.privateMode().word());
			set = " -" + parameter + " -PrimaryVlanId " + vlans.primaryVlan()
					+ (promiscuous ? " -SecondaryVlanIdList '" + secondaries + "'" : " -SecondaryVlanId " + secondaries);
			check = " -or $vlan.PrimaryVlanId -ne " + vlans.primaryVlan() + " -or [string]$vlan.PrivateVlanMode -ne '"
					+ parameter + "'";
		} else if (vlans.isTrunk()) {
			String allowed = vlans.allowedIdList();
			String list = PowerShellText.quote(allowed.isEmpty() ? "1-4094" : allowed);
			mode = "Trunk";
			set = " -Trunk -AllowedVlanIdList " + list + " -NativeVlanId " + vlans.untaggedVlan();
			check = " -or $vlan.NativeVlanId -ne " + vlans.untaggedVlan() + " -or $vlan.AllowedVlanIdListString -ne "
					+ list;
		} else if (vlans.untaggedVlan() > 0) {
			mode = "Access";
			set = " -Access -VlanId " + vlans.untaggedVlan();
			check = " -or $vlan.AccessVlanId -ne " + vlans.untaggedVlan();
		} else {
			mode = "Untagged";
			set = " -Untagged";
			check = "";
		}
		ps.line("$vlan = Get-VMNetworkAdapterVlan " + adapter);
		ps.block("if ([string]$vlan.OperationMode -ne '" + mode + "'" + check + ")",
				() -> ps.line("Set-VMNetworkAdapterVlan " + adapter + set));
	}

	/** A static MAC address (Set-VMNetworkAdapter -StaticMacAddress takes it without separators). */
	private void mac(String adapter, Adapter settings) {
		if (settings.getMac() == null) {
			return;
		}
		String mac = settings.getMac().replace(":", "").replace("-", "").toUpperCase();
		ps.block("if ((Get-VMNetworkAdapter " + adapter + ").MacAddress -ne '" + mac + "')",
				() -> ps.line("Set-VMNetworkAdapter " + adapter + " -StaticMacAddress '" + mac + "'"));
	}

	/**
	 * DHCP guard, router guard and MAC address spoofing (Set-VMNetworkAdapter, which Get-VMNetworkAdapter reports as
	 * On/Off), written only for a port the design turns one of them on for, so that other scripts stay as they were;
	 * then all three are set as the design has them.
	 */
	private void portSecurity(String adapter, Adapter settings) {
		if (GuestMac.of(settings) != null) {
			// a guest-side setting: Hyper-V neither sets nor reports it, so the script only says so
			ps.comment("The guest sends from " + GuestMac.of(settings) + " (its NIC's Network Address, set inside the"
					+ " guest): not set here.");
		}
		PortSecurity security = PortSecurity.of(settings);
		if (security.equals(PortSecurity.DEFAULT)) {
			return;
		}
		String check = "[string]$port.DhcpGuard -ne '" + PortSecurity.onOff(security.dhcpGuard())
				+ "' -or [string]$port.RouterGuard -ne '" + PortSecurity.onOff(security.routerGuard())
				+ "' -or [string]$port.MacAddressSpoofing -ne '" + PortSecurity.onOff(security.macSpoofing()) + "'";
		ps.line("$port = Get-VMNetworkAdapter " + adapter);
		ps.block("if (" + check + ")",
				() -> ps.line("Set-VMNetworkAdapter " + adapter + " " + security.cmdletParameters()));
	}

	/**
	 * A DHCP server's scope as a comment: the script configures networking, not the DHCP Server role (Windows
	 * DHCP Server: Add-DhcpServerv4Scope, Add-DhcpServerv4ExclusionRange, Set-DhcpServerv4OptionValue -Router).
	 */
	private void dhcpServer(String where, Adapter adapter) {
		for (DhcpServers.Scope scope : DhcpServers.of(adapter)) {
			dhcpScope(where, scope);
		}
	}

	private void dhcpScope(String where, DhcpServers.Scope scope) {
		Addresses subnet = scope.subnet();
		StringBuilder text = new StringBuilder(where + ": Add-DhcpServerv4Scope -StartRange '"
				+ Addresses.format(scope.first()) + "' -EndRange '" + Addresses.format(scope.last()) + "' -SubnetMask '"
				+ Addresses.format(subnet.mask()) + "'");
		if (scope.leaseSeconds() != SimulatedTime.DHCP_LEASE_SECONDS) {
			long t = scope.leaseSeconds();
			// a TimeSpan as PowerShell reads it: days.hours:minutes:seconds
			text.append(String.format(" -LeaseDuration '%d.%02d:%02d:%02d'", t / 86_400, t % 86_400 / 3600,
					t % 3600 / 60, t % 60));
		}
		for (int[] range : scope.exclusions()) {
			text.append("; Add-DhcpServerv4ExclusionRange -StartRange '").append(Addresses.format(range[0]))
					.append("' -EndRange '").append(Addresses.format(range[1])).append("'");
		}
		if (scope.router() != 0) {
			text.append("; Set-DhcpServerv4OptionValue -Router '").append(Addresses.format(scope.router())).append("'");
		}
		ps.comment(text.toString());
	}

	/**
	 * The adapter's IPv4 settings on the interface {@code alias} of the management OS: every address (the default
	 * gateway with the first), static routes (New-NetRoute), the interface metric, IP forwarding and weak host
	 * send/receive (Set-NetIPInterface). Each is checked first, so a second run changes nothing.
	 * https://learn.microsoft.com/powershell/module/nettcpip/new-netroute,
	 * https://learn.microsoft.com/powershell/module/nettcpip/set-netipinterface
	 */
	private void ipSettings(String alias, Adapter adapter) {
		String quoted = PowerShellText.quote(alias);
		boolean first = true;
		for (Addresses address : IpAddresses.of(adapter)) { // only addresses with a prefix length
			String command = newIpAddress(alias, address, first ? adapter.getGateway() : null);
			first = false;
			ps.block("if (-not (Get-NetIPAddress -InterfaceAlias " + quoted + " -IPAddress '"
					+ Addresses.format(address.address()) + "' -ErrorAction SilentlyContinue))", () -> ps.line(command));
		}
		for (Route route : adapter.getRoutes()) {
			String select = "-DestinationPrefix '" + route.getPrefix() + "' -InterfaceAlias " + quoted + " -NextHop '"
					+ route.getNextHop() + "'";
			ps.block("if (-not (Get-NetRoute " + select + " -ErrorAction SilentlyContinue))",
					() -> ps.line("New-NetRoute " + select
							+ (route.getMetric() > 0 ? " -RouteMetric " + route.getMetric() : "") + " | Out-Null"));
		}
		String interfaceArgs = "-InterfaceAlias " + quoted + " -AddressFamily IPv4";
		enabled(interfaceArgs, "Dhcp", adapter.isDhcp());
		if (adapter.getMetric() > 0) {
			ps.block("if ((Get-NetIPInterface " + interfaceArgs + ").InterfaceMetric -ne " + adapter.getMetric() + ")",
					() -> ps.line("Set-NetIPInterface " + interfaceArgs + " -InterfaceMetric " + adapter.getMetric()));
		}
		enabled(interfaceArgs, "Forwarding", adapter.isForwarding());
		enabled(interfaceArgs, "WeakHostSend", adapter.isWeakHostSend());
		enabled(interfaceArgs, "WeakHostReceive", adapter.isWeakHostReceive());
		dhcpServer("DHCP server on " + alias, adapter);
	}

	private static String ipCommand(String alias, Adapter adapter) {
		Addresses address = Addresses.parse(adapter.getAddress());
		if (address == null || address.prefixLength() < 0) {
			return "address " + adapter.getAddress() + " has no prefix length";
		}
		return newIpAddress(alias, address, adapter.getGateway());
	}

	/** New-NetIPAddress of one address, with the default gateway when {@code gateway} is not null. */
	private static String newIpAddress(String alias, Addresses address, String gateway) {
		return "New-NetIPAddress -InterfaceAlias " + PowerShellText.quote(alias) + " -IPAddress '"
				+ Addresses.format(address.address()) + "' -PrefixLength " + address.prefixLength()
				+ (gateway == null ? "" : " -DefaultGateway '" + gateway + "'") + " | Out-Null";
	}

	/** A Set-NetIPInterface switch the design turns on (Windows' default is off: strong host, no forwarding). */
	private void enabled(String interfaceArgs, String property, boolean on) {
		if (on) {
			ps.block("if ([string](Get-NetIPInterface " + interfaceArgs + ")." + property + " -ne 'Enabled')",
					() -> ps.line("Set-NetIPInterface " + interfaceArgs + " -" + property + " Enabled"));
		}
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
	}
}
