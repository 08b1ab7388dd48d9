package io.hvnet.sim.net;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.hvnet.dsl.model.Addresses;

/**
 * Says where a broadcast storm comes from once {@link Bridge} has counted too many flooded copies of one frame.
 * Spanning tree (IEEE 802.1D) is what blocks redundant links, and only managed switches run it: hvnet's physical
 * switches are unmanaged, and Microsoft's Hyper-V Virtual Switch overview (learn.microsoft.com, Windows Server,
 * "Hyper-V Virtual Switch") lists no spanning tree among its features; a Hyper-V switch keeps loops out only by
 * never sending a frame from its external port back out of it (../shared/notes/semantics.md). So a second path
 * between two switches makes every broadcast circle for ever, and a third makes the copies multiply. Runs once,
 * when the simulation stops; never on the hot path.
 */
final class Storm {

	private Storm() {
	}

	/** "layer-2 loop between A and B: the broadcast … was copied N times …" */
	static String reason(Bridge at, Frame frame, int copies) {
		List<String> loop = switchesOnLoops(at);
		String where = loop.isEmpty() ? "at " + at.name()
				: loop.size() == 1 ? "at " + loop.get(0) + " (a cable joins two of its ports)"
						: "between " + String.join(", ", loop.subList(0, loop.size() - 1)) + " and " + loop.getLast();
		return "layer-2 loop " + where + ": " + describe(frame) + " was copied " + copies
				+ " times (a broadcast storm: unmanaged switches and Hyper-V switches run no spanning tree, so the copies"
				+ " circle and multiply until the switches melt); the simulation stopped here";
	}

	private static String describe(Frame frame) {
		String what = frame.arp() ? (frame.reply() ? "ARP reply" : "ARP request")
				: frame.reply() ? "echo reply" : "echo request";
		String ips = Addresses.format(frame.ipSrc()) + " > " + Addresses.format(frame.ipDst());
		return frame.broadcast() ? "the broadcast " + what + " " + ips + " from " + Macs.format(frame.src())
				: "the " + what + " " + ips + " to " + Macs.format(frame.dst()) + " (not learnt yet, so flooded)";
	}

	/**
	 * The switches of {@code start}'s part of the network that lie on a loop, by name: what is left after taking off,
	 * again and again, every device with at most one cable (adapters, NICs, switches at the end of a branch).
	 */
	private static List<String> switchesOnLoops(Device start) {
		Map<Device, int[]> degree = new IdentityHashMap<>();
		ArrayDeque<Device> todo = new ArrayDeque<>();
		degree.put(start, new int[1]);
		todo.add(start);
		while (!todo.isEmpty()) {
			Device d = todo.poll();
			for (Port p : d.ports) {
				if (p.peer != null) {
					degree.get(d)[0]++;
					if (degree.putIfAbsent(p.peer.owner, new int[1]) == null) {
						todo.add(p.peer.owner);
					}
				}
			}
		}
		List<Device> leaves = new ArrayList<>();
		degree.forEach((d, n) -> {
			if (n[0] <= 1) {
				leaves.add(d);
			}
		});
		todo.addAll(leaves);
		while (!todo.isEmpty()) {
			Device d = todo.poll();
			if (degree.remove(d) == null) {
				continue;
			}
			for (Port p : d.ports) {
				int[] n = p.peer == null ? null : degree.get(p.peer.owner);
				if (n != null && --n[0] == 1) {
					todo.add(p.peer.owner);
				}
			}
		}
		TreeSet<String> names = new TreeSet<>();
		degree.keySet().forEach(d -> {
			if (d instanceof Bridge) {
				names.add(d.name());
			}
		});
		return new ArrayList<>(names);
	}
}
