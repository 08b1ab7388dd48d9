package io.hvnet.sim.net;

/** MAC addresses as 48-bit numbers, parsed from the DSL's 00:15:5D:01:02:03 / 00-15-5D-01-02-03 forms. */
public final class Macs {

	public static final long BROADCAST = 0xFFFF_FFFF_FFFFL;

	private Macs() {
	}

	public static long parse(String text) {
		if (text == null) {
			return -1;
		}
		String hex = text.replace(":", "").replace("-", "");
		return hex.length() == 12 ? Long.parseLong(hex, 16) : -1;
	}

	public static String format(long mac) {
		StringBuilder s = new StringBuilder(17);
		for (int shift = 40; shift >= 0; shift -= 8) {
			int b = (int) (mac >>> shift) & 0xFF;
			s.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xF, 16));
			if (shift > 0) {
				s.append(':');
			}
		}
		return s.toString();
	}
}
