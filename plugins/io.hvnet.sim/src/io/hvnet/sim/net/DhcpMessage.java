package io.hvnet.sim.net;

/**
 * A DHCP message (RFC 2131) as the simulator carries it in a UDP datagram, client port 68, server port 67: its
 * type (option 53), the transaction id, the client's hardware address, 'yiaddr' (the address offered or acknowledged),
 * the server identifier (option 54; in a REQUEST, the server the client chose; 0 in a renewing or rebinding one), the
 * subnet mask as a prefix length (option 1), the router (option 3, 0 for none), 'ciaddr' (the client's address while
 * it renews or rebinds its lease), 'giaddr' (the relay agent's address, 0 when no relay forwarded it) and the lease time
 * in seconds (option 51, in an OFFER and an ACK).
 */
public record DhcpMessage(Type type, int xid, long clientMac, int yourIp, int serverId, int prefixLength,
		int router, int clientIp, int relayIp, long leaseSeconds) {

	/** A client's DISCOVER or REQUEST, or a server's answer without relay or lease fields. */
	public DhcpMessage(Type type, int xid, long clientMac, int yourIp, int serverId, int prefixLength, int router) {
		this(type, xid, clientMac, yourIp, serverId, prefixLength, router, 0, 0, 0);
	}

	/** The message as a relay agent forwards it to a server: 'giaddr' its receiving interface's address. */
	public DhcpMessage relayedFrom(int giaddr) {
		return new DhcpMessage(type, xid, clientMac, yourIp, serverId, prefixLength, router, clientIp, giaddr,
				leaseSeconds);
	}

	/** The message types hvnet exchanges, with their option 53 values. */
	public enum Type {
		DISCOVER(1), OFFER(2), REQUEST(3), ACK(5), NAK(6);

		private final int code;

		Type(int code) {
			this.code = code;
		}

		public int code() {
			return code;
		}

		/** OFFER, ACK and NAK come from a server (what Hyper-V's DHCP guard drops); DISCOVER and REQUEST from a client. */
		public boolean fromServer() {
			return this == OFFER || this == ACK || this == NAK;
		}

		/** The trace's spelling: {@code dhcp-discover}. */
		public String json() {
			return "dhcp-" + name().toLowerCase();
		}
	}

	public static final int SERVER_PORT = 67;
	public static final int CLIENT_PORT = 68;
}
