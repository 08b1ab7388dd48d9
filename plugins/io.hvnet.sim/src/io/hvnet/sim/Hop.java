package io.hvnet.sim;

/** One element a frame passed, named as written in the .hvnet file (qualified). */
public record Hop(String node, HopKind kind) {

	@Override
	public String toString() {
		return node;
	}
}
