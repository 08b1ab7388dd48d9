package io.hvnet.dsl.model.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Topology;

/**
 * The management OS's host vNIC on a virtual switch: what Hyper-V adds to the parent partition when a switch
 * "allows the management operating system" (New-VMSwitch -AllowManagementOS, which defaults to true:
 * https://learn.microsoft.com/powershell/module/hyper-v/new-vmswitch). The diagram's new switches, its uplink edits
 * and the quick fixes for HVN011/HVN012 all make it here, so it is named one way.
 */
public final class ManagementVnic {

	private ManagementVnic() {
	}

	/** The switch's first host vNIC, or null when the management OS does not share the switch. */
	public static HostVnic of(VirtualSwitch vswitch) {
		List<HostVnic> vnics = Topology.hostVnicsOf(vswitch);
		return vnics.isEmpty() ? null : vnics.get(0);
	}

	/** The switch's host vNIC; made, with the parent partition if the host has none, when it has none yet. */
	public static HostVnic ensure(VirtualSwitch vswitch) {
		HostVnic existing = of(vswitch);
		if (existing != null) {
			return existing;
		}
		return add(vswitch);
	}

	/**
	 * One more host vNIC on the switch, as Add-VMNetworkAdapter -ManagementOS -SwitchName does (the converged design
	 * gives the management OS one per traffic class on the same switch). The first is "vEthernet (SwitchName)", as
	 * the switch's own; a further one "vEthernet (Name)" after its own name, which is what -Name gives it.
	 */
	public static HostVnic add(VirtualSwitch vswitch) {
		Host host = Topology.hostOf(vswitch);
		boolean first = of(vswitch) == null;
		if (host.getParent() == null) {
			host.setParent(HvnetFactory.eINSTANCE.createParentPartition());
		}
		HostVnic vnic = HvnetFactory.eINSTANCE.createHostVnic();
		vnic.setName(nameFor(vswitch, host));
		if (first) {
			vnic.setDisplayName(displayNameFor(vswitch));
		}
		vnic.setSwitch(vswitch);
		host.getParent().getVnics().add(vnic);
		return vnic;
	}

	/**
	 * The host vNIC's name in Hyper-V (Get-VMNetworkAdapter -ManagementOS -Name): the name inside its display name
	 * "vEthernet (Name)" — the form Windows gives the interface — or hvnet's name when the display name is not of that
	 * form or absent. Add-VMNetworkAdapter -ManagementOS -Name N creates the interface "vEthernet (N)":
	 * https://learn.microsoft.com/powershell/module/hyper-v/add-vmnetworkadapter
	 */
	public static String adapterName(HostVnic vnic) {
		String display = vnic.getDisplayName();
		if (display != null && display.startsWith(ALIAS_START) && display.endsWith(")")
				&& display.length() > ALIAS_START.length() + 1) {
			return display.substring(ALIAS_START.length(), display.length() - 1);
		}
		return vnic.getName();
	}

	/** The host vNIC's interface in the management OS (Get-NetAdapter, New-NetIPAddress -InterfaceAlias). */
	public static String interfaceAlias(HostVnic vnic) {
		return vnic.getDisplayName() != null ? vnic.getDisplayName() : ALIAS_START + adapterName(vnic) + ")";
	}

	private static final String ALIAS_START = "vEthernet (";

	/**
	 * Windows names the management OS's adapter "vEthernet (SwitchName)", SwitchName being the switch's Hyper-V name
	 * (hvnet's display name when it has one, as in the seed's "vEthernet (Test External Network)").
	 */
	static String displayNameFor(VirtualSwitch vswitch) {
		return ALIAS_START + io.hvnet.dsl.model.Names.windowsName(vswitch) + ")";
	}

	/**
	 * hvnet's name must be an identifier that no NIC, switch, VM or host vNIC of the host uses: "v" and the switch's
	 * name (as the lab example writes it), numbered from 2 when that is taken.
	 */
	static String nameFor(VirtualSwitch vswitch, Host host) {
		Set<String> taken = new HashSet<>();
		List<NetworkNode> named = new java.util.ArrayList<>();
		named.addAll(host.getNics());
		named.addAll(host.getSwitches());
		named.addAll(host.getVms());
		if (host.getParent() != null) {
			named.addAll(host.getParent().getVnics());
		}
		named.forEach(n -> taken.add(n.getName()));
		String name = "v" + vswitch.getName();
		for (int i = 2; taken.contains(name); i++) {
			name = "v" + vswitch.getName() + i;
		}
		return name;
	}
}
