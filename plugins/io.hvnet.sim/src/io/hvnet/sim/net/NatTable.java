package io.hvnet.sim.net;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hvnet.dsl.model.Nats;

/**
 * The translations of a management OS's NAT (WinNAT) during a run: an echo from inside a NAT's prefix that leaves by
 * another interface takes that interface's address and a fresh identifier (port/ID translation; "Windows NAT (WinNAT)
 * — Capabilities and limitations", Microsoft Tech Community), and the mapping is kept, so that the reply is given back
 * its private address and identifier. A packet from outside with no mapping goes no further. Only a stack of a host
 * with a NAT has one, so a network without NAT pays nothing for it.
 */
final class NatTable {

	/** The first identifier handed out: below it are the management OS's own pings. */
	static final int FIRST_ID = 1024;

	/** Where a translated echo came from. */
	record Mapping(Nats.Nat nat, int insideAddress, int insideId, int outsideAddress, int outsideId) {
	}

	private final List<Nats.Nat> nats;
	private final Map<Long, Mapping> byInside = new HashMap<>();
	private final Map<Integer, Mapping> byOutsideId = new HashMap<>();
	private int nextId = FIRST_ID;

	NatTable(List<Nats.Nat> nats) {
		this.nats = List.copyOf(nats);
	}

	/** The NAT whose prefix holds {@code ip}, or null. */
	Nats.Nat insideOf(int ip) {
		for (Nats.Nat nat : nats) {
			if (nat.inside(ip)) {
				return nat;
			}
		}
		return null;
	}

	/** The mapping of an echo from {@code address}/{@code id} leaving from {@code outside}: the one made before, or a new one. */
	Mapping map(Nats.Nat nat, int address, int id, int outside) {
		long key = ((long) address << 32) | (id & 0xffffffffL);
		Mapping existing = byInside.get(key);
		if (existing != null && existing.outsideAddress() == outside) {
			return existing;
		}
		Mapping created = new Mapping(nat, address, id, outside, nextId++);
		byInside.put(key, created);
		byOutsideId.put(created.outsideId(), created);
		return created;
	}

	/** The mapping a reply to {@code address} with identifier {@code id} belongs to, or null. */
	Mapping back(int address, int id) {
		Mapping m = byOutsideId.get(id);
		return m != null && m.outsideAddress() == address ? m : null;
	}

	void reset() {
		byInside.clear();
		byOutsideId.clear();
		nextId = FIRST_ID;
	}
}
