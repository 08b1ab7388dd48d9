package io.hvnet.sim.wire;

/**
 * One field of a layer as Wireshark shows it: its display-filter name ({@code eth.src}, {@code vlan.id},
 * {@code ip.checksum}), its label, its value as text, and the bytes it occupies. Fields that share bytes (the VLAN
 * tag's priority, DEI and id; IPv4's version and header length) have the same offset and length and a {@code mask}
 * saying which bits are theirs; {@code mask} is 0 for a field that owns its bytes whole.
 */
public record Field(String name, String label, String value, int offset, int length, int mask) {
}
