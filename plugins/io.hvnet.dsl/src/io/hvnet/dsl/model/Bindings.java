package io.hvnet.dsl.model;

import java.util.List;
import java.util.Map;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.PhysicalNic;

/**
 * Protocol bindings of an adapter as Windows would show them in the adapter's properties. Without a written
 * {@code bindings} clause: a fresh adapter has everything bound except the switch protocol; a physical NIC that an
 * external switch has taken keeps only the switch protocol (seed figs. 3 and 7).
 */
public final class Bindings {

	/** Microsoft Virtual Network Switch Protocol. */
	public static final String VMS = "vms";
	public static final String IPV4 = "ipv4";
	public static final String IPV6 = "ipv6";

	/** Every protocol a fresh adapter has bound, in the order Windows lists them. */
	public static final List<String> FRESH = List.of("client", "qos", "fileshare", IPV6, IPV4, "lltd");

	/** The protocols hvnet knows; others are accepted with a warning (a third-party filter, say). */
	public static final List<String> KNOWN = List.of("client", "qos", "fileshare", IPV6, IPV4, "lltd", VMS);

	/**
	 * The component ids Windows gives each protocol (Get-NetAdapterBinding -ComponentID; Enable-NetAdapterBinding):
	 * https://learn.microsoft.com/powershell/module/netadapter/get-netadapterbinding. LLTD is two components, the
	 * mapper I/O driver and the responder.
	 */
	private static final Map<String, List<String>> COMPONENT_IDS = Map.of("client", List.of("ms_msclient"), "qos",
			List.of("ms_pacer"), "fileshare", List.of("ms_server"), IPV6, List.of("ms_tcpip6"), IPV4,
			List.of("ms_tcpip"), "lltd", List.of("ms_lltdio", "ms_rspndr"), VMS, List.of("vms_pp"));

	private Bindings() {
	}

	/** The Windows component ids of a protocol hvnet knows ({@link #KNOWN}); empty for any other. */
	public static List<String> componentIds(String protocol) {
		return COMPONENT_IDS.getOrDefault(protocol, List.of());
	}

	/**
	 * The protocol hvnet writes for a Windows component id (ms_tcpip is ipv4, both LLTD components are lltd), the
	 * inverse of {@link #componentIds}; null for a component hvnet does not know (a third-party filter, ms_lldp…).
	 * Get-NetAdapterBinding may write the id in any case.
	 */
	public static String protocolOf(String componentId) {
		for (Map.Entry<String, List<String>> entry : COMPONENT_IDS.entrySet()) {
			for (String id : entry.getValue()) {
				if (id.equalsIgnoreCase(componentId)) {
					return entry.getKey();
				}
			}
		}
		return null;
	}

	public static List<String> effective(Adapter adapter) {
		List<String> written = adapter.getBindings();
		if (!written.isEmpty()) {
			return written;
		}
		if (adapter instanceof PhysicalNic nic && Topology.externalSwitchOf(nic) != null) {
			return List.of(VMS);
		}
		return FRESH;
	}

	public static boolean isBound(Adapter adapter, String protocol) {
		return effective(adapter).contains(protocol);
	}
}
