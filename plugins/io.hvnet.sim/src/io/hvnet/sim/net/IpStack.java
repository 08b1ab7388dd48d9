package io.hvnet.sim.net;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.LongConsumer;

import io.hvnet.dsl.model.Addresses;
import io.hvnet.sim.Action;
import io.hvnet.sim.Hop;
import io.hvnet.sim.HopKind;
import io.hvnet.sim.SeedFlow;

/**
 * The IP stack of an endpoint (a parent partition, a VM, a server): connected routes and a default gateway, the
 * least-cost route once costs are learnt (the newest interface before, seed fig. 11), ARP with a cache, ICMP echo,
 * and the strong host model by default.
 */
public final class IpStack {

	/** How long an ARP request waits for its reply. */
	static final long ARP_TIMEOUT_NS = 1_000_000_000L;

	/** A route choice and why it was made. */
	public record Route(IpInterface iface, int nextHop, String reason) {
	}

	private record ArpEntry(long mac, long expiresAt) {
	}

	private final String name;
	private final Hop hop;
	private final List<IpInterface> interfaces = new ArrayList<>();
	private final Map<Integer, ArpEntry> arpCache = new HashMap<>();
	private final Map<Integer, List<LongConsumer>> waitingForArp = new HashMap<>();
	private PingObserver observer;
	private boolean routesLearnt;
	private String lastRouteFailure;

	public IpStack(String name) {
		this.name = name;
		this.hop = new Hop(name, HopKind.STACK);
	}

	public String name() {
		return name;
	}

	/** Forgets the ARP cache, pending resolutions, learnt route costs and the observer: a fresh start. */
	public void reset() {
		arpCache.clear();
		waitingForArp.clear();
		observer = null;
		routesLearnt = false;
		lastRouteFailure = null;
	}

	public List<IpInterface> interfaces() {
		return interfaces;
	}

	public void addInterface(IpInterface iface) {
		interfaces.add(iface);
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
		List<IpInterface> candidates = new ArrayList<>();
		boolean viaGateway = false;
		for (IpInterface i : interfaces) {
			if (i.onLink(dst)) {
				candidates.add(i);
			}
		}
		if (candidates.isEmpty()) {
			for (IpInterface i : interfaces) {
				if (i.gateway() != 0 && i.onLink(i.gateway())) {
					candidates.add(i);
				}
			}
			viaGateway = true;
		}
		if (source != null && engine.options().strongHost()) {
			candidates.removeIf(i -> i.ip() != source);
		}
		if (candidates.isEmpty()) {
			lastRouteFailure = "no route from " + name + " to " + Addresses.format(dst)
					+ (source != null && engine.options().strongHost()
							? " through the interface owning " + Addresses.format(source) + " (strong host model)"
							: "");
			return null;
		}
		IpInterface chosen;
		String reason;
		String target = viaGateway ? "default route" : candidates.get(0).subnet();
		if (candidates.size() == 1) {
			chosen = candidates.get(0);
			reason = "only route: " + target + " via " + chosen.name() + " (metric " + chosen.metric() + ")";
		} else if (engine.options().coldRoutes() && !routesLearnt) {
			chosen = candidates.get(candidates.size() - 1);
			StringJoiner others = new StringJoiner(", ");
			candidates.forEach(c -> others.add(c.name()));
			reason = "route costs not learnt yet: " + target + " via the newest interface " + chosen.name() + " (of "
					+ others + ")";
		} else {
			List<IpInterface> byCost = new ArrayList<>(candidates);
			byCost.sort(Comparator.comparingInt(IpInterface::metric));
			chosen = byCost.get(0);
			StringJoiner costs = new StringJoiner(" < ");
			byCost.forEach(c -> costs.add("metric " + c.metric() + " via " + c.name()));
			reason = "least cost: " + target + ", " + costs;
		}
		return new Route(chosen, viaGateway ? chosen.gateway() : dst, reason);
	}

	/** Sends an ICMP echo request or reply; returns why the route was chosen, or null when there is none. */
	public String sendEcho(Engine engine, int dst, Integer source, boolean reply, int seq) {
		Route route = route(engine, dst, source);
		if (route == null) {
			if (observer != null) {
				observer.failed(seq, lastRouteFailure);
			}
			return null;
		}
		int src = source != null ? source : route.iface().ip();
		if (engine.tracing()) {
			engine.record(name, HopKind.STACK.json(), route.iface().name(), reply ? Action.ECHO_REPLY : Action.ECHO_REQUEST,
					SeedFlow.leaving(HopKind.STACK), route.reason(), null);
		}
		resolve(engine, route.iface(), route.nextHop(), seq, mac -> {
			Frame frame = Frame.echo(route.iface().adapter().mac(), mac, src, dst, reply, seq)
					.via(new PathNode(hop, null));
			route.iface().adapter().send(engine, frame);
		});
		return route.reason();
	}

	private void resolve(Engine engine, IpInterface iface, int ip, int seq, LongConsumer then) {
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
		Frame request = Frame.arpRequest(iface.adapter().mac(), iface.ip(), ip)
				.via(new PathNode(hop, null));
		if (engine.tracing()) {
			engine.record(name, HopKind.STACK.json(), iface.name(), Action.ARP_REQUEST, SeedFlow.leaving(HopKind.STACK),
					"who has " + Addresses.format(ip) + "? tell " + Addresses.format(iface.ip()), request);
		}
		iface.adapter().send(engine, request);
		engine.schedule(engine.now() + ARP_TIMEOUT_NS, () -> {
			if (waitingForArp.remove(ip) != null && observer != null) {
				observer.failed(seq, "ARP for " + Addresses.format(ip) + " on " + iface.name()
						+ " got no answer: nothing with that address is reachable in its segment and VLAN");
			}
		});
	}

	private boolean owns(IpInterface in, int ip, Engine engine) {
		if (engine.options().strongHost()) {
			return in.ip() == ip;
		}
		return interfaces.stream().anyMatch(i -> i.ip() == ip);
	}

	void receive(Engine engine, IpInterface in, Frame frame) {
		Frame here = engine.passing(frame, hop);
		if (frame.arp()) {
			receiveArp(engine, in, here);
		} else if (!owns(in, frame.ipDst(), engine)) {
			if (engine.tracing()) {
				engine.record(name, HopKind.STACK.json(), in.name(), Action.DROP, null,
						Addresses.format(frame.ipDst()) + " is not an address of " + in.name()
								+ (engine.options().strongHost() ? " (strong host model)" : ""),
						here);
			}
		} else if (!frame.reply()) {
			if (engine.tracing()) {
				engine.record(name, HopKind.STACK.json(), in.name(), Action.ECHO_REQUEST, null,
						"from " + Addresses.format(frame.ipSrc()), here);
			}
			learnArp(engine, frame.ipSrc(), frame.src());
			if (observer != null) {
				observer.requestDelivered(frame.seq(), here.path());
			}
			sendEcho(engine, frame.ipSrc(), frame.ipDst(), true, frame.seq());
		} else {
			if (engine.tracing()) {
				engine.record(name, HopKind.STACK.json(), in.name(), Action.ECHO_REPLY, null,
						"from " + Addresses.format(frame.ipSrc()), here);
			}
			routesLearnt = true;
			if (observer != null) {
				observer.replyDelivered(frame.seq(), here.path());
			}
		}
	}

	private void receiveArp(Engine engine, IpInterface in, Frame frame) {
		if (!frame.reply()) {
			if (!owns(in, frame.ipDst(), engine)) {
				if (engine.tracing()) {
					engine.record(name, HopKind.STACK.json(), in.name(), Action.DROP, null, "ARP for "
							+ Addresses.format(frame.ipDst()) + ": not an address of " + in.name(), frame);
				}
				return;
			}
			learnArp(engine, frame.ipSrc(), frame.src());
			Frame reply = Frame.arpReply(in.adapter().mac(), frame.src(), frame.ipDst(), frame.ipSrc())
					.via(new PathNode(hop, null));
			if (engine.tracing()) {
				engine.record(name, HopKind.STACK.json(), in.name(), Action.ARP_REPLY, SeedFlow.leaving(HopKind.STACK),
						Addresses.format(frame.ipDst()) + " is at " + Macs.format(in.adapter().mac()), reply);
			}
			in.adapter().send(engine, reply);
		} else if (frame.dst() == in.adapter().mac()) {
			if (engine.tracing()) {
				engine.record(name, HopKind.STACK.json(), in.name(), Action.DELIVER, null,
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
}
