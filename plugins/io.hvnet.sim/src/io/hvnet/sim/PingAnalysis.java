package io.hvnet.sim;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.GuestMac;
import io.hvnet.dsl.model.Names;
import io.hvnet.sim.build.RuntimeNetwork;
import io.hvnet.sim.build.RuntimeNetworkBuilder;
import io.hvnet.sim.net.BroadcastReach;
import io.hvnet.sim.net.IpInterface;
import io.hvnet.sim.net.IpStack;

/**
 * What one echo request of a ping would meet, worked out from the stacks' routes and from which interfaces a
 * broadcast reaches ({@link BroadcastReach}), without running frames: the route each stack picks
 * ({@link IpStack#route}, the simulator's own choice and "no route" sentence), who answers the ARP for the next hop
 * ({@link IpStack#owns}), whether the packet is taken, forwarded (a router, a forwarding interface) or dropped, and
 * the same for the reply. A failure carries the sentence the simulator would give ({@link Diagnosis#ofArp} without a
 * trace: the layer-2 place a request was dropped at is only known from a simulated trace). Where the frames' order
 * could matter (two stacks answering one ARP, a routing loop, a layer-2 loop) the verdict is {@link Verdict#UNSURE}
 * and the simulator decides.
 */
public final class PingAnalysis {

	public enum Verdict {
		REACHABLE, UNREACHABLE, UNSURE
	}

	public record Outcome(Verdict verdict, String reason) {

		static final Outcome REACHABLE = new Outcome(Verdict.REACHABLE, null);

		static Outcome unreachable(String reason) {
			return new Outcome(Verdict.UNREACHABLE, reason);
		}

		static Outcome unsure(String why) {
			return new Outcome(Verdict.UNSURE, why);
		}
	}

	/** Where one direction of the echo ended: taken by a stack, dropped, or failed with a reason. */
	private record Leg(IpStack takenBy, IpInterface lastSender, int source, Outcome failure) {
	}

	private final RuntimeNetwork net;
	private final BroadcastReach reach;
	private final Map<IpInterface, IpStack> stackOf = new IdentityHashMap<>();
	/** Each address and the interfaces that have it, in stack order. */
	private final Map<Integer, List<IpInterface>> owners = new HashMap<>();
	private final Map<IpInterface, BitSet> reachedFrom = new IdentityHashMap<>();

	private PingAnalysis(RuntimeNetwork net) {
		this.net = net;
		// the leases bind the clients' addresses as the simulator's runs do; a client without one is left to it
		net.runDhcp();
		this.reach = new BroadcastReach(net.stacks().values());
		for (IpStack stack : net.stacks().values()) {
			for (IpInterface i : stack.interfaces()) {
				stackOf.put(i, stack);
				for (Addresses a : i.model().addresses()) {
					owners.computeIfAbsent(a.address(), k -> new ArrayList<>()).add(i);
				}
			}
		}
	}

	/** Compiles the networks as the simulator does (without a trace) for these options. */
	public static PingAnalysis of(List<io.hvnet.dsl.hvnet.Network> networks, SimulationOptions options) {
		return new PingAnalysis(RuntimeNetworkBuilder.build(networks, options, false));
	}

	public RuntimeNetwork network() {
		return net;
	}

	public BroadcastReach broadcastReach() {
		return reach;
	}

	/** The interfaces (by {@link BroadcastReach#indexOf}) a broadcast on {@code sender} reaches; kept, not copied. */
	public BitSet reachedFrom(IpInterface sender) {
		return reachedFrom.computeIfAbsent(sender, reach::from);
	}

	/** Whether more than one interface has {@code address}. */
	public boolean shared(int address) {
		List<IpInterface> list = owners.get(address);
		return list != null && list.size() > 1;
	}

	/** Whether a stack's NAT has {@code address} inside its prefix. */
	private boolean behindNat(int address) {
		return net.stacks().values().stream().anyMatch(s -> s.natInside(address));
	}

	/** Whether {@code stack} has a DHCP client that got no lease. */
	private boolean withoutLease(IpStack stack) {
		return stack != null && net.dhcpClients().stream().anyMatch(c -> c.stack() == stack && c.lease() == null);
	}

	/** One echo request from {@code from} to {@code to}, at the address {@link Simulator#ping} would ping. */
	public Outcome ping(Endpoint from, Endpoint to) {
		IpStack source = net.stackOf(from);
		IpStack target = net.stackOf(to);
		if (withoutLease(source) || withoutLease(target)) {
			// why DHCP gave no address is only known from the trace of the exchange (Diagnosis.ofDhcp)
			return Outcome.unsure("an adapter DHCP gave no address");
		}
		if (target == null || target.interfaces().isEmpty()) {
			return Outcome.unreachable(PingSession.noAddressToPing(Names.stack(to)));
		}
		if (source == null || source.interfaces().isEmpty()) {
			return Outcome.unreachable(PingSession.noInterface(Names.stack(from)));
		}
		if (reach.loops()) {
			return Outcome.unsure("a layer-2 loop");
		}
		int dst = Simulator.addressOf(source, target);
		if (behindNat(source.interfaces().get(0).ip()) || behindNat(dst)) {
			// a NAT's translations and mappings depend on what went out before: left to the simulator
			return Outcome.unsure("an address behind a NAT");
		}
		Leg request = leg(source, dst, null, null, -1);
		if (request.failure() != null) {
			return request.failure();
		}
		if (request.takenBy() == null) {
			return Outcome.unreachable(PingSession.unreported(1, false));
		}
		// the taker learnt the request's source at the MAC it came from: a reply to that address goes there
		Leg reply = leg(request.takenBy(), request.source(), dst, request.lastSender(), request.source());
		if (reply.failure() != null) {
			return reply.failure();
		}
		return reply.takenBy() == null ? Outcome.unreachable(PingSession.unreported(1, true)) : Outcome.REACHABLE;
	}

	/**
	 * An IP packet to {@code dst} sent by {@code stack} (from {@code fixedSource} for a reply, as the strong host model
	 * has it), through every forwarding stack on its way. {@code cachedSender} answers for {@code cachedAddress}
	 * without an ARP: the ARP cache the request left on the stack that took it.
	 */
	private Leg leg(IpStack stack, int dst, Integer fixedSource, IpInterface cachedSender, int cachedAddress) {
		boolean origin = true;
		int source = 0;
		Set<IpStack> passed = new HashSet<>();
		IpStack at = stack;
		while (true) {
			if (!passed.add(at)) {
				return new Leg(null, null, source, Outcome.unsure("a routing loop through " + at.name()));
			}
			IpStack.Route route = at.route(net.engine(), dst, origin ? fixedSource : null);
			if (route == null) {
				String reason = origin ? at.lastRouteFailure()
						: "no route on " + at.name() + " to " + Addresses.format(dst);
				return new Leg(null, null, source, Outcome.unreachable(reason));
			}
			if (origin) {
				source = fixedSource != null ? fixedSource : route.iface().ip();
			}
			IpInterface answering;
			if (origin && cachedSender != null && route.nextHop() == cachedAddress) {
				answering = reachedFrom(route.iface()).get(reach.indexOf(cachedSender)) ? cachedSender : null;
				if (answering == null) {
					return new Leg(null, null, source, Outcome.unsure("a reply to a MAC learnt from a routed packet"));
				}
			} else {
				List<IpInterface> answers = arpAnswers(route.iface(), route.nextHop());
				if (answers.size() > 1) {
					return new Leg(null, null, source, Outcome.unsure("more than one interface answers ARP for "
							+ Addresses.format(route.nextHop())));
				}
				if (answers.isEmpty()) {
					String failure = (origin ? "" : at.name() + "'s ") + IpStack.arpUnanswered(route);
					return new Leg(null, null, source, Outcome.unreachable(Diagnosis.ofArp(failure, route.nextHop(),
							route.iface(), net.interfaceOwning(route.nextHop()), List.of())));
				}
				answering = answers.get(0);
			}
			IpStack next = stackOf.get(answering);
			if (next.owns(answering, dst, net.engine())) {
				return new Leg(next, route.iface(), source, null);
			}
			if (!answering.model().forwarding() || next.interfaceOwning(dst) != null) {
				return new Leg(null, route.iface(), source, null);
			}
			at = next;
			origin = false;
		}
	}


	/**
	 * The interfaces that answer an ARP for {@code address} sent on {@code sender}: those the broadcast reaches whose
	 * stack owns the address there (on any of its interfaces, with weak host receive). An interface whose guest sends
	 * from a MAC its switch port drops ({@link GuestMac#droppedBySwitch}) neither asks nor answers.
	 */
	private List<IpInterface> arpAnswers(IpInterface sender, int address) {
		List<IpInterface> owning = owners.get(address);
		if (owning == null || GuestMac.droppedBySwitch(sender.model().adapter())) {
			return List.of();
		}
		BitSet reached = reachedFrom(sender);
		List<IpInterface> answers = new ArrayList<>();
		Set<IpStack> asked = new HashSet<>();
		for (IpInterface owner : owning) {
			IpStack stack = stackOf.get(owner);
			if (!asked.add(stack)) {
				continue;
			}
			for (IpInterface receiver : stack.interfaces()) {
				if (receiver != sender && reached.get(reach.indexOf(receiver))
						&& stack.owns(receiver, address, net.engine())
						&& !GuestMac.droppedBySwitch(receiver.model().adapter())) {
					answers.add(receiver);
				}
			}
		}
		return answers;
	}
}
