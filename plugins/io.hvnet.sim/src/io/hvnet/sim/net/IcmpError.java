package io.hvnet.sim.net;

/**
 * The ICMP error messages a router sends back to a packet's source (RFC 792; RFC 1122 §3.2.2 counts the redirect among
 * them), with their type and code.
 */
public enum IcmpError {
	/** Type 11 code 0: the TTL reached 0 at a router (what traceroute listens for). */
	TIME_EXCEEDED(11, 0, "time-exceeded"),
	/** Type 3 code 0: the router has no route to the destination's network. */
	NET_UNREACHABLE(3, 0, "net-unreachable"),
	/** Type 3 code 1: the router's ARP for the next hop (or the destination) got no answer. */
	HOST_UNREACHABLE(3, 1, "host-unreachable"),
	/**
	 * Type 5 code 1: "redirect datagrams for the host": the packet was forwarded out of the interface it came in by,
	 * to a next hop on the sender's own subnet, which the sender should use instead (RFC 1812 §5.2.7.2).
	 */
	REDIRECT(5, 1, "redirect");

	private final int type;
	private final int code;
	private final String json;

	IcmpError(int type, int code, String json) {
		this.type = type;
		this.code = code;
		this.json = json;
	}

	public int type() {
		return type;
	}

	public int code() {
		return code;
	}

	/** The trace's spelling, in the place of {@code echo-request}. */
	public String json() {
		return json;
	}

	/** As a sentence says it: "time exceeded", "destination net unreachable". */
	public String words() {
		return this == TIME_EXCEEDED ? "TTL exceeded" : this == REDIRECT ? "ICMP redirect"
				: "destination " + json.replace('-', ' ');
	}
}
