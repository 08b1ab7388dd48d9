package io.hvnet.sim;

/**
 * A frame as a trace shows it on one hop. MACs are lower-case colon form; ip fields and icmp are null for ARP;
 * {@code vlan} is the 802.1Q tag the frame carried on the cable into the hop (0 = untagged).
 */
public record FrameSummary(String src, String dst, String type, String ipSrc, String ipDst, String icmp, int vlan) {

	/** An untagged frame. */
	public FrameSummary(String src, String dst, String type, String ipSrc, String ipDst, String icmp) {
		this(src, dst, type, ipSrc, ipDst, icmp, 0);
	}

	/** The same frame carrying tag {@code tag} (0 = untagged). */
	public FrameSummary tagged(int tag) {
		return tag == vlan ? this : new FrameSummary(src, dst, type, ipSrc, ipDst, icmp, tag);
	}

	/**
	 * One line, {@code 00:15:5d:00:01:01 > ff:ff:ff:ff:ff:ff ARP 192.168.1.10 > 192.168.1.100}, followed by
	 * {@code vlan 20} when the frame is tagged.
	 */
	public String text() {
		String what = "arp".equals(type) ? "ARP" : icmp != null ? icmp : type;
		return src + " > " + dst + " " + what + (ipSrc == null ? "" : " " + ipSrc + " > " + ipDst)
				+ (vlan == 0 ? "" : " vlan " + vlan);
	}
}
