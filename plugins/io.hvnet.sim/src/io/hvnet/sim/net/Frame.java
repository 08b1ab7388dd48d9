package io.hvnet.sim.net;

import io.hvnet.dsl.model.Addresses;
import io.hvnet.sim.FrameSummary;

/**
 * An Ethernet frame carrying either ARP or an ICMP echo. Immutable: switches hand on re-tagged or re-budgeted
 * copies, so a flooded frame's copies never interfere.
 *
 * @param vlan      802.1Q tag on the wire; 0 = untagged
 * @param hopBudget switch hops left before the frame is dropped as looping
 */
public record Frame(long src, long dst, int vlan, boolean arp, boolean reply, int ipSrc, int ipDst, int seq,
		int hopBudget, PathNode path) {

	public static Frame arpRequest(long src, int senderIp, int targetIp, int hopBudget) {
		return new Frame(src, Macs.BROADCAST, 0, true, false, senderIp, targetIp, 0, hopBudget, null);
	}

	public static Frame arpReply(long src, long dst, int senderIp, int targetIp, int hopBudget) {
		return new Frame(src, dst, 0, true, true, senderIp, targetIp, 0, hopBudget, null);
	}

	public static Frame echo(long src, long dst, int ipSrc, int ipDst, boolean reply, int seq, int hopBudget) {
		return new Frame(src, dst, 0, false, reply, ipSrc, ipDst, seq, hopBudget, null);
	}

	public Frame tagged(int newVlan) {
		return newVlan == vlan ? this : new Frame(src, dst, newVlan, arp, reply, ipSrc, ipDst, seq, hopBudget, path);
	}

	public Frame spendHop() {
		return new Frame(src, dst, vlan, arp, reply, ipSrc, ipDst, seq, hopBudget - 1, path);
	}

	public Frame via(PathNode newPath) {
		return new Frame(src, dst, vlan, arp, reply, ipSrc, ipDst, seq, hopBudget, newPath);
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
