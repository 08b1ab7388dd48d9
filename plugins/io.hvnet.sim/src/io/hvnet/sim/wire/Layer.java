package io.hvnet.sim.wire;

import java.util.List;

/**
 * One protocol of a frame (Ethernet II, 802.1Q, ARP, IPv4, ICMP, and the IPv4 and ICMP an ICMP error quotes) with
 * its fields in wire order and the bytes it covers. Ethernet II covers the whole frame, as in Wireshark, because its
 * padding comes after the payload.
 */
public record Layer(String title, String protocol, int offset, int length, List<Field> fields) {

	/** The value of this layer's field {@code name}, or null: an ICMP error quotes a second IPv4 and ICMP layer. */
	public String value(String name) {
		for (Field f : fields) {
			if (f.name().equals(name)) {
				return f.value();
			}
		}
		return null;
	}
}
