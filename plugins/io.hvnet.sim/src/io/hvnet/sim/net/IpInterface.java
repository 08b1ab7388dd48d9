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
	/**
	 * The addresses after the first, or null when there are none (nearly every interface): a stack that a broadcast
	 * ARP request for another address reaches then answers {@link #owns} from this object alone, without a cache miss
	 * on an array.
	 */
	private final int[] moreAddresses;
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
		this.moreAddresses = all.size() == 1 ? null
				: all.subList(1, all.size()).stream().mapToInt(Addresses::address).toArray();
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
		if (moreAddresses != null) {
			for (int a : moreAddresses) {
				if (a == address) {
					return true;
				}
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
