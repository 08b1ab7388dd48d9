package io.hvnet.sim.wire;

import io.hvnet.dsl.model.Addresses;
import io.hvnet.sim.net.DhcpMessage;

/**
 * A DHCP message's bytes: UDP (RFC 768; checksum 0, "no checksum", which IPv4 allows), the BOOTP header of RFC 2131
 * (op, hardware type and length, transaction id, 'yiaddr', 'chaddr', empty server name and boot file), the magic
 * cookie and the options of RFC 2132 a Windows client and server exchange: 53 message type, 50 requested address
 * (REQUEST), 54 server identifier (OFFER, REQUEST, ACK), 51 lease time, 1 subnet mask and 3 router (OFFER, ACK), 255
 * end; 'ciaddr' while a client renews, 'giaddr' and one hop once a relay agent forwarded it (RFC 1542). The lease
 * time is the scope's. Field names are Wireshark's ({@code dhcp.*}).
 */
final class DhcpEncoder {

	static final int UDP_HEADER = 8;
	/** op … file (RFC 2131 figure 1) and the magic cookie. */
	private static final int FIXED = 236 + 4;
	private static final int MAGIC_COOKIE = 0x6382_5363;

	private DhcpEncoder() {
	}

	/** The BOOTP message's length with its options. */
	static int length(DhcpMessage m) {
		int options = 3 + 1; // message type, end
		if (selecting(m)) {
			options += 6 + 6; // requested address, server identifier
		} else if (m.type().fromServer()) {
			options += 6 + 6 + 6 + (m.router() != 0 ? 6 : 0); // server identifier, lease time, mask, router
		}
		return FIXED + options;
	}

	static void udp(FrameWriter w, DhcpMessage m) {
		boolean fromServer = m.type().fromServer();
		FrameWriter.Part udp = w.layer("User Datagram Protocol", "udp");
		udp.u16("udp.srcport", "Source Port", fromServer ? DhcpMessage.SERVER_PORT : DhcpMessage.CLIENT_PORT,
				Long::toString);
		udp.u16("udp.dstport", "Destination Port", fromServer ? DhcpMessage.CLIENT_PORT : DhcpMessage.SERVER_PORT,
				Long::toString);
		udp.u16("udp.length", "Length", UDP_HEADER + length(m), Long::toString);
		udp.u16("udp.checksum", "Checksum", 0, v -> String.format("0x%04x", v));
		udp.end();

		FrameWriter.Part d = w.layer("Dynamic Host Configuration Protocol", "dhcp");
		d.u8("dhcp.type", "Message type", fromServer ? 2 : 1, v -> v == 1 ? "Boot Request (1)" : "Boot Reply (2)");
		d.u8("dhcp.hw.type", "Hardware type", 1, v -> v == 1 ? "Ethernet (0x01)" : Long.toString(v));
		d.u8("dhcp.hw.len", "Hardware address length", 6, Long::toString);
		d.u8("dhcp.hops", "Hops", !fromServer && m.relayIp() != 0 ? 1 : 0, Long::toString);
		d.u32("dhcp.id", "Transaction ID", m.xid(), v -> String.format("0x%08x", v));
		d.u16("dhcp.secs", "Seconds elapsed", 0, Long::toString);
		d.u16("dhcp.flags", "Bootp flags", 0, v -> String.format("0x%04x", v));
		d.ipv4("dhcp.ip.client", "Client IP address", m.clientIp());
		d.ipv4("dhcp.ip.your", "Your (client) IP address", fromServer ? m.yourIp() : 0);
		d.ipv4("dhcp.ip.server", "Next server IP address", 0);
		d.ipv4("dhcp.ip.relay", "Relay agent IP address", m.relayIp());
		d.mac("dhcp.hw.mac_addr", "Client MAC address", m.clientMac());
		d.bytes("dhcp.hw.addr_padding", "Client hardware address padding", new byte[10]);
		d.bytes("dhcp.server", "Server host name not given", new byte[64]);
		d.bytes("dhcp.file", "Boot file name not given", new byte[128]);
		d.u32("dhcp.cookie", "Magic cookie", MAGIC_COOKIE, v -> v == (MAGIC_COOKIE & 0xffff_ffffL) ? "DHCP" : "?");
		option(d, 53, 1);
		d.u8("dhcp.option.dhcp", "DHCP", m.type().code(), v -> m.type().name().charAt(0)
				+ m.type().name().substring(1).toLowerCase() + " (" + v + ")");
		if (selecting(m)) {
			option(d, 50, 4);
			d.ipv4("dhcp.option.requested_ip_address", "Requested IP Address", m.yourIp());
		}
		if (selecting(m) || fromServer) {
			option(d, 54, 4);
			d.ipv4("dhcp.option.dhcp_server_id", "DHCP Server Identifier", m.serverId());
		}
		if (fromServer) {
			option(d, 51, 4);
			d.u32("dhcp.option.ip_address_lease_time", "IP Address Lease Time", (int) m.leaseSeconds(), v -> v + "s");
			option(d, 1, 4);
			d.ipv4("dhcp.option.subnet_mask", "Subnet Mask", new Addresses(0, m.prefixLength()).mask());
			if (m.router() != 0) {
				option(d, 3, 4);
				d.ipv4("dhcp.option.router", "Router", m.router());
			}
		}
		d.u8("dhcp.option.type", "Option", 255, v -> "(" + v + ") End");
		d.end();
	}

	/** A REQUEST for an offer; one that renews or rebinds a lease names neither address nor server (RFC 2131 4.3.2). */
	private static boolean selecting(DhcpMessage m) {
		return m.type() == DhcpMessage.Type.REQUEST && m.clientIp() == 0;
	}

	private static void option(FrameWriter.Part d, int code, int length) {
		d.u8("dhcp.option.type", "Option", code, v -> "(" + v + ")");
		d.u8("dhcp.option.length", "Length", length, Long::toString);
	}
}
