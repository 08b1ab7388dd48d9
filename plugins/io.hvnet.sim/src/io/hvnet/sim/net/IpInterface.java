package io.hvnet.sim.net;

import java.util.List;

import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.RoutingTable;

/**
 * An interface of an IP stack on one adapter (or on one of a router interface's 802.1Q sub-interfaces, which tags
 * what it sends with {@link #vlan()}): its addresses and interface metric as {@link RoutingTable} gives them. Every
 * stack a broadcast floods to asks {@link #owns}, so the addresses are kept as plain ints for that question.
 */
public final class IpInterface {

	private final EndpointAdapter adapter;
	private final RoutingTable.Interface model;
	private final int ip;
	private final int[] addresses;
	/**
	 * The model's weak host receive, copied here: {@link IpStack#owns} asks it for every ARP request a broadcast
	 * floods to this interface, and reading it through {@link #model} was a second cache miss per stack (half the
	 * simulator's speed on broadcast-heavy workloads).
	 */
	private final boolean weakHostReceive;

	public IpInterface(EndpointAdapter adapter, RoutingTable.Interface model) {
		this.adapter = adapter;
		this.model = model;
		List<Addresses> all = model.addresses();
		this.ip = all.get(0).address();
		this.addresses = all.stream().mapToInt(Addresses::address).toArray();
		this.weakHostReceive = model.weakHostReceive();
	}

	public EndpointAdapter adapter() {
		return adapter;
	}

	public RoutingTable.Interface model() {
		return model;
	}

	/** The first address: what the stack sends from by default. */
	public int ip() {
		return ip;
	}

	/** Whether the stack accepts on this interface packets for its other interfaces' addresses. */
	public boolean weakHostReceive() {
		return weakHostReceive;
	}

	public boolean onLink(int address) {
		return model.onLink(address);
	}

	public boolean owns(int address) {
		if (address == ip) {
			return true;
		}
		for (int i = 1; i < addresses.length; i++) {
			if (addresses[i] == address) {
				return true;
			}
		}
		return false;
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
