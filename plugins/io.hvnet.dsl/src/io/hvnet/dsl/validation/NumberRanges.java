package io.hvnet.dsl.validation;

/**
 * The range of every number the language takes, in one place: the validator, the diagram's property edits and the
 * command line check against these. Each bound is generous for real networks and small enough that the simulator
 * and the diagram (which make one object per port and one run per echo request) stay fast.
 */
public final class NumberRanges {

	/** Ports of a physical switch: a stacked or chassis switch has a few hundred. */
	public static final int MIN_PORTS = 1;
	public static final int MAX_PORTS = 1024;
	/** An 802.1Q VLAN id; 0 is untagged (Set-VMNetworkAdapterVlan takes 1 to 4094). */
	public static final int MAX_VLAN = 4094;
	/** An interface metric as Windows takes it; 0 (or absent) is automatic. */
	public static final int MAX_METRIC = 9999;
	/** A link speed, in Mbit/s: 1 Mbps to 400 Gbps. */
	public static final long MIN_SPEED_MBPS = 1;
	public static final long MAX_SPEED_MBPS = 400_000;
	/** Echo requests of one ping (a scenario's {@code count}, the command line's {@code --count}). */
	public static final int MIN_PING_COUNT = 1;
	public static final int MAX_PING_COUNT = 1000;
	/** Hops a path can take; no simulated network of hvnet's size comes near. */
	public static final int MAX_HOPS = 10_000;

	/**
	 * A scenario's {@code wait} and a switch's {@code mac-aging}, in seconds: up to a day (a switch's aging time
	 * goes to 1,000,000 s on some models; a day is plenty for a scenario, and simulated time costs nothing while
	 * waiting).
	 */
	public static final long MAX_SECONDS = 86_400;
	/** A DHCP lease's bounds: a minute, and 999 days, the longest lease Windows DHCP Server's console takes. */
	public static final long MIN_LEASE_SECONDS = 60;
	public static final long MAX_LEASE_SECONDS = 999L * 86_400;

	private NumberRanges() {
	}
}
