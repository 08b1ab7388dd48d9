package io.hvnet.sim.net;

import io.hvnet.dsl.model.Addresses;
import io.hvnet.sim.FrameSummary;

/**
 * An Ethernet frame carrying either ARP or an ICMP message (echo, or an error a router sends back). Immutable and
 * shared: what differs between the copies a switch floods, their 802.1Q tag and hop budget, travels beside the
 * frame ({@link Engine#transmit}), so a switch hands on the same frame to every port. The one mutable part,
 * {@code flooded}, is shared on purpose by every copy and every hop of the frame a stack sent: it is how a broadcast
 * storm is noticed. {@code ttl} is the IPv4 time to live, {@code icmp} an ICMP error's type and code
 * ({@link IcmpError}), or null for an echo; {@code dhcp} a DHCP message in UDP, or null. An ICMP error carries the
 * packet it is about, {@code quoted} (RFC 792: its IP header and first 8 bytes go back in the error, which is what
 * a NAT translates back, RFC 5508 §4), and a redirect its better first hop, {@code gateway}; else null and 0.
 */
public record Frame(long src, long dst, boolean arp, boolean reply, int ipSrc, int ipDst, int seq, int id, int ttl,
		IcmpError icmp, PathNode path, FloodCount flooded, DhcpMessage dhcp, Frame quoted, int gateway) {

	/** Windows' default TTL (Get-NetIPv4Protocol DefaultHopLimit 128). */
	public static final int DEFAULT_TTL = 128;
	/** The ICMP echo identifier Windows' ping sends with; a NAT may change it ({@code id}). */
	public static final int PING_ID = 1;

	public static Frame arpRequest(long src, int senderIp, int targetIp) {
		return new Frame(src, Macs.BROADCAST, true, false, senderIp, targetIp, 0, 0, 0, null, null, new FloodCount(),
				null, null, 0);
	}

	public static Frame arpReply(long src, long dst, int senderIp, int targetIp) {
		return new Frame(src, dst, true, true, senderIp, targetIp, 0, 0, 0, null, null, new FloodCount(), null, null,
				0);
	}

	public static Frame echo(long src, long dst, int ipSrc, int ipDst, boolean reply, int seq) {
		return echo(src, dst, ipSrc, ipDst, reply, seq, DEFAULT_TTL);
	}

	public static Frame echo(long src, long dst, int ipSrc, int ipDst, boolean reply, int seq, int ttl) {
		return echo(src, dst, ipSrc, ipDst, reply, seq, PING_ID, ttl);
	}

	/** An echo with identifier {@code id} (a reply echoes its request's). */
	public static Frame echo(long src, long dst, int ipSrc, int ipDst, boolean reply, int seq, int id, int ttl) {
		return new Frame(src, dst, false, reply, ipSrc, ipDst, seq, id, ttl, null, null, new FloodCount(), null, null,
				0);
	}

	/** An ICMP error about {@code about} (an echo, as it arrived), from a router to the echo's sender. */
	public static Frame icmpError(long src, long dst, int ipSrc, int ipDst, IcmpError error, Frame about) {
		return new Frame(src, dst, false, true, ipSrc, ipDst, about.seq, about.id, DEFAULT_TTL, error, null,
				new FloodCount(), null, about, 0);
	}

	/** An ICMP redirect about {@code about}: its sender should send to {@code about.ipDst} through {@code gateway}. */
	public static Frame redirect(long src, long dst, int ipSrc, int ipDst, Frame about, int gateway) {
		return new Frame(src, dst, false, true, ipSrc, ipDst, about.seq, about.id, DEFAULT_TTL, IcmpError.REDIRECT,
				null, new FloodCount(), null, about, gateway);
	}

	/** A DHCP message in UDP: a client's from 0.0.0.0 to 255.255.255.255, a server's from its address. */
	public static Frame dhcp(long src, long dst, int ipSrc, int ipDst, DhcpMessage message) {
		return new Frame(src, dst, false, false, ipSrc, ipDst, 0, 0, DEFAULT_TTL, null, null, new FloodCount(), message,
				null, 0);
	}

	public Frame via(PathNode newPath) {
		return new Frame(src, dst, arp, reply, ipSrc, ipDst, seq, id, ttl, icmp, newPath, flooded, dhcp, quoted, gateway);
	}

	/** The same packet in a new Ethernet header with its TTL one less: what a router sends on. */
	public Frame routed(long newSrc, long newDst) {
		return new Frame(newSrc, newDst, arp, reply, ipSrc, ipDst, seq, id, ttl - 1, icmp, path, new FloodCount(), dhcp,
				quoted, gateway);
	}

	/** The same packet with the source a NAT gave it (address and echo identifier), on the same path. */
	public Frame withSource(int newIpSrc, int newId) {
		return new Frame(src, dst, arp, reply, newIpSrc, ipDst, seq, newId, ttl, icmp, path, flooded, dhcp, quoted,
				gateway);
	}

	/** The same packet with the destination a NAT gave it back (address and echo identifier), on the same path. */
	public Frame withDestination(int newIpDst, int newId) {
		return new Frame(src, dst, arp, reply, ipSrc, newIpDst, seq, newId, ttl, icmp, path, flooded, dhcp, quoted,
				gateway);
	}

	/**
	 * An ICMP error a NAT gives back to the inside host (RFC 5508 §4): sent to {@code newIpDst}, the packet it quotes
	 * given back its inside source address and echo identifier {@code newId}.
	 */
	public Frame errorTranslatedBack(int newIpDst, int newId) {
		Frame original = quoted.withSource(newIpDst, newId);
		return new Frame(src, dst, arp, reply, ipSrc, newIpDst, seq, newId, ttl, icmp, path, flooded, dhcp, original,
				gateway);
	}

	public boolean broadcast() {
		return dst == Macs.BROADCAST;
	}

	public FrameSummary summary() {
		if (arp) {
			return new FrameSummary(Macs.format(src), Macs.format(dst), "arp", Addresses.format(ipSrc),
					Addresses.format(ipDst), null);
		}
		if (dhcp != null) {
			return new FrameSummary(Macs.format(src), Macs.format(dst), dhcp.type().json(), Addresses.format(ipSrc),
					Addresses.format(ipDst), null);
		}
		return new FrameSummary(Macs.format(src), Macs.format(dst), "ipv4", Addresses.format(ipSrc),
				Addresses.format(ipDst), icmp != null ? icmp.json() : reply ? "echo-reply" : "echo-request");
	}
}
