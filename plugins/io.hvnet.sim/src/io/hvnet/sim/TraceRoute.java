package io.hvnet.sim;

import java.util.List;

/**
 * A traceroute, as tracert shows it: per TTL from 1, the router (or forwarding stack) whose time-exceeded answer
 * came back and its address, or nothing ("*"), until a probe reached the target or came back unreachable.
 *
 * @param target the address traced to
 * @param probes one per TTL, in order
 * @param reason why the target was not reached (the diagnosis of the last probe), or null when it was
 */
public record TraceRoute(String target, List<Probe> probes, String reason) {

	/**
	 * One probe: {@code node} and {@code address} of who answered (both null: no answer), {@code error} the ICMP
	 * error's words ("TTL exceeded", "destination net unreachable"), null for the target's echo reply.
	 */
	public record Probe(int ttl, String node, String address, String error, boolean reached) {
	}

	public boolean reached() {
		return !probes.isEmpty() && probes.get(probes.size() - 1).reached();
	}

	/** The routers and forwarding stacks that answered, in order: the layer-3 hops ('expect route via'). */
	public List<String> routers() {
		return probes.stream().filter(p -> !p.reached() && p.node() != null).map(Probe::node).toList();
	}
}
