package io.hvnet.sim.wire;

import java.util.List;

/**
 * One protocol of a frame (Ethernet II, 802.1Q, ARP, IPv4, ICMP) with its fields in wire order and the bytes it
 * covers. Ethernet II covers the whole frame, as in Wireshark, because its padding comes after the payload.
 */
public record Layer(String title, String protocol, int offset, int length, List<Field> fields) {
}
