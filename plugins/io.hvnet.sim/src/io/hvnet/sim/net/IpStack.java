package io.hvnet.sim.net;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.LongConsumer;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.DhcpRelays;
import io.hvnet.dsl.model.DhcpServers;
import io.hvnet.dsl.model.Nats;
import io.hvnet.dsl.model.RoutingTable;
import io.hvnet.sim.Action;
import io.hvnet.sim.Hop;
import io.hvnet.sim.HopKind;
import io.hvnet.sim.SeedFlow;

/**
 * The IP stack of an endpoint (a parent partition, a VM, a server, a router): the routes of its
 * {@link RoutingTable} (longest prefix, then the least cost once costs are learnt; the newest interface before, seed
 * fig. 11), ARP with a cache, ICMP echo, and the strong host model by default (per interface, weak host send and
 * receive as Set-NetIPInterface sets them). A router, and a Windows stack on an interface with IP forwarding,
 * routes packets for others: a new Ethernet header, the TTL one less, ICMP time exceeded or destination unreachable
 * back to the source when it cannot.
 */
public final class IpStack {

	/** How long an ARP request waits for its reply. */
	static final long ARP_TIMEOUT_NS = 1_000_000_000L;

	/** A route choice and why it was made. */
	public record Route(IpInterface iface, int nextHop, String reason) {
	}

	private record ArpEntry(long mac, long expiresAt) {
	}

	private record Candidate(IpInterface iface, RoutingTable.Entry entry) {
	}

	private final String name;
	private final HopKind kind;
	private final Hop hop;
	/** The table the model gives; {@link #table} is it with the DHCP leases of this run. */
	private final RoutingTable original;
	private final Endpoint endpoint;
	private RoutingTable table;
	/** The runtime adapter of every adapter of the endpoint's stack, DHCP clients without an address included. */
	private final Map<Adapter, EndpointAdapter> runtimeAdapters = new IdentityHashMap<>();
	/** The DHCP scopes this stack serves, in model order. */
	private final List<DhcpService> dhcpServices = new ArrayList<>();
	private final Map<Adapter, DhcpServers.Lease> leases = new IdentityHashMap<>();
	private final List<IpInterface> interfaces = new ArrayList<>();
	private final Map<RoutingTable.Interface, IpInterface> byModel = new IdentityHashMap<>();
	private final Map<Integer, ArpEntry> arpCache = new HashMap<>();
	private final Map<Integer, List<LongConsumer>> waitingForArp = new HashMap<>();
	private PingObserver observer;
	/** The host's NAT translations; null on every stack without a NAT. */
	private NatTable nat;
	private boolean routesLearnt;
	private String lastRouteFailure;
	/** The path cache's redirected destinations: destination → the gateway an ICMP redirect named. */
	private final Map<Integer, Redirect> redirects = new HashMap<>();

	/** A destination's first hop as an ICMP redirect from {@code router} changed it. */
	private record Redirect(IpInterface iface, int gateway, int router) {
	}

	public IpStack(String name, RoutingTable table) {
		this(name, table, null);
	}

	/** A stack whose DHCP clients may lease addresses: {@code endpoint} gives its table again with them. */
	public IpStack(String name, RoutingTable table, Endpoint endpoint) {
		this.name = name;
		this.table = table;
		this.original = table;
		this.endpoint = endpoint;
		this.kind = table.router() ? HopKind.ROUTER : HopKind.STACK;
		this.hop = new Hop(name, kind);
	}

	public String name() {
		return name;
	}

	/** {@link HopKind#ROUTER} for a router, {@link HopKind#STACK} for every other endpoint. */
	public HopKind kind() {
		return kind;
	}

	/** Forgets the ARP cache, pending resolutions, learnt route costs and the observer: a fresh start. */
	public void reset() {
		arpCache.clear();
		waitingForArp.clear();
		observer = null;
		routesLearnt = false;
		lastRouteFailure = null;
		redirects.clear();
		if (nat != null) {
			nat.reset();
		}
		dhcpServices.forEach(DhcpService::reset);
		if (!leases.isEmpty()) {
			leases.clear();
			configure(original);
		}
	}

	Hop hop() {
		return hop;
	}

	/** The runtime adapter an adapter of the stack's endpoint is on (a DHCP client's too, before it has a lease). */
	public void attach(Adapter model, EndpointAdapter adapter) {
		runtimeAdapters.put(model, adapter);
	}

	/** Binds an interface on every attached adapter that {@code newTable} gives one, and routes by it. */
	public void configure(RoutingTable newTable) {
		interfaces.forEach(i -> i.adapter().unbind());
		interfaces.clear();
		byModel.clear();
		table = newTable;
		for (RoutingTable.Interface i : newTable.interfaces()) {
			EndpointAdapter adapter = runtimeAdapters.get(i.adapter());
			if (adapter != null) {
				addInterface(new IpInterface(adapter, i));
			}
		}
	}

	/** Serves DHCP from {@code scope} on its adapter (an attached one with an address). */
	public void serveDhcp(DhcpServers.Scope scope) {
		dhcpServices.add(new DhcpService(scope));
	}

	/** A DHCP client of this stack got {@code lease} for {@code adapter}: the stack binds it and routes by it. */
	void lease(Adapter adapter, DhcpServers.Lease lease) {
		leases.put(adapter, lease);
		configure(RoutingTable.of(endpoint, leases::get));
	}

	/** The lease of {@code adapter} expired: the stack drops its address and the routes through it. */
	void unlease(Adapter adapter) {
		if (leases.remove(adapter) != null) {
			configure(RoutingTable.of(endpoint, leases::get));
		}
	}

	/** Whether a NAT of this stack has {@code address} inside its prefix. */
	public boolean natInside(int address) {
		return nat != null && nat.insideOf(address) != null;
	}

	/** Gives the management OS the host's NATs (WinNAT): it translates and forwards for them. */
	public void nat(List<Nats.Nat> nats) {
		this.nat = nats.isEmpty() ? null : new NatTable(nats);
	}

	public List<IpInterface> interfaces() {
		return interfaces;
	}

	/** The routing table this stack routes by. */
	public RoutingTable table() {
		return table;
	}

	public void addInterface(IpInterface iface) {
		interfaces.add(iface);
		byModel.put(iface.model(), iface);
		iface.adapter().bind(this, iface);
	}

	public void observe(PingObserver pingObserver) {
		this.observer = pingObserver;
	}

	public String lastRouteFailure() {
		return lastRouteFailure;
	}

	/** The route to {@code dst}; with a fixed source address (a reply) the strong host model restricts it. */
	public Route route(Engine engine, int dst, Integer source) {
		if (!redirects.isEmpty()) {
			Redirect r = redirects.get(dst);
			if (r != null && (source == null || r.iface().owns(source))) {
				return new Route(r.iface(), r.gateway(), "path cache: " + Addresses.format(dst) + " via "
						+ Addresses.format(r.gateway()) + " on " + r.iface().name() + " (ICMP redirect from "
						+ Addresses.format(r.router()) + ")");
			}
		}
		List<Candidate> candidates = new ArrayList<>();
		for (RoutingTable.Entry e : table.longestMatches(dst)) {
			IpInterface i = byModel.get(e.iface());
			if (i != null) {
				candidates.add(new Candidate(i, e));
			}
		}
		if (source != null && engine.options().strongHost()) {
			candidates.removeIf(c -> !c.iface().owns(source) && !c.iface().model().weakHostSend());
		}
		if (candidates.isEmpty()) {
			lastRouteFailure = "no route from " + name + " to " + Addresses.format(dst)
					+ (source != null && engine.options().strongHost()
							? " through the interface owning " + Addresses.format(source) + " (strong host model)"
							: "");
			return null;
		}
		Candidate chosen;
		String reason;
		String target = candidates.get(0).entry().describe();
		if (candidates.size() == 1) {
			chosen = candidates.get(0);
			reason = "only route: " + target + " via " + chosen.iface().name() + " (metric " + chosen.entry().metric()
					+ ")";
		} else if (engine.options().coldRoutes() && !routesLearnt) {
			chosen = candidates.get(candidates.size() - 1);
			StringJoiner others = new StringJoiner(", ");
			candidates.forEach(c -> others.add(c.iface().name()));
			reason = "route costs not learnt yet: " + target + " via the newest interface " + chosen.iface().name()
					+ " (of " + others + ")";
		} else {
			List<Candidate> byCost = new ArrayList<>(candidates);
			byCost.sort(Comparator.comparingInt(c -> c.entry().metric()));
			chosen = byCost.get(0);
			StringJoiner costs = new StringJoiner(" < ");
			byCost.forEach(c -> costs.add("metric " + c.entry().metric() + " via " + c.iface().name()));
			reason = "least cost: " + target + ", " + costs;
		}
		int nextHop = chosen.entry().nextHop();
		return new Route(chosen.iface(), nextHop == 0 ? dst : nextHop, reason);
	}

	/** Sends an ICMP echo request or reply; returns why the route was chosen, or null when there is none. */
	public String sendEcho(Engine engine, int dst, Integer source, boolean reply, int seq) {
		return sendEcho(engine, dst, source, reply, seq, Frame.DEFAULT_TTL);
	}

	/** {@link #sendEcho(Engine, int, Integer, boolean, int)} with the TTL the packet starts with (traceroute). */
	public String sendEcho(Engine engine, int dst, Integer source, boolean reply, int seq, int ttl) {
		return sendEcho(engine, dst, source, reply, seq, ttl, Frame.PING_ID);
	}

	private String sendEcho(Engine engine, int dst, Integer source, boolean reply, int seq, int ttl, int id) {
		Route route = route(engine, dst, source);
		if (route == null) {
			// recorded, so that a ping that fails before sending still says where (issue #15)
			engine.record(name, kind.json(), null, Action.DROP, null, lastRouteFailure, null);
			if (observer != null) {
				observer.failedAt(seq, lastRouteFailure, name);
			}
			return null;
		}
		int src = source != null ? source : route.iface().ip();
		if (engine.tracing()) {
			engine.record(name, kind.json(), route.iface().name(), reply ? Action.ECHO_REPLY : Action.ECHO_REQUEST,
					SeedFlow.leaving(kind), route.reason(), null);
		}
		resolve(engine, route.iface(), route.nextHop(), mac -> {
			Frame frame = Frame.echo(route.iface().adapter().mac(), mac, src, dst, reply, seq, id, ttl)
					.via(new PathNode(hop, null));
			route.iface().adapter().send(engine, frame, route.iface());
		}, () -> {
			if (observer != null) {
				observer.arpUnanswered(seq, arpUnanswered(route), route.iface(), route.nextHop());
			}
		});
		return route.reason();
	}

	/** The failure of an ARP for a route's next hop that nobody answered. */
	public static String arpUnanswered(Route route) {
		return "ARP for " + Addresses.format(route.nextHop()) + " on " + route.iface().name()
				+ " got no answer: nothing with that address is reachable in its segment and VLAN";
	}

	private void resolve(Engine engine, IpInterface iface, int ip, LongConsumer then, Runnable unanswered) {
		ArpEntry cached = arpCache.get(ip);
		if (cached != null && cached.expiresAt > engine.now()) {
			then.accept(cached.mac);
			return;
		}
		List<LongConsumer> waiting = waitingForArp.get(ip);
		if (waiting != null) {
			waiting.add(then);
			return;
		}
		waiting = new ArrayList<>();
		waiting.add(then);
		waitingForArp.put(ip, waiting);
		int sender = senderFor(iface, ip);
		Frame request = Frame.arpRequest(iface.adapter().mac(), sender, ip).via(new PathNode(hop, null));
		if (engine.tracing()) {
			engine.record(name, kind.json(), iface.name(), Action.ARP_REQUEST, SeedFlow.leaving(kind),
					"who has " + Addresses.format(ip) + "? tell " + Addresses.format(sender), request);
		}
		iface.adapter().send(engine, request, iface);
		engine.schedule(engine.now() + ARP_TIMEOUT_NS, () -> {
			if (waitingForArp.remove(ip) != null) {
				unanswered.run();
			}
		});
	}

	/** The interface's address on the subnet of {@code ip} (its first address when none is). */
	private static int senderFor(IpInterface iface, int ip) {
		for (Addresses a : iface.model().addresses()) {
			if (a.sameSubnet(ip)) {
				return a.address();
			}
		}
		return iface.ip();
	}

	/** Whether this stack answers for {@code ip} arriving on {@code in} (strong host: only in's own addresses). */
	public boolean owns(IpInterface in, int ip, Engine engine) {
		if (!in.weakHostReceive() && engine.options().strongHost()) {
			return in.owns(ip);
		}
		return interfaceOwning(ip) != null;
	}

	/** The first interface, in stack order, that has {@code address} (whichever it arrived on), or null. */
	public IpInterface interfaceOwning(int address) {
		for (IpInterface i : interfaces) {
			if (i.owns(address)) {
				return i;
			}
		}
		return null;
	}

	/** Kept small: every stack a broadcast floods to comes through here, and the JIT inlines it. */
	void receive(Engine engine, IpInterface in, Frame frame) {
		Frame here = engine.passing(frame, hop);
		if (frame.arp()) {
			receiveArp(engine, in, here);
		} else {
			receiveIp(engine, in, here, frame);
		}
	}

	private void receiveIp(Engine engine, IpInterface in, Frame here, Frame frame) {
		if (frame.dhcp() != null) {
			receiveDhcp(engine, in, here);
			return;
		}
		if (nat != null && translated(engine, in, here)) {
			return;
		}
		if (!owns(in, frame.ipDst(), engine)) {
			if (in.model().forwarding() && interfaceOwning(frame.ipDst()) == null) {
				forward(engine, in, here);
			} else if (engine.tracing()) {
				engine.record(name, kind.json(), in.name(), Action.DROP, null,
						Addresses.format(frame.ipDst()) + " is not an address of " + in.name()
								+ (engine.options().strongHost() ? " (strong host model)" : ""),
						here);
			}
		} else if (frame.icmp() == IcmpError.REDIRECT) {
			redirected(engine, in, here);
		} else if (frame.icmp() != null) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name(), Action.DELIVER, null,
						frame.icmp().words() + " from " + Addresses.format(frame.ipSrc()), here);
			}
			if (observer != null) {
				observer.icmpError(frame.seq(), frame.icmp(), frame.ipSrc(), here.path());
			}
		} else if (!frame.reply()) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name(), Action.ECHO_REQUEST, null,
						"from " + Addresses.format(frame.ipSrc()), here);
			}
			learnArp(engine, frame.ipSrc(), frame.src());
			if (observer != null) {
				observer.requestDelivered(frame.seq(), here.path());
			}
			sendEcho(engine, frame.ipSrc(), frame.ipDst(), true, frame.seq(), Frame.DEFAULT_TTL, frame.id());
		} else {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name(), Action.ECHO_REPLY, null,
						"from " + Addresses.format(frame.ipSrc()), here);
			}
			routesLearnt = true;
			if (observer != null) {
				observer.replyDelivered(frame.seq(), here.path());
			}
		}
	}

	/**
	 * A DHCP message that arrived: a unicast one for another address is routed on (or dropped) like any packet; a
	 * server's answer to this stack's address is a relay's to pass back to its client; a client's DISCOVER or REQUEST
	 * goes to the scope that serves it ({@link #dhcpServiceFor}) and, when broadcast on an interface with a
	 * 'dhcp-relay', to the relay's servers too.
	 */
	private void receiveDhcp(Engine engine, IpInterface in, Frame frame) {
		DhcpMessage m = frame.dhcp();
		boolean broadcast = frame.ipDst() == DhcpRelay.BROADCAST_IP;
		// any address of the stack: a server answers a relay at giaddr, which is another interface's than the one
		// the answer arrives on
		if (!broadcast && interfaceOwning(frame.ipDst()) == null) {
			if (in.model().forwarding()) {
				forward(engine, in, frame);
			} else if (engine.tracing()) {
				engine.record(name, kind.json(), in.name(), Action.DROP, null,
						Addresses.format(frame.ipDst()) + " is not an address of " + in.name(), frame);
			}
			return;
		}
		if (m.type().fromServer()) {
			DhcpRelay.answer(engine, this, in, frame);
			return;
		}
		DhcpService service = dhcpServiceFor(in, m);
		if (service != null) {
			service.receive(engine, this, in, frame);
		}
		DhcpRelays.Relay relay = broadcast && m.relayIp() == 0 ? DhcpRelays.of(in.model().element()) : null;
		if (relay != null && relay.giaddr() != null) {
			DhcpRelay.forward(engine, this, in, relay, frame);
		} else if (service == null && engine.tracing()) {
			engine.record(name, kind.json(), in.name(), Action.DROP, null, m.relayIp() != 0
					? "no DHCP scope of " + name + " serves giaddr " + Addresses.format(m.relayIp()) + "'s subnet"
					: "no DHCP server on " + in.name(), frame);
		}
	}

	/**
	 * The scope a client's message is for: the one whose subnet holds the relay's address (giaddr), else the
	 * client's own address (a renewal), else a scope of the receiving adapter's own subnet (RFC 2131 4.3.1).
	 */
	private DhcpService dhcpServiceFor(IpInterface in, DhcpMessage m) {
		int key = m.relayIp() != 0 ? m.relayIp() : m.clientIp();
		for (DhcpService service : dhcpServices) {
			DhcpServers.Scope scope = service.scope();
			if (key != 0 ? scope.serves(key)
					: in.vlan() == 0 && scope.adapter() == in.model().adapter() && !scope.relayed()) {
				return service;
			}
		}
		return null;
	}

	/**
	 * Sends a DHCP message as a routed unicast to {@code dst} (a relay to its server, a server to a relay or a
	 * renewing client, a client renewing with its server), from {@code source} or the outgoing interface's address.
	 */
	void sendDhcp(Engine engine, Integer source, int dst, DhcpMessage message, String reason) {
		Route route = route(engine, dst, source);
		if (route == null) {
			engine.record(name, kind.json(), null, Action.DROP, null, lastRouteFailure, null);
			return;
		}
		int src = source != null ? source : senderFor(route.iface(), dst);
		resolve(engine, route.iface(), route.nextHop(), mac -> {
			Frame frame = Frame.dhcp(route.iface().adapter().mac(), mac, src, dst, message)
					.via(new PathNode(hop, null));
			if (engine.tracing()) {
				engine.record(name, kind.json(), route.iface().name(), Action.SEND, SeedFlow.leaving(kind), reason,
						frame);
			}
			route.iface().adapter().send(engine, frame, route.iface());
		}, () -> engine.record(name, kind.json(), route.iface().name(), Action.DROP, null,
				reason + ": " + arpUnanswered(route), null));
	}

	/**
	 * Routes a packet that arrived for someone else (RFC 1812: TTL one less, a new Ethernet header; no ICMP error
	 * about an ICMP error).
	 */
	private void forward(Engine engine, IpInterface in, Frame packet) {
		String dst = Addresses.format(packet.ipDst());
		if (packet.ttl() <= 1) {
			String loop = Loops.between(packet.path(), hop);
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name(), Action.DROP, null,
						"TTL " + packet.ttl() + " expires here" + (loop == null ? "" : " (" + loop + ")"), packet);
			}
			fail(packet, "TTL exceeded at " + name + " on the way to " + dst + (loop == null ? "" : ": " + loop));
			icmpError(engine, in, packet, IcmpError.TIME_EXCEEDED);
			return;
		}
		Route route = route(engine, packet.ipDst(), null);
		if (route == null) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name(), Action.DROP, null, "no route to " + dst, packet);
			}
			fail(packet, "no route on " + name + " to " + dst);
			icmpError(engine, in, packet, IcmpError.NET_UNREACHABLE);
			return;
		}
		if (engine.tracing()) {
			engine.record(name, kind.json(), route.iface().name(), Action.ROUTE, SeedFlow.leaving(kind),
					route.reason() + ", TTL " + packet.ttl() + " → " + (packet.ttl() - 1), packet);
		}
		if (route.iface() == in && packet.icmp() == null) {
			redirect(engine, in, packet, route.nextHop());
		}
		resolve(engine, route.iface(), route.nextHop(),
				mac -> route.iface().adapter().send(engine, packet.routed(route.iface().adapter().mac(), mac),
						route.iface()),
				() -> {
					if (observer != null && packet.icmp() == null) {
						observer.arpUnanswered(packet.seq(), name + "'s " + arpUnanswered(route), route.iface(),
								route.nextHop());
					}
					icmpError(engine, in, packet, IcmpError.HOST_UNREACHABLE);
				});
	}

	/**
	 * What the NAT does with an IP packet that arrived: an echo from inside a NAT's prefix to an address outside it,
	 * which no interface of this stack owns, leaves with the outgoing interface's address and a mapped identifier
	 * (WinNAT forwards it whether or not the interface has 'forwarding'); an echo reply to an address of this stack
	 * whose identifier is mapped goes back to the inside address and identifier; a packet from outside to an address
	 * inside with no mapping is dropped; an ICMP error about a translated echo goes back to the inside host (RFC 5508
	 * §4). Returns false for a packet the NAT leaves to the rest of the stack.
	 */
	private boolean translated(Engine engine, IpInterface in, Frame packet) {
		int dst = packet.ipDst();
		boolean ownedHere = interfaceOwning(dst) != null;
		Nats.Nat from = nat.insideOf(packet.ipSrc());
		if (from != null && packet.icmp() == null && !packet.reply() && !ownedHere && !from.inside(dst)) {
			Route route = route(engine, dst, null);
			if (route == null || packet.ttl() <= 1) {
				// which says there is no route, or that the TTL expires here, as a router would, to the inside host
				forward(engine, in, packet);
				return true;
			}
			int outside = senderFor(route.iface(), dst);
			NatTable.Mapping m = nat.map(from, packet.ipSrc(), packet.id(), outside);
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name(), Action.NAT, null,
						"NAT " + Addresses.format(m.insideAddress()) + " -> " + Addresses.format(m.outsideAddress())
								+ " (id " + m.insideId() + " -> " + m.outsideId() + ", " + from.name() + ")",
						packet);
			}
			forward(engine, in, packet.withSource(m.outsideAddress(), m.outsideId()));
			return true;
		}
		if (ownedHere && packet.reply() && packet.icmp() == null && packet.id() >= NatTable.FIRST_ID) {
			NatTable.Mapping m = nat.back(dst, packet.id());
			if (m == null) {
				noMapping(engine, in, packet, "an echo reply to " + Addresses.format(dst) + " (id " + packet.id() + ")");
				return true;
			}
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name(), Action.NAT, null,
						"NAT " + Addresses.format(m.outsideAddress()) + " -> " + Addresses.format(m.insideAddress())
								+ " (id " + m.outsideId() + " -> " + m.insideId() + ", " + m.nat().name() + ")",
						packet);
			}
			forward(engine, in, packet.withDestination(m.insideAddress(), m.insideId()));
			return true;
		}
		if (ownedHere && packet.quoted() != null && packet.quoted().id() >= NatTable.FIRST_ID) {
			// RFC 5508 §4: an ICMP error about a translated echo goes back to the inside host, the echo it quotes
			// given back its inside address and identifier
			NatTable.Mapping m = nat.back(packet.quoted().ipSrc(), packet.quoted().id());
			if (m != null) {
				if (engine.tracing()) {
					engine.record(name, kind.json(), in.name(), Action.NAT, null,
							"NAT " + Addresses.format(m.outsideAddress()) + " -> " + Addresses.format(m.insideAddress())
									+ " (" + packet.icmp().words() + " about id " + m.outsideId() + " -> "
									+ m.insideId() + ", " + m.nat().name() + ")",
							packet);
				}
				forward(engine, in, packet.errorTranslatedBack(m.insideAddress(), m.insideId()));
				return true;
			}
		}
		if (!ownedHere && from == null && nat.insideOf(dst) != null) {
			noMapping(engine, in, packet, "a packet from " + Addresses.format(packet.ipSrc()) + " to "
					+ Addresses.format(dst));
			return true;
		}
		return false;
	}

	private void noMapping(Engine engine, IpInterface in, Frame packet, String what) {
		String reason = "NAT has no mapping for " + what + " on " + name
				+ ": WinNAT lets in only replies to echoes sent from behind it";
		if (engine.tracing()) {
			engine.record(name, kind.json(), in.name(), Action.DROP, null, reason, packet);
		}
		fail(packet, reason);
	}

	/** Tells the ping why its packet went no further (the first cause wins there). */
	private void fail(Frame packet, String reason) {
		if (observer != null && packet.icmp() == null) {
			observer.failedAt(packet.seq(), reason, name);
		}
	}

	/** Sends ICMP {@code error} about {@code packet} back to its source, from the address it arrived at. */
	private void icmpError(Engine engine, IpInterface in, Frame packet, IcmpError error) {
		if (packet.icmp() != null) {
			return;
		}
		Route back = route(engine, packet.ipSrc(), null);
		if (back == null) {
			return;
		}
		int from = senderFor(in, packet.ipSrc());
		if (engine.tracing()) {
			engine.record(name, kind.json(), back.iface().name(), Action.SEND, SeedFlow.leaving(kind),
					error.words() + " to " + Addresses.format(packet.ipSrc()), null);
		}
		resolve(engine, back.iface(), back.nextHop(), mac -> {
			Frame frame = Frame.icmpError(back.iface().adapter().mac(), mac, from, packet.ipSrc(), error, packet)
					.via(new PathNode(hop, null));
			back.iface().adapter().send(engine, frame, back.iface());
		}, () -> {
		});
	}

	/**
	 * RFC 1812 §5.2.7.2: a router that forwards a packet out of the interface it came in by, to a next hop on the
	 * subnet of the packet's source, tells the source so with an ICMP redirect (type 5, code 1: for the host), and
	 * forwards the packet all the same. Cisco IOS does so by default ({@code ip redirects}); so does a Windows stack
	 * with IP forwarding, the same RFC's router. The source is on the subnet, so the redirect goes straight back to
	 * the MAC the packet came from.
	 */
	private void redirect(Engine engine, IpInterface in, Frame packet, int nextHop) {
		for (Addresses a : in.model().addresses()) {
			if (a.sameSubnet(packet.ipSrc()) && a.sameSubnet(nextHop)) {
				if (engine.tracing()) {
					engine.record(name, kind.json(), in.name(), Action.SEND, SeedFlow.leaving(kind),
							IcmpError.REDIRECT.words() + " to " + Addresses.format(packet.ipSrc()) + ": "
									+ Addresses.format(packet.ipDst()) + " is reached through "
									+ Addresses.format(nextHop) + ", on its own subnet",
							null);
				}
				Frame frame = Frame.redirect(in.adapter().mac(), packet.src(), a.address(), packet.ipSrc(), packet,
						nextHop).via(new PathNode(hop, null));
				in.adapter().send(engine, frame, in);
				return;
			}
		}
	}

	/**
	 * An ICMP redirect for this stack: a Windows stack updates its path cache (IcmpRedirectsEnabled, true by default:
	 * Microsoft Learn, "IcmpRedirectsEnabled", Microsoft-Windows-TCPIP unattend settings), so its later packets to
	 * that destination go to the new gateway, if the redirect came from the gateway it uses now and names one on the
	 * interface's subnet (RFC 1122 §3.2.2.2). A router takes no redirects (RFC 1812 §5.2.7.2).
	 */
	private void redirected(Engine engine, IpInterface in, Frame frame) {
		int dst = frame.quoted().ipDst();
		String about = IcmpError.REDIRECT.words() + " from " + Addresses.format(frame.ipSrc()) + ": "
				+ Addresses.format(dst) + " through " + Addresses.format(frame.gateway());
		Route now = route(engine, dst, null);
		String verdict;
		if (kind == HopKind.ROUTER) {
			verdict = "ignored: a router takes no redirects";
		} else if (now == null || now.nextHop() != frame.ipSrc() || now.iface() != in) {
			verdict = "ignored: " + Addresses.format(frame.ipSrc()) + " is not the gateway to "
					+ Addresses.format(dst);
		} else if (in.model().addresses().stream().noneMatch(a -> a.sameSubnet(frame.gateway()))) {
			verdict = "ignored: " + Addresses.format(frame.gateway()) + " is not on " + in.name() + "'s subnet";
		} else {
			redirects.put(dst, new Redirect(in, frame.gateway(), frame.ipSrc()));
			verdict = "path cache updated (IcmpRedirectsEnabled, Windows' default)";
		}
		if (engine.tracing()) {
			engine.record(name, kind.json(), in.name(), Action.DELIVER, null, about + ", " + verdict, frame);
		}
	}

	private void receiveArp(Engine engine, IpInterface in, Frame frame) {
		if (!frame.reply()) {
			if (!owns(in, frame.ipDst(), engine)) {
				if (engine.tracing()) {
					engine.record(name, kind.json(), in.name(), Action.DROP, null, "ARP for "
							+ Addresses.format(frame.ipDst()) + ": not an address of " + in.name(), frame);
				}
				return;
			}
			learnArp(engine, frame.ipSrc(), frame.src());
			Frame reply = Frame.arpReply(in.adapter().mac(), frame.src(), frame.ipDst(), frame.ipSrc())
					.via(new PathNode(hop, null));
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name(), Action.ARP_REPLY, SeedFlow.leaving(kind),
						Addresses.format(frame.ipDst()) + " is at " + Macs.format(in.adapter().mac()), reply);
			}
			in.adapter().send(engine, reply, in);
		} else if (frame.dst() == in.adapter().mac()) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name(), Action.DELIVER, null,
						"ARP reply: " + Addresses.format(frame.ipSrc()) + " is at " + Macs.format(frame.src()), frame);
			}
			learnArp(engine, frame.ipSrc(), frame.src());
			List<LongConsumer> waiting = waitingForArp.remove(frame.ipSrc());
			if (waiting != null) {
				waiting.forEach(w -> w.accept(frame.src()));
			}
		}
	}

	private void learnArp(Engine engine, int ip, long mac) {
		arpCache.put(ip, new ArpEntry(mac, engine.now() + (long) (engine.options().arpCacheSeconds() * 1e9)));
	}

	/** Finds the routers a looping packet went round. */
	static final class Loops {

		private Loops() {
		}

		/**
		 * "a routing loop between R1 and R2" when the packet's path (up to {@code here}) passes a router or
		 * forwarding stack twice; null when it does not (or paths are not kept).
		 */
		static String between(PathNode path, Hop here) {
			List<Hop> hops = PathNode.toList(path);
			Set<String> seen = new LinkedHashSet<>();
			Set<String> loop = new LinkedHashSet<>();
			for (int i = 1; i < hops.size(); i++) {
				Hop h = hops.get(i);
				if (h.kind() == HopKind.ROUTER || h.kind() == HopKind.STACK) {
					if (!seen.add(h.node())) {
						loop.add(h.node());
					}
				}
			}
			if (loop.isEmpty()) {
				return null;
			}
			List<String> names = new ArrayList<>(loop);
			String last = names.remove(names.size() - 1);
			return "a routing loop between " + (names.isEmpty() ? last : String.join(", ", names) + " and " + last);
		}
	}
}
