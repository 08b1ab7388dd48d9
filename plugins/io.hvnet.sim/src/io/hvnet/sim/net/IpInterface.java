package io.hvnet.sim.net;

import io.hvnet.dsl.model.RoutingTable;

/**
 * An interface of an IP stack on one adapter (or on one of a router interface's 802.1Q sub-interfaces, which tags
 * what it sends with {@link #vlan()}): its addresses and interface metric as {@link RoutingTable} gives them.
 */
public record IpInterface(EndpointAdapter adapter, RoutingTable.Interface model) {

	/** The first address: what the stack sends from by default. */
	public int ip() {
		return model.ip();
	}

	public boolean onLink(int ip) {
		return model.onLink(ip);
	}

	public boolean owns(int ip) {
		return model.owns(ip);
	}

	public String name() {
		return model.name();
	}

	public int metric() {
		return model.metric();
	}

	/** The 802.1Q tag of a sub-interface; 0 for an adapter, which sends as its port does. */
	public int vlan() {
		return model.vlan();
	}
}
