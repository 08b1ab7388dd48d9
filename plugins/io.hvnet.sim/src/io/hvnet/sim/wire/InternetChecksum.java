package io.hvnet.sim.wire;

/**
 * The Internet checksum of IPv4 headers and ICMP messages: the ones' complement of the ones' complement sum of the
 * 16-bit words (RFC 1071; RFC 791 §3.1 "Header Checksum", RFC 792 "Checksum"). A header that carries its checksum
 * sums to 0xffff, so its checksum computed again is 0.
 */
public final class InternetChecksum {

	private InternetChecksum() {
	}

	public static int of(byte[] bytes, int offset, int length) {
		long sum = 0;
		for (int i = 0; i < length; i += 2) {
			int high = bytes[offset + i] & 0xff;
			int low = i + 1 < length ? bytes[offset + i + 1] & 0xff : 0;
			sum += high << 8 | low;
		}
		while (sum >>> 16 != 0) {
			sum = (sum & 0xffff) + (sum >>> 16);
		}
		return (int) ~sum & 0xffff;
	}
}
