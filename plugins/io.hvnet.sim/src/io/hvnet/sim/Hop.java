package io.hvnet.sim;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One element a frame passed, named as written in the .hvnet file (qualified), and the seed's flow that led to it
 * (null on the first hop of a path).
 */
public record Hop(String node, HopKind kind, SeedFlow flow) {

	/** An element before any frame reached it (the start of a path). */
	public Hop(String node, HopKind kind) {
		this(node, kind, null);
	}

	/** This element as reached from {@code previous}. */
	public Hop reachedFrom(Hop previous) {
		return new Hop(node, kind, SeedFlow.between(previous.kind, kind));
	}

	/** A path as one line, {@code HV01.VM1 → HV01.VM1.Net1 → …}; "nowhere" when it is empty. */
	public static String arrows(List<Hop> path) {
		return path.isEmpty() ? "nowhere" : path.stream().map(Hop::node).collect(Collectors.joining(" → "));
	}

	/**
	 * The layer-3 hops of a path from one stack to another: the routers and the forwarding stacks between its ends,
	 * what traceroute lists.
	 */
	public static List<String> layer3(List<Hop> path) {
		List<String> routers = new java.util.ArrayList<>();
		for (int i = 1; i < path.size() - 1; i++) {
			Hop h = path.get(i);
			if (h.kind == HopKind.ROUTER || h.kind == HopKind.STACK) {
				routers.add(h.node);
			}
		}
		return routers;
	}

	@Override
	public String toString() {
		return node;
	}
}
