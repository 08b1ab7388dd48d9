package io.hvnet.sim;

/** What happened in a trace event. */
public enum Action {
	SEND, FORWARD, FLOOD, DELIVER, DROP, LEARN, ARP_REQUEST, ARP_REPLY, ECHO_REQUEST, ECHO_REPLY,
	/** A router (or a forwarding stack) routes a packet on: which route, and the TTL. */
	ROUTE,
	/** A scenario step changed the network or let time pass: a cable unplugged or plugged, an adapter disabled. */
	INJECT,
	/** A host's NAT translates a packet: the addresses and echo identifiers before and after. */
	NAT;

	/** The contract's spelling: lower case with dashes. */
	public String json() {
		return name().toLowerCase().replace('_', '-');
	}
}
