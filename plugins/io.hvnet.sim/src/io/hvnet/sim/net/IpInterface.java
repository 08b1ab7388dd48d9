package io.hvnet.sim.net;

import io.hvnet.dsl.model.Addresses;

/** An address of an IP stack on one adapter, with the interface metric the route choice compares. */
public record IpInterface(EndpointAdapter adapter, Addresses address, int gateway, int metric) {

	public int ip() {
		return address.address();
	}

	public boolean onLink(int ip) {
		return address.sameSubnet(ip);
	}

	public String name() {
		return adapter.name();
	}

	public String subnet() {
		return Addresses.format(address.network()) + "/" + address.prefixLength();
	}
}
