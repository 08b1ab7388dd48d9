package io.hvnet.dsl.model;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.SwitchType;

/**
 * Interface metrics, the cost a stack compares to pick the least-cost route. A written {@code metric} wins.
 * Automatic metrics follow Windows' link-speed table for physical NICs; a host vNIC costs its switch's uplink
 * plus {@link #VIRTUAL_SWITCH_COST} for the trip through the virtual switch, which is why the seed's dedicated NIC
 * (fig. 10) beats the host vNIC (fig. 11) once costs are learnt.
 */
public final class Metrics {

	public static final int VIRTUAL_SWITCH_COST = 10;
	/** Automatic metric of an adapter whose speed is unknown or virtual (VM adapters, internal-switch vNICs). */
	public static final int DEFAULT_METRIC = 25;

	private Metrics() {
	}

	public static int metric(Adapter adapter) {
		int written = adapter.getMetric();
		if (written > 0) {
			return written;
		}
		if (adapter instanceof PhysicalNic nic) {
			return bySpeed(Adapters.speedMbps(nic));
		}
		// a SET team's members are identical (HVN019), so its first member's speed stands for the team
		if (adapter instanceof HostVnic vnic && vnic.getSwitch() != null
				&& vnic.getSwitch().getType() == SwitchType.EXTERNAL && Teams.firstMember(vnic.getSwitch()) != null) {
			return metric(Teams.firstMember(vnic.getSwitch())) + VIRTUAL_SWITCH_COST;
		}
		return DEFAULT_METRIC;
	}

	/** Windows' automatic metric by link speed (Mbit/s). */
	static int bySpeed(long mbps) {
		if (mbps <= 0) {
			return DEFAULT_METRIC;
		}
		if (mbps >= 100_000) {
			return 5;
		}
		if (mbps >= 10_000) {
			return 10;
		}
		if (mbps >= 2_000) {
			return 15;
		}
		if (mbps >= 200) {
			return 25;
		}
		if (mbps >= 20) {
			return 35;
		}
		return 55;
	}
}
