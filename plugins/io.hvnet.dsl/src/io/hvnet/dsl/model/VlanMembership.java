package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import io.hvnet.dsl.validation.NumberRanges;

/**
 * Which VLANs a switch port carries, and which one of them travels untagged. An access port carries one VLAN and
 * sends it untagged (VLAN 0 is "no VLAN": an untagged port). A trunk carries its allowed VLANs tagged, or every
 * VLAN when it lists none, and its native VLAN untagged. A private VLAN port ({@link PrivateVlanMode}) puts its
 * adapter's frames into one VLAN and sends untagged the frames of the VLANs it may be reached from: an isolated or
 * community port's frames go into its secondary VLAN and it is reached from the primary (and, for a community, its
 * own secondary); a promiscuous port's frames go into the primary and it is reached from its secondaries. So on a
 * trunk between switches an isolated or community port's frames carry the secondary's tag and a promiscuous port's
 * the primary's, as RFC 5517 has it. Hyper-V's per-port VLAN modes (Set-VMNetworkAdapterVlan) map onto these.
 * Immutable; the simulator asks it once per frame and port, so its questions are cheap.
 */
public final class VlanMembership {

	private static final VlanMembership UNTAGGED = new VlanMembership(false, 0, null);
	private static final VlanMembership EVERY_VLAN = new VlanMembership(true, 0, null);
	/**
	 * One shared instance per access VLAN: a large network has thousands of ports in a few VLANs, and a switch asks
	 * the membership of every port it floods to, so few objects that stay in the cache make that cheap. Filled on
	 * demand; a race only builds an equal, immutable instance twice.
	 */
	private static final VlanMembership[] ACCESS = new VlanMembership[NumberRanges.MAX_VLAN + 1];

	private final boolean trunk;
	private final int untaggedVlan;
	/**
	 * A trunk's allowed VLANs; null = every VLAN (and always null on an access port). On a private VLAN port the VLANs
	 * it is reached from.
	 */
	private final BitSet allowed;
	/** A private VLAN port's mode, null on every other port. */
	private final PrivateVlanMode privateMode;
	private final int primaryVlan;
	/** A private VLAN port's secondary VLANs as written (one for isolated and community), null on other ports. */
	private final BitSet secondaries;

	private VlanMembership(boolean trunk, int untaggedVlan, BitSet allowed) {
		this(trunk, untaggedVlan, allowed, null, 0, null);
	}

	private VlanMembership(boolean trunk, int untaggedVlan, BitSet allowed, PrivateVlanMode privateMode,
			int primaryVlan, BitSet secondaries) {
		this.trunk = trunk;
		this.untaggedVlan = untaggedVlan;
		this.allowed = allowed;
		this.privateMode = privateMode;
		this.primaryVlan = primaryVlan;
		this.secondaries = secondaries;
	}

	/** An access port without a VLAN: frames go untagged and belong to VLAN 0. */
	public static VlanMembership untagged() {
		return UNTAGGED;
	}

	/** An access port of {@code vlan} (0 = {@link #untagged()}). */
	public static VlanMembership access(int vlan) {
		if (vlan == 0) {
			return UNTAGGED;
		}
		if (vlan < 0 || vlan >= ACCESS.length) {
			return new VlanMembership(false, vlan, null); // out of range: the validator says so, the model keeps it
		}
		VlanMembership shared = ACCESS[vlan];
		if (shared == null) {
			shared = new VlanMembership(false, vlan, null);
			ACCESS[vlan] = shared;
		}
		return shared;
	}

	/**
	 * A trunk carrying {@code allowed} tagged (every VLAN when empty) and {@code nativeVlan} untagged (0 = untagged
	 * frames belong to no VLAN).
	 */
	public static VlanMembership trunk(Collection<Integer> allowed, int nativeVlan) {
		if (allowed.isEmpty()) {
			return nativeVlan == 0 ? EVERY_VLAN : new VlanMembership(true, nativeVlan, null);
		}
		BitSet set = new BitSet();
		allowed.forEach(set::set);
		return new VlanMembership(true, nativeVlan, set);
	}

	/**
	 * A private VLAN port of {@code primary}: isolated or community with one secondary VLAN, promiscuous with the list
	 * of secondaries it serves. Missing or extra secondaries are the validator's to report; the port then takes the
	 * first one (or none).
	 */
	public static VlanMembership privateVlan(PrivateVlanMode mode, int primary, Collection<Integer> secondary) {
		BitSet secondaries = new BitSet();
		secondary.forEach(id -> secondaries.set(Math.max(id, 0)));
		BitSet reachedFrom = new BitSet();
		reachedFrom.set(Math.max(primary, 0));
		int own = primary;
		if (mode == PrivateVlanMode.PROMISCUOUS) {
			reachedFrom.or(secondaries);
		} else {
			own = secondary.isEmpty() ? 0 : secondary.iterator().next();
			if (mode == PrivateVlanMode.COMMUNITY) {
				reachedFrom.set(Math.max(own, 0));
			}
		}
		return new VlanMembership(false, own, reachedFrom, mode, primary, secondaries);
	}

	/** A trunk transparent to tags: an external switch's port to its NIC, every port of an unmanaged switch. */
	public static VlanMembership everyVlan() {
		return EVERY_VLAN;
	}

	public boolean isTrunk() {
		return trunk;
	}

	/**
	 * The VLAN untagged frames belong to: an access port's VLAN, a trunk's native VLAN, a private VLAN port's own
	 * VLAN (its secondary, or the primary when promiscuous), 0 for none. On an adapter it is the VLAN of the
	 * adapter's own traffic (a physical NIC's driver tags its frames with it).
	 */
	public int untaggedVlan() {
		return untaggedVlan;
	}

	/**
	 * The VLAN whose broadcast domain the adapter's own traffic is in: a private VLAN port's primary (its secondaries
	 * share the primary's subnet), else {@link #untaggedVlan()}.
	 */
	public int domainVlan() {
		return privateMode == null ? untaggedVlan : primaryVlan;
	}

	public boolean isPrivate() {
		return privateMode != null;
	}

	/** A private VLAN port's mode, or null. */
	public PrivateVlanMode privateMode() {
		return privateMode;
	}

	/** A private VLAN port's primary VLAN, 0 on other ports. */
	public int primaryVlan() {
		return primaryVlan;
	}

	/** A private VLAN port's secondary VLANs in ascending order, empty on other ports. */
	public List<Integer> secondaryVlans() {
		return secondaries == null ? List.of() : secondaries.stream().boxed().toList();
	}

	/** A trunk's allowed VLANs in ascending order; empty on an access port and on a trunk that carries every VLAN. */
	public List<Integer> allowed() {
		return allowed == null ? List.of() : allowed.stream().boxed().toList();
	}

	/** Whether frames of {@code vlan} pass this port (out of the switch, for a private VLAN port). */
	public boolean carries(int vlan) {
		if (privateMode != null) {
			return vlan > 0 && allowed.get(vlan);
		}
		if (vlan == untaggedVlan) {
			return true;
		}
		return trunk && (allowed == null || vlan > 0 && allowed.get(vlan));
	}

	/**
	 * The VLAN of a frame that arrives with 802.1Q tag {@code tag} (0 = untagged), or -1 when this port does not
	 * carry it. An access port puts whatever comes from its adapter into its VLAN: a virtual adapter never tags.
	 */
	public int vlanOf(int tag) {
		if (!trunk) {
			return untaggedVlan;
		}
		int vlan = tag == 0 ? untaggedVlan : tag;
		return carries(vlan) ? vlan : -1;
	}

	/** The tag a frame of {@code vlan} leaves this port with: none for the access or native VLAN. */
	public int tagFor(int vlan) {
		return trunk && vlan != untaggedVlan ? vlan : 0;
	}

	/**
	 * The membership as the language writes it after the keyword {@code vlan}: empty when untagged, {@code 10} for an
	 * access VLAN, {@code trunk 10, 20, 100-199 native 5} for a trunk (runs of three or more ids as a
	 * range). The one text form the diagram, the hover and the
	 * Properties view show.
	 */
	public String describe() {
		if (privateMode != null) {
			StringJoiner text = new StringJoiner(", ", " secondary ", "").setEmptyValue("");
			addRuns(secondaries, text);
			return privateMode.word() + (primaryVlan == 0 ? "" : " primary " + primaryVlan) + text;
		}
		if (!trunk) {
			return untaggedVlan == 0 ? "" : Integer.toString(untaggedVlan);
		}
		StringJoiner text = new StringJoiner(", ", "trunk ", "").setEmptyValue("trunk");
		if (allowed != null) {
			addRuns(allowed, text);
		}
		return text + (untaggedVlan == 0 ? "" : " native " + untaggedVlan);
	}

	/**
	 * A trunk's allowed VLANs as Set-VMNetworkAdapterVlan -AllowedVlanIdList takes them ({@code 10,20,100-199}); empty
	 * when it allows every VLAN or is no trunk.
	 */
	public String allowedIdList() {
		StringJoiner list = new StringJoiner(",");
		if (trunk && allowed != null) {
			addRuns(allowed, list);
		}
		return list.toString();
	}

	/** A private VLAN port's secondary VLANs as a compact list ({@code 200,201-210}); empty on any other port. */
	public String secondaryIdList() {
		StringJoiner list = new StringJoiner(",");
		if (privateMode != null && secondaries != null) {
			addRuns(secondaries, list);
		}
		return list.toString();
	}

	/**
	 * What a trunk or private VLAN port does with VLANs, in words for a hover: {@code tagged 10, 20; native 1
	 * untagged}, {@code sends in VLAN 200; receives VLAN 10}. Empty for an access port, which {@link #describe()}
	 * says all about.
	 */
	public String effective() {
		if (privateMode != null) {
			StringJoiner from = new StringJoiner(", ");
			addRuns(allowed, from);
			return "sends in VLAN " + untaggedVlan + "; receives VLAN" + (allowed.cardinality() > 1 ? "s " : " ") + from;
		}
		if (!trunk) {
			return "";
		}
		StringJoiner tagged = new StringJoiner(", ", "tagged ", "").setEmptyValue("tagged: every VLAN");
		if (allowed != null) {
			addRuns(allowed, tagged);
		}
		return tagged + (untaggedVlan == 0 ? "; untagged frames in no VLAN" : "; native " + untaggedVlan + " untagged");
	}

	/** Runs of three or more consecutive ids as a range, the way -AllowedVlanIdList is written. */
	private static void addRuns(BitSet ids, StringJoiner text) {
		for (int first = ids.nextSetBit(0); first >= 0; ) {
			int end = ids.nextClearBit(first); // one past the run
			if (end - first >= 3) {
				text.add(first + "-" + (end - 1));
			} else {
				for (int id = first; id < end; id++) {
					text.add(Integer.toString(id));
				}
			}
			first = ids.nextSetBit(end);
		}
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof VlanMembership m && trunk == m.trunk && untaggedVlan == m.untaggedVlan
				&& Objects.equals(allowed, m.allowed) && privateMode == m.privateMode && primaryVlan == m.primaryVlan
				&& Objects.equals(secondaries, m.secondaries);
	}

	@Override
	public int hashCode() {
		return Objects.hash(trunk, untaggedVlan, allowed, privateMode, primaryVlan);
	}

	@Override
	public String toString() {
		return trunk || privateMode != null ? describe() : "access " + untaggedVlan;
	}
}
