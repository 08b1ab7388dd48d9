package io.hvnet.sim;

/** A frame as a trace shows it. MACs are lower-case colon form; ip fields and icmp are null for ARP. */
public record FrameSummary(String src, String dst, String type, String ipSrc, String ipDst, String icmp) {

	/** One line, {@code 00:15:5d:00:01:01 > ff:ff:ff:ff:ff:ff ARP 192.168.1.10 > 192.168.1.100}. */
	public String text() {
		String what = "arp".equals(type) ? "ARP" : icmp != null ? icmp : type;
		return src + " > " + dst + " " + what + (ipSrc == null ? "" : " " + ipSrc + " > " + ipDst);
	}
}
