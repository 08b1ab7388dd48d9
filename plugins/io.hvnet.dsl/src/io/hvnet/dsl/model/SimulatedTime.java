package io.hvnet.dsl.model;

import io.hvnet.dsl.hvnet.DhcpServer;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.Wait;

/**
 * Durations as the language writes them ({@code 300 s}, {@code 5 min}, {@code 2 h}, {@code 8 d}) and the ages of learnt
 * state in simulated time: how long a switch keeps a learnt MAC address, a Windows stack an ARP entry, a client a DHCP
 * lease, and when a DHCP client asks again.
 */
public final class SimulatedTime {

	/**
	 * A physical switch's MAC aging time when {@code mac-aging} is not written: 300 s, the default of Cisco's
	 * {@code mac address-table aging-time} and of the other vendors' switches (Juniper's mac-table-aging-time, Aruba's
	 * mac-address-table age-time: "Default: 300").
	 */
	public static final long PHYSICAL_SWITCH_MAC_AGING_SECONDS = 300;

	/**
	 * A Hyper-V virtual switch's MAC aging time. Microsoft documents none, and no cmdlet sets one (Set-VMSwitch has no
	 * such parameter): hvnet takes the physical switches' 300 s, so a virtual switch forgets an address when the
	 * physical one next to it does.
	 */
	public static final long VIRTUAL_SWITCH_MAC_AGING_SECONDS = 300;

	/**
	 * How long a Windows stack keeps an ARP (neighbour cache) entry reachable: Set-NetIPInterface -BaseReachableTimeMs
	 * (learn.microsoft.com, "Set-NetIPInterface"), 30,000 ms by default. Windows picks each interface's ReachableTime at
	 * random between half and one and a half times the base (RFC 4861's 15 to 45 s); the simulation stays
	 * deterministic by taking the base itself.
	 */
	public static final long ARP_REACHABLE_SECONDS = 30;

	/**
	 * A Windows DHCP Server scope's lease time when {@code lease} is not written: 8 days, the default of
	 * Add-DhcpServerv4Scope -LeaseDuration (learn.microsoft.com, "Add-DhcpServerv4Scope"). hvnet takes it for every
	 * server, the Default Switch's too, whose lease time Microsoft does not document.
	 */
	public static final long DHCP_LEASE_SECONDS = 8 * 86_400;

	/**
	 * How long a Windows DHCP client waits for an offer before it sends its DISCOVER again, for the first and each
	 * further retransmission: "the first DHCP request plus up to three retries" (Microsoft KB Q190552, "Windows NT 4.0
	 * DHCP Client Modified to be RFC 2131 Retransmission Compliant") at RFC 2131 4.1's 4 s, doubled each time. RFC
	 * 2131 randomises each delay by ±1 s; the simulation stays deterministic by taking the delays themselves. The
	 * last entry is how long the client waits after its last DISCOVER before it gives up.
	 */
	public static final long[] DHCP_RETRANSMIT_SECONDS = { 4, 8, 16, 32 };

	/**
	 * How long a Windows DHCP client that got no address (its DISCOVERs unanswered, or its lease expired) waits before
	 * it begins again: "waits for five minutes, and begins again with a new IP Lease Request" (Microsoft KB Q151615,
	 * "DHCP Client Does Not Immediately Renew Address").
	 */
	public static final long DHCP_RESTART_SECONDS = 300;

	private SimulatedTime() {
	}

	/** The units a duration may be written in, with their length in seconds. */
	public enum Unit {
		SECONDS("s", 1), MINUTES("min", 60), HOURS("h", 3600), DAYS("d", 86_400);

		private final String word;
		private final long seconds;

		Unit(String word, long seconds) {
			this.word = word;
			this.seconds = seconds;
		}

		public String word() {
			return word;
		}

		/** The unit written {@code word}, or null. */
		public static Unit of(String word) {
			for (Unit u : values()) {
				if (u.word.equals(word)) {
					return u;
				}
			}
			return null;
		}
	}

	/** {@code amount unit} in seconds, or -1 when the unit is not one of {@link Unit}. */
	public static long seconds(int amount, String unit) {
		Unit u = Unit.of(unit);
		return u == null ? -1 : amount * u.seconds;
	}

	/** How long a {@code wait} lets pass, in seconds (-1: unknown unit, which the validator reports). */
	public static long seconds(Wait wait) {
		return seconds(wait.getAmount(), wait.getUnit());
	}

	/** A DHCP scope's lease time in seconds: its {@code lease}, else {@link #DHCP_LEASE_SECONDS}. */
	public static long leaseSeconds(DhcpServer server) {
		long written = server.getLeaseUnit() == null ? -1 : seconds(server.getLeaseAmount(), server.getLeaseUnit());
		return written > 0 ? written : DHCP_LEASE_SECONDS;
	}

	/** The switch's MAC aging time in seconds: its {@code mac-aging}, else {@link #PHYSICAL_SWITCH_MAC_AGING_SECONDS}. */
	public static long macAgingSeconds(PhysicalSwitch s) {
		long written = s.getMacAgingUnit() == null ? -1 : seconds(s.getMacAging(), s.getMacAgingUnit());
		return written > 0 ? written : PHYSICAL_SWITCH_MAC_AGING_SECONDS;
	}
}
