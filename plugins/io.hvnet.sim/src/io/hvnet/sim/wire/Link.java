package io.hvnet.sim.wire;

/**
 * A cable, physical or virtual, that frames cross in one hop: between an adapter and its virtual switch port,
 * between a virtual switch and the NIC it took (the switch protocol), between a NIC and a physical switch port or
 * another NIC, between two physical switch ports. {@code index} is its place in the network's list of links, which
 * is model order; {@code name} is {@code end1 + "<->" + end2} (see {@link Links} for how ends are named and ordered).
 */
public record Link(int index, String name, String end1, String end2) {
}
