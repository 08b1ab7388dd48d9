package io.hvnet.sim;

import java.util.List;
import java.util.Set;

import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.Vlans;
import io.hvnet.sim.net.IpInterface;

/**
 * Why a ping failed, in one sentence naming the first cause and where it is. The stacks and routers report the
 * cause (no route on a stack or router; TTL exceeded, in a routing loop between routers; an ARP request nobody
 * answered); for an unanswered ARP this adds where the layer-2 simulation dropped the request (a port that does not
 * carry its VLAN, a port with nothing plugged in) or the answer (a guest's own MAC that its port drops with MAC
 * address spoofing off), or, when it was dropped nowhere, that the VLANs of the sender and
 * of the address's owner never meet; for an echo request lost with a warm ARP cache, where it was dropped (a link
 * that a scenario took down, an unplugged cable or a disabled adapter, is such a drop, with its reason); and why
 * DHCP gave an adapter no address. Later slices add their causes here (a NAT without a mapping).
 */
public final class Diagnosis {

	/** Where every flood ends without anything being wrong: stacks that do not own the address. */
	private static final Set<String> ORDINARY_KINDS = Set.of(HopKind.STACK.json(), HopKind.ROUTER.json());

	/** Where a drop's port is worth naming: an adapter's one port is its cable. */
	private static final Set<String> SWITCH_KINDS = Set.of(HopKind.VSWITCH.json(), HopKind.PSWITCH.json());

	private Diagnosis() {
	}

	/** A diagnosis: the sentence, and the place of the first cause it names (null when it names none). */
	public record Finding(String sentence, FailurePlace place) {
	}

	/**
	 * {@code failure} (an ARP for {@code target} sent on {@code sender} that got no answer) with its layer-2 cause:
	 * the first copy of the request dropped for a reason other than a flood's ordinary ones, else the owner of the
	 * address ({@code owner}, null when no stack has it) in a VLAN the request never reached.
	 */
	public static String ofArp(String failure, int target, IpInterface sender, IpInterface owner,
			List<TraceEvent> events) {
		return arp(failure, target, sender, owner, events).sentence();
	}

	/** {@link #ofArp} with its place: the port or device that dropped the request, else the sender's adapter. */
	public static Finding arp(String failure, int target, IpInterface sender, IpInterface owner,
			List<TraceEvent> events) {
		String address = Addresses.format(target);
		FailurePlace sent = FailurePlace.at(sender.name());
		boolean reachedOwner = false;
		for (TraceEvent e : events) {
			FrameSummary f = e.frame();
			if (f != null && "arp".equals(f.type()) && address.equals(f.ipSrc()) && e.action() == Action.DROP
					&& !ordinary(e)) {
				// the owner answered, from a MAC its switch port does not let in (a guest's own, spoofing off)
				return new Finding(failure + "; " + address + "'s answer was dropped at " + where(e) + ": " + e.reason(),
						placeOf(e));
			}
			if (f == null || !"arp".equals(f.type()) || !address.equals(f.ipDst()) || "echo-reply".equals(f.icmp())) {
				continue;
			}
			if (e.action() == Action.DROP && !ordinary(e)) {
				return new Finding(failure + "; the request was dropped at " + where(e) + ": " + e.reason(), placeOf(e));
			}
			reachedOwner |= owner != null && e.node().equals(owner.name());
		}
		if (owner == null) {
			return new Finding(failure + "; no stack in the model has " + address, sent);
		}
		if (!reachedOwner && !vlanWords(sender).equals(vlanWords(owner))) {
			return new Finding(failure + "; " + address + " is " + owner.name() + "'s, and the VLANs of " + sender.name()
					+ " (" + vlanWords(sender) + ") and " + owner.name() + " (" + vlanWords(owner) + ") never meet", sent);
		}
		return new Finding(failure, sent);
	}

	/**
	 * {@code failure} (an echo request that was not answered though nothing reported why) with the first place an
	 * echo request or reply was dropped for a reason other than a flood's ordinary ones: after an unplugged cable or
	 * a disabled adapter, the ARP caches still know the addresses and the echo itself is what gets lost.
	 */
	public static String ofLostEcho(String failure, List<TraceEvent> events) {
		return lostEcho(failure, events).sentence();
	}

	/** {@link #ofLostEcho} with its place: where the echo was dropped, or null when that is not known. */
	public static Finding lostEcho(String failure, List<TraceEvent> events) {
		for (TraceEvent e : events) {
			FrameSummary f = e.frame();
			if (e.action() == Action.DROP && f != null && f.icmp() != null && !ordinary(e)) {
				return new Finding(failure + "; it was dropped at " + where(e) + ": " + e.reason(), placeOf(e));
			}
		}
		return new Finding(failure, null);
	}

	/** Where a drop happened: a switch's port, or the device (an adapter's one port is its cable). */
	private static FailurePlace placeOf(TraceEvent drop) {
		return new FailurePlace(drop.node(), SWITCH_KINDS.contains(drop.kind()) ? drop.port() : null);
	}

	/**
	 * Why a DHCP client has no address although it had one: {@code expired} says which lease ran out, and when
	 * ({@code DhcpClient.expired}).
	 */
	public static String ofExpiredLease(String client, String expired) {
		return "DHCP lease of " + client + " " + expired;
	}

	/**
	 * Why DHCP gave the client {@code client} (whose MAC is {@code mac}, as the trace writes it) no address: the
	 * offers to it that a DHCP guard dropped, a server whose pool was exhausted, or no server that answered.
	 */
	public static String ofDhcp(String client, String mac, List<TraceEvent> events) {
		String guards = null;
		String exhausted = null;
		boolean offered = false;
		for (TraceEvent e : events) {
			FrameSummary f = e.frame();
			if (f == null || !f.type().startsWith("dhcp-") || e.reason() == null) {
				continue;
			}
			if (e.action() == Action.DROP && e.reason().startsWith("DHCP guard on ") && mac.equals(f.dst())) {
				String guard = e.reason().substring("DHCP guard on ".length(), e.reason().indexOf(" drops"));
				guards = guards == null ? guard : guards.contains(guard) ? guards : guards + ", " + guard;
			} else if (e.action() == Action.DROP && e.reason().contains("is exhausted") && e.reason().endsWith(mac)) {
				exhausted = e.node();
			} else if ("dhcp-offer".equals(f.type()) && e.action() == Action.DELIVER && client.equals(e.port())) {
				offered = true;
			}
		}
		String why = guards != null ? "offers dropped by DHCP guard on " + guards
				: exhausted != null ? "the pool of " + exhausted + "'s DHCP server is exhausted"
						: offered ? "no acknowledgement of the address it requested"
								: "no DHCP server answered on its segment";
		return "DHCP gave no address to " + client + " (" + why + ")";
	}

	/** An interface's VLAN as a sentence says it: "untagged", "VLAN 20", "trunk 10, 20 native 1". */
	public static String vlanWords(IpInterface i) {
		if (i.vlan() != 0) {
			return "VLAN " + i.vlan();
		}
		String mode = Vlans.describe(i.model().adapter());
		return mode.isEmpty() ? "untagged" : mode.matches("\\d+") ? "VLAN " + mode : mode;
	}

	/** Where an event happened: its node, and the port on a switch (an adapter's one port is its cable). */
	private static String where(TraceEvent e) {
		return e.node() + (SWITCH_KINDS.contains(e.kind()) ? " (" + e.port() + ")" : "");
	}

	private static boolean ordinary(TraceEvent e) {
		return ORDINARY_KINDS.contains(e.kind()) || e.reason() == null || e.reason().startsWith("not addressed to")
				|| e.reason().contains("is on the port the frame came from");
	}
}
