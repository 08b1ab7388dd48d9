package io.hvnet.dsl.model;

import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.Wait;

/**
 * Durations as the language writes them ({@code 300 s}, {@code 5 min}) and the ages of learnt state in simulated
 * time: how long a switch keeps a learnt MAC address and a Windows stack an ARP entry.
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

	private SimulatedTime() {
	}

	/** The units a duration may be written in, with their length in seconds. */
	public enum Unit {
		SECONDS("s", 1), MINUTES("min", 60);

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

	/** The switch's MAC aging time in seconds: its {@code mac-aging}, else {@link #PHYSICAL_SWITCH_MAC_AGING_SECONDS}. */
	public static long macAgingSeconds(PhysicalSwitch s) {
		long written = s.getMacAgingUnit() == null ? -1 : seconds(s.getMacAging(), s.getMacAgingUnit());
		return written > 0 ? written : PHYSICAL_SWITCH_MAC_AGING_SECONDS;
	}
}
