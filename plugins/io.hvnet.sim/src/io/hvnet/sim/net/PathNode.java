package io.hvnet.sim.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.hvnet.sim.Hop;

/**
 * The hops a frame copy has passed, as a shared immutable list: flooding copies a frame to many ports without
 * copying its history.
 */
public record PathNode(Hop hop, PathNode previous) {

	public static PathNode append(PathNode path, Hop hop) {
		return new PathNode(hop, path);
	}

	public static List<Hop> toList(PathNode path) {
		List<Hop> hops = new ArrayList<>();
		for (PathNode p = path; p != null; p = p.previous) {
			hops.add(p.hop);
		}
		Collections.reverse(hops);
		return hops;
	}
}
