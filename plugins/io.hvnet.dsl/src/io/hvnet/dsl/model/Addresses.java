package io.hvnet.dsl.model;

/** IPv4 text as the grammar accepts it ({@code a.b.c.d} with an optional {@code /prefix}), parsed and checked. */
public record Addresses(int address, int prefixLength) {

	/** Parses {@code 192.168.1.10/24}; without a prefix, prefixLength is -1. Returns null if not valid IPv4. */
	public static Addresses parse(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split("/", -1);
		if (parts.length > 2) {
			return null;
		}
		String[] octets = parts[0].split("\\.", -1);
		if (octets.length != 4) {
			return null;
		}
		int value = 0;
		for (String o : octets) {
			if (o.isEmpty() || o.length() > 3) {
				return null;
			}
			int v = Integer.parseInt(o);
			if (v > 255) {
				return null;
			}
			value = (value << 8) | v;
		}
		int prefix = -1;
		if (parts.length == 2) {
			if (parts[1].isEmpty() || parts[1].length() > 2) {
				return null;
			}
			prefix = Integer.parseInt(parts[1]);
			if (prefix > 32) {
				return null;
			}
		}
		return new Addresses(value, prefix);
	}

	public int mask() {
		return prefixLength <= 0 ? 0 : (int) (0xFFFF_FFFFL << (32 - prefixLength));
	}

	public int network() {
		return address & mask();
	}

	public boolean sameSubnet(int other) {
		return prefixLength >= 0 && (other & mask()) == network();
	}

	public static String format(int address) {
		return ((address >>> 24) & 0xFF) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "."
				+ (address & 0xFF);
	}

	@Override
	public String toString() {
		return format(address) + (prefixLength >= 0 ? "/" + prefixLength : "");
	}
}
