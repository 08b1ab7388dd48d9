package io.hvnet.dsl.model;

import java.util.List;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.VmAdapter;

/**
 * Uniform read access to the settings every adapter kind shares (the grammar declares them once, in a fragment,
 * but EMF gives each kind its own accessors).
 */
public final class Adapters {

	private Adapters() {
	}

	public static String mac(Adapter a) {
		return switch (a) {
		case PhysicalNic n -> n.getMac();
		case HostVnic v -> v.getMac();
		case VmAdapter v -> v.getMac();
		default -> null;
		};
	}

	/** The address as written, with its prefix length if any: {@code 192.168.1.10/24}. */
	public static String address(Adapter a) {
		return switch (a) {
		case PhysicalNic n -> n.getAddress();
		case HostVnic v -> v.getAddress();
		case VmAdapter v -> v.getAddress();
		default -> null;
		};
	}

	public static String gateway(Adapter a) {
		return switch (a) {
		case PhysicalNic n -> n.getGateway();
		case HostVnic v -> v.getGateway();
		case VmAdapter v -> v.getGateway();
		default -> null;
		};
	}

	/** Access-mode VLAN id; 0 means untagged. */
	public static int vlan(Adapter a) {
		return switch (a) {
		case PhysicalNic n -> n.getVlan();
		case HostVnic v -> v.getVlan();
		case VmAdapter v -> v.getVlan();
		default -> 0;
		};
	}

	/** Interface metric as written; 0 means automatic (see {@link Metrics}). */
	public static int writtenMetric(Adapter a) {
		return switch (a) {
		case PhysicalNic n -> n.getMetric();
		case HostVnic v -> v.getMetric();
		case VmAdapter v -> v.getMetric();
		default -> 0;
		};
	}

	static List<String> writtenBindings(Adapter a) {
		return switch (a) {
		case PhysicalNic n -> n.getBindings();
		case HostVnic v -> v.getBindings();
		case VmAdapter v -> v.getBindings();
		default -> List.of();
		};
	}

	/** Link speed in Mbit/s; 0 when not written. */
	public static long speedMbps(PhysicalNic nic) {
		if (nic.getSpeed() <= 0) {
			return 0;
		}
		return switch (nic.getSpeedUnit()) {
		case GBPS -> nic.getSpeed() * 1000L;
		default -> nic.getSpeed();
		};
	}
}
