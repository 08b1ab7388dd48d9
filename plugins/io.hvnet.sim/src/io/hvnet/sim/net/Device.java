package io.hvnet.sim.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.sim.Hop;
import io.hvnet.sim.HopKind;

/** Anything frames pass through: adapters, the NICs external switches take, virtual and physical switches. */
public abstract class Device {

	protected final String name;
	protected final HopKind kind;
	protected final Hop hop;
	protected final List<Port> ports = new ArrayList<>();

	protected Device(String name, HopKind kind) {
		this.name = name;
		this.kind = kind;
		this.hop = new Hop(name, kind);
	}

	public String name() {
		return name;
	}

	public HopKind kind() {
		return kind;
	}

	/** This device's ports in the order they were added. */
	public List<Port> ports() {
		return Collections.unmodifiableList(ports);
	}

	protected Port addPort(String portName, VlanMembership vlans, boolean external) {
		Port p = new Port(this, ports.size(), portName, vlans, external);
		ports.add(p);
		wiringChanged();
		return p;
	}

	/** The link of {@code port} went down: a switch forgets what it learnt there. */
	protected void linkWentDown(Port port) {
	}

	/** A port or a cable was added: anything worked out from the wiring is stale. */
	protected void wiringChanged() {
	}

	/**
	 * A frame arrives on one of this device's ports with 802.1Q tag {@code tag} (0 = untagged) and
	 * {@code hopBudget} switch hops left before it is dropped as looping.
	 */
	abstract void receive(Engine engine, Port in, Frame frame, int tag, int hopBudget);
}
