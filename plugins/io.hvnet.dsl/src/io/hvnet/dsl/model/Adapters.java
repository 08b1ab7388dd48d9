package io.hvnet.dsl.model;

import io.hvnet.dsl.hvnet.PhysicalNic;

/** Adapter settings that need interpreting: the link speed in Mbit/s. */
public final class Adapters {

	private Adapters() {
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
