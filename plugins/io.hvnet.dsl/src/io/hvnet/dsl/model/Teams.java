package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;

/**
 * Switch Embedded Teaming (SET): the physical NICs an external switch takes, its load-balancing algorithm, and the
 * team member each switch port is affinitized to. Every reader of an external switch's NICs asks here.
 * <p>
 * Microsoft, "Remote Direct Memory Access (RDMA) and Switch Embedded Teaming (SET)": a SET team has one to eight
 * identical NICs of one host, switch-independent mode only, load balancing Hyper-V Port or Dynamic; New-VMSwitch
 * assumes -EnableEmbeddedTeaming when -NetAdapterName is given more than one NIC, and a team of one needs the
 * parameter. So {@code on NIC1, NIC2} is a team, {@code on NIC1} a plain external switch, and {@code on NIC1
 * teaming dynamic} a team of one.
 */
public final class Teams {

	/** A SET team has one to eight members. */
	public static final int MAX_MEMBERS = 8;

	/** Set-VMSwitchTeam -LoadBalancingAlgorithm, with the word the language writes and the one PowerShell writes. */
	public enum LoadBalancing {
		HYPERV_PORT("hyperv-port", "Hyper-V Port"), DYNAMIC("dynamic", "Dynamic");

		private final String word;
		private final String display;

		LoadBalancing(String word, String display) {
			this.word = word;
			this.display = display;
		}

		public String word() {
			return word;
		}

		public String display() {
			return display;
		}

		/** The value Set-VMSwitchTeam -LoadBalancingAlgorithm takes (the VMSwitchLoadBalancingAlgorithm enum's name). */
		public String cmdletValue() {
			return this == HYPERV_PORT ? "HyperVPort" : "Dynamic";
		}

		/** The algorithm written as {@code word}, or null. */
		public static LoadBalancing of(String word) {
			for (LoadBalancing l : values()) {
				if (l.word.equals(word)) {
					return l;
				}
			}
			return null;
		}
	}

	/**
	 * The algorithm of a team whose {@code teaming} is not written: Dynamic, the default of Windows Server 2016, the
	 * release the Microsoft page describes (later releases recommend Hyper-V Port; write it to get it).
	 */
	public static final LoadBalancing DEFAULT = LoadBalancing.DYNAMIC;

	private Teams() {
	}

	/** The physical NICs the switch takes, in the order written (an internal or private switch may be given some by mistake: HVN002). */
	public static List<PhysicalNic> members(VirtualSwitch vswitch) {
		return vswitch.getUplinks();
	}

	/** The switch's first NIC, or null: what a plain external switch takes. */
	public static PhysicalNic firstMember(VirtualSwitch vswitch) {
		return vswitch.getUplinks().isEmpty() ? null : vswitch.getUplinks().get(0);
	}

	/** An external switch with a SET team: more than one NIC, or {@code teaming} written (a team of one). */
	public static boolean isTeam(VirtualSwitch vswitch) {
		return vswitch.getType() == SwitchType.EXTERNAL
				&& (vswitch.getUplinks().size() > 1 || vswitch.getLoadBalancing() != null);
	}

	/** The team's algorithm: the one written, else {@link #DEFAULT}; null when the switch has no team. */
	public static LoadBalancing loadBalancing(VirtualSwitch vswitch) {
		if (!isTeam(vswitch)) {
			return null;
		}
		LoadBalancing written = LoadBalancing.of(vswitch.getLoadBalancing());
		return written == null ? DEFAULT : written;
	}

	/** "team of NIC1, NIC2 (Dynamic)", or the one NIC of a plain external switch; empty when it takes none. */
	public static String describe(VirtualSwitch vswitch) {
		List<String> names = new ArrayList<>();
		members(vswitch).forEach(n -> names.add(n.eIsProxy() ? "?" : n.getName()));
		if (!isTeam(vswitch)) {
			return String.join(", ", names);
		}
		return "SET team of " + String.join(", ", names) + " (" + loadBalancing(vswitch).display() + ")";
	}

	/**
	 * The team member a switch port's traffic leaves on: its {@code team-member} when that member's link is up;
	 * otherwise round-robin: the port's position among the switch's ports ({@link Topology#adaptersOn}: host vNICs,
	 * then VM adapters, in model order) modulo the number of members whose link is up, counted in the order written.
	 * When no member's link is up, every member counts. Hyper-V's own assignment is not observable from outside (the
	 * Microsoft page only says "every vmSwitch port is affinitized to a team member"); this rule is hvnet's, chosen to
	 * be deterministic and to spread ports. A member that loses its link loses its ports to the others (failover).
	 *
	 * @return the member, or null when the port is on no external switch or the switch takes no NIC
	 */
	public static PhysicalNic affinitized(SwitchPort port, Predicate<PhysicalNic> linkUp) {
		VirtualSwitch vswitch = port.getSwitch();
		if (vswitch == null || vswitch.eIsProxy() || vswitch.getType() != SwitchType.EXTERNAL) {
			return null;
		}
		List<PhysicalNic> up = new ArrayList<>();
		for (PhysicalNic m : members(vswitch)) {
			if (!m.eIsProxy() && linkUp.test(m)) {
				up.add(m);
			}
		}
		if (up.isEmpty()) {
			members(vswitch).stream().filter(m -> !m.eIsProxy()).forEach(up::add);
		}
		if (up.isEmpty()) {
			return null;
		}
		PhysicalNic mapped = port.getTeamMember();
		if (mapped != null && up.contains(mapped)) {
			return mapped;
		}
		int position = Topology.adaptersOn(vswitch).indexOf(port);
		return up.get(Math.max(position, 0) % up.size());
	}

	/**
	 * Why two members are not identical ("same manufacturer, same model", the Microsoft page), or null: their device
	 * descriptions differ, or their link speeds do. Windows tells a second adapter of one model by appending " #2" to
	 * its description, so that suffix is not compared; what is not written is not compared either.
	 */
	public static String difference(PhysicalNic a, PhysicalNic b) {
		String da = model(a.getDeviceName());
		String db = model(b.getDeviceName());
		if (da != null && db != null && !da.equals(db)) {
			return "\"" + a.getDeviceName() + "\" and \"" + b.getDeviceName() + "\"";
		}
		long sa = Adapters.speedMbps(a);
		long sb = Adapters.speedMbps(b);
		if (sa > 0 && sb > 0 && sa != sb) {
			return sa + " Mbps and " + sb + " Mbps";
		}
		return null;
	}

	private static String model(String deviceName) {
		return deviceName == null ? null : deviceName.replaceFirst("\\s+#\\d+$", "");
	}
}
