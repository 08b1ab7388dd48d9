package io.hvnet.sim.wire;

import java.nio.charset.StandardCharsets;

import io.hvnet.sim.net.Frame;

/**
 * Turns a simulated frame into the bytes Windows would put on the wire: Ethernet II (IEEE 802.3 §3.1.1), an 802.1Q
 * tag when the simulator says the copy on this cable carries one (IEEE 802.1Q §9.6: TPID 0x8100, then priority,
 * DEI and the 12-bit VLAN id), then ARP (RFC 826) or IPv4 (RFC 791) with an ICMP echo (RFC 792), an ICMP error (RFC
 * 792: destination unreachable, time exceeded, redirect with its gateway address) quoting the IP header and first 8
 * bytes of the echo it is about, or a DHCP message (RFC 2131, options of RFC 2132) in UDP (RFC 768). Field names and
 * labels are Wireshark's (its display filter reference, e.g. {@code arp.src.proto_ipv4}, {@code icmp.seq}).
 * <p>
 * What the simulator does not model is filled in as Windows does it: no IP options, DF clear, the ICMP
 * identifier the echo carries (1, Windows' ping, unless a NAT translated it) and the 32-byte payload {@code abcdefghijklmnopqrstuvwabcdefghi} of Windows' {@code ping}, which the
 * reply echoes. The IPv4 identification is the echo's sequence number (the simulator keeps no per-stack counter),
 * so a capture depends on the model and the ping alone.
 */
final class FrameEncoder {

	static final int ETHERTYPE_IPV4 = 0x0800;
	static final int ETHERTYPE_ARP = 0x0806;
	static final int ETHERTYPE_VLAN = 0x8100;
	/** IEEE 802.3: a frame's payload is padded to at least 46 bytes (60 with the header, 64 with the FCS). */
	static final int MIN_PAYLOAD = 46;
	static final byte[] PING_PAYLOAD = "abcdefghijklmnopqrstuvwabcdefghi".getBytes(StandardCharsets.US_ASCII);
	/** An ICMP error's header, then the IP header (no options) and first 8 bytes of the packet it is about. */
	static final int ICMP_ERROR_LENGTH = 8 + 20 + 8;

	private FrameEncoder() {
	}

	static FrameLayers encode(Frame frame, int tag) {
		FrameWriter w = new FrameWriter();
		FrameWriter.Part eth = w.layer("Ethernet II", "eth");
		eth.mac("eth.dst", "Destination", frame.dst());
		eth.mac("eth.src", "Source", frame.src());
		int etherType = frame.arp() ? ETHERTYPE_ARP : ETHERTYPE_IPV4;
		if (tag != 0) {
			eth.u16("eth.type", "Type", ETHERTYPE_VLAN, FrameEncoder::etherType);
			FrameWriter.Part vlan = w.layer("802.1Q Virtual LAN", "vlan");
			// priority 0 and DEI 0: Hyper-V and the simulator tag for membership only
			int tci = vlan.raw16(tag & 0x0fff);
			vlan.bits("vlan.priority", "Priority", tci, 2, 0xe000, Long::toString);
			vlan.bits("vlan.dei", "DEI", tci, 2, 0x1000, Long::toString);
			vlan.bits("vlan.id", "ID", tci, 2, 0x0fff, Long::toString);
			vlan.u16("vlan.etype", "Type", etherType, FrameEncoder::etherType);
			vlan.end();
		} else {
			eth.u16("eth.type", "Type", etherType, FrameEncoder::etherType);
		}
		// padded as the untagged frame would be, so a tag adds 4 bytes as when a switch tags a frame it received
		int payloadStart = w.size();
		if (frame.arp()) {
			arp(w, frame);
		} else {
			ipv4(w, frame);
		}
		int payload = w.size() - payloadStart;
		if (payload < MIN_PAYLOAD) {
			eth.bytes("eth.padding", "Padding", new byte[MIN_PAYLOAD - payload]);
		}
		return w.finish();
	}

	/** RFC 826: Ethernet and IPv4 addresses; a request leaves the target hardware address zero. */
	private static void arp(FrameWriter w, Frame frame) {
		FrameWriter.Part arp = w.layer("Address Resolution Protocol", "arp");
		arp.u16("arp.hw.type", "Hardware type", 1, v -> v == 1 ? "Ethernet (1)" : Long.toString(v));
		arp.u16("arp.proto.type", "Protocol type", ETHERTYPE_IPV4, FrameEncoder::etherType);
		arp.u8("arp.hw.size", "Hardware size", 6, Long::toString);
		arp.u8("arp.proto.size", "Protocol size", 4, Long::toString);
		arp.u16("arp.opcode", "Opcode", frame.reply() ? 2 : 1,
				v -> (v == 1 ? "request" : v == 2 ? "reply" : "unknown") + " (" + v + ")");
		arp.mac("arp.src.hw_mac", "Sender MAC address", frame.src());
		arp.ipv4("arp.src.proto_ipv4", "Sender IP address", frame.ipSrc());
		arp.mac("arp.dst.hw_mac", "Target MAC address", frame.reply() ? frame.dst() : 0);
		arp.ipv4("arp.dst.proto_ipv4", "Target IP address", frame.ipDst());
		arp.end();
	}

	/**
	 * RFC 791 header of 20 bytes (no options) with its checksum, then UDP with DHCP, an ICMP error (RFC 792) or an
	 * ICMP echo.
	 */
	private static void ipv4(FrameWriter w, Frame frame) {
		boolean dhcp = frame.dhcp() != null;
		boolean error = frame.quoted() != null;
		int length = dhcp ? DhcpEncoder.UDP_HEADER + DhcpEncoder.length(frame.dhcp())
				: error ? ICMP_ERROR_LENGTH : 8 + PING_PAYLOAD.length;
		ipHeader(w, frame, length, dhcp ? 17 : 1);
		if (dhcp) {
			DhcpEncoder.udp(w, frame.dhcp());
		} else if (error) {
			icmpError(w, frame);
		} else {
			FrameWriter.Part icmp = icmpHeader(w, frame.reply() ? 0 : 8, 0);
			int checksum = icmp.start() + 2;
			echoFields(icmp, frame);
			icmp.bytes("data.data", "Data", PING_PAYLOAD);
			icmp.end();
			w.set16(checksum, w.checksum(icmp.start(), icmp.length()));
		}
	}

	/** The 20 bytes of an IPv4 header without options, its checksum filled in. */
	private static void ipHeader(FrameWriter w, Frame frame, int payloadLength, int protocol) {
		FrameWriter.Part ip = w.layer("Internet Protocol Version 4", "ip");
		int first = ip.raw8(4 << 4 | 5);
		ip.bits("ip.version", "Version", first, 1, 0xf0, Long::toString);
		ip.bits("ip.hdr_len", "Header Length", first, 1, 0x0f, v -> v * 4 + " bytes (" + v + ")");
		ip.u8("ip.dsfield", "Differentiated Services Field", 0, v -> String.format("0x%02x", v));
		ip.u16("ip.len", "Total Length", 20 + payloadLength, Long::toString);
		ip.u16("ip.id", "Identification", frame.seq() & 0xffff, v -> String.format("0x%04x (%d)", v, v));
		int flags = ip.raw16(0);
		ip.bits("ip.flags", "Flags", flags, 1, 0xe0, v -> String.format("0x%x", v));
		ip.bits("ip.frag_offset", "Fragment Offset", flags, 2, 0x1fff, Long::toString);
		ip.u8("ip.ttl", "Time to Live", frame.ttl(), Long::toString);
		ip.u8("ip.proto", "Protocol", protocol,
				v -> v == 1 ? "ICMP (1)" : v == 17 ? "UDP (17)" : Long.toString(v));
		int checksum = ip.u16("ip.checksum", "Header Checksum", 0, v -> String.format("0x%04x", v));
		ip.ipv4("ip.src", "Source Address", frame.ipSrc());
		ip.ipv4("ip.dst", "Destination Address", frame.ipDst());
		ip.end();
		w.set16(checksum, w.checksum(ip.start(), ip.length()));
	}

	/** An ICMP message's type, code and (zero, filled in later) checksum. */
	private static FrameWriter.Part icmpHeader(FrameWriter w, int type, int code) {
		FrameWriter.Part icmp = w.layer("Internet Control Message Protocol", "icmp");
		icmp.u8("icmp.type", "Type", type, v -> v + (v == 8 ? " (Echo (ping) request)" : v == 0
				? " (Echo (ping) reply)" : v == 11 ? " (Time-to-live exceeded)" : v == 3 ? " (Destination unreachable)"
						: v == 5 ? " (Redirect)" : ""));
		icmp.u8("icmp.code", "Code", code, Long::toString);
		icmp.u16("icmp.checksum", "Checksum", 0, v -> String.format("0x%04x", v));
		return icmp;
	}

	private static void echoFields(FrameWriter.Part icmp, Frame echo) {
		icmp.u16("icmp.ident", "Identifier (BE)", echo.id() & 0xffff, v -> String.format("%d (0x%04x)", v, v));
		icmp.u16("icmp.seq", "Sequence Number (BE)", echo.seq() & 0xffff, v -> String.format("%d (0x%04x)", v, v));
	}

	/**
	 * RFC 792: type, code, checksum, 4 bytes that are the redirect's gateway address or unused, then the quoted
	 * packet's IP header and its first 8 bytes: the echo header, with the checksum it had on the wire.
	 */
	private static void icmpError(FrameWriter w, Frame frame) {
		FrameWriter.Part icmp = icmpHeader(w, frame.icmp().type(), frame.icmp().code());
		if (frame.gateway() != 0) {
			icmp.ipv4("icmp.redir_gw", "Gateway Address", frame.gateway());
		} else {
			icmp.u32("icmp.unused", "Unused", 0, v -> String.format("%08x", v));
		}
		Frame quoted = frame.quoted();
		ipHeader(w, quoted, 8 + PING_PAYLOAD.length, 1);
		FrameWriter.Part echo = icmpHeader(w, quoted.reply() ? 0 : 8, 0);
		echoFields(echo, quoted);
		echo.end();
		w.set16(echo.start() + 2, echoChecksum(w, echo));
		icmp.end();
		w.set16(icmp.start() + 2, w.checksum(icmp.start(), icmp.length()));
	}

	/** The checksum of the whole echo whose first 8 bytes {@code header} holds: those bytes and the ping's payload. */
	private static int echoChecksum(FrameWriter w, FrameWriter.Part header) {
		byte[] echo = new byte[8 + PING_PAYLOAD.length];
		System.arraycopy(w.bytesFrom(header.start(), 8), 0, echo, 0, 8);
		System.arraycopy(PING_PAYLOAD, 0, echo, 8, PING_PAYLOAD.length);
		return InternetChecksum.of(echo, 0, echo.length);
	}

	private static String etherType(long type) {
		String name = type == ETHERTYPE_IPV4 ? "IPv4" : type == ETHERTYPE_ARP ? "ARP"
				: type == ETHERTYPE_VLAN ? "802.1Q Virtual LAN" : "unknown";
		return String.format("%s (0x%04x)", name, type);
	}
}
