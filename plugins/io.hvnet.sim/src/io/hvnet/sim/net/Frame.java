package io.hvnet.sim.net;

import io.hvnet.dsl.model.Addresses;
import io.hvnet.sim.FrameSummary;

/**
 * An Ethernet frame carrying either ARP or an ICMP echo. Immutable and shared: what differs between the copies a
 * switch floods, their 802.1Q tag and hop budget, travels beside the frame ({@link Engine#transmit}), so a switch
 * hands on the same frame to every port. The one mutable part, {@code flooded}, is shared on purpose by every copy
 * and every hop of the frame a stack sent: it is how a broadcast storm is noticed.
 */
public record Frame(long src, long dst, boolean arp, boolean reply, int ipSrc, int ipDst, int seq, PathNode path,
		FloodCount flooded) {

	public static Frame arpRequest(long src, int senderIp, int targetIp) {
		return new Frame(src, Macs.BROADCAST, true, false, senderIp, targetIp, 0, null, new FloodCount());
	}

	public static Frame arpReply(long src, long dst, int senderIp, int targetIp) {
		return new Frame(src, dst, true, true, senderIp, targetIp, 0, null, new FloodCount());
	}

	public static Frame echo(long src, long dst, int ipSrc, int ipDst, boolean reply, int seq) {
		return new Frame(src, dst, false, reply, ipSrc, ipDst, seq, null, new FloodCount());
	}

	public Frame via(PathNode newPath) {
		return new Frame(src, dst, arp, reply, ipSrc, ipDst, seq, newPath, flooded);
	}

	public boolean broadcast() {
		return dst == Macs.BROADCAST;
	}

	public FrameSummary summary() {
		if (arp) {
			return new FrameSummary(Macs.format(src), Macs.format(dst), "arp", Addresses.format(ipSrc),
					Addresses.format(ipDst), null);
		}
		return new FrameSummary(Macs.format(src), Macs.format(dst), "ipv4", Addresses.format(ipSrc),
				Addresses.format(ipDst), reply ? "echo-reply" : "echo-request");
	}
}
