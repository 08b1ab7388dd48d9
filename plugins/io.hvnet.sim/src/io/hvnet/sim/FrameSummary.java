package io.hvnet.sim;

/** A frame as a trace shows it. MACs are lower-case colon form; ip fields and icmp are null for ARP. */
public record FrameSummary(String src, String dst, String type, String ipSrc, String ipDst, String icmp) {
}
