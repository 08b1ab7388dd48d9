package io.hvnet.cli;

import java.util.List;

import io.hvnet.sim.Hop;
import io.hvnet.sim.HopKind;

/**
 * The blog's flow numbers for a step between two hops, in either direction: 1 stack↔adapter, 2 adapter↔virtual
 * switch port, 3 inside the virtual switch, 4 virtual switch↔physical NIC through the switch protocol, 5 physical
 * NIC↔physical switch, 6 physical switch↔destination.
 */
final class SeedFlows {

	private SeedFlows() {
	}

	/** The flow of the step {@code from → to}; on a reply, the flow its link had on the request. */
	static String of(Hop from, Hop to, List<Hop> request) {
		for (int i = 1; i < request.size(); i++) {
			if (request.get(i - 1).node().equals(to.node()) && request.get(i).node().equals(from.node())) {
				String forward = between(request.get(i - 1).kind(), request.get(i).kind());
				return new StringBuilder(forward).reverse().toString();
			}
		}
		return between(from.kind(), to.kind());
	}

	static String between(HopKind from, HopKind to) {
		if (from == HopKind.STACK || to == HopKind.STACK) {
			return "1";
		}
		if (from == HopKind.VSWITCH) {
			return to == HopKind.NIC ? "3,4" : "3,2";
		}
		if (to == HopKind.VSWITCH) {
			return from == HopKind.NIC ? "4" : "2";
		}
		if (from == HopKind.PSWITCH) {
			return "6";
		}
		if (to == HopKind.PSWITCH) {
			return "5";
		}
		return "";
	}
}
