package io.hvnet.sim.net;

import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.sim.Action;
import io.hvnet.sim.HopKind;
import io.hvnet.sim.SeedFlow;

/**
 * A physical NIC that an external switch has taken: only the switch protocol is bound, so it carries frames
 * between the wire and the virtual switch (the seed's "software magic" cable, flow 4) and never to the parent's
 * IP stack.
 */
public final class UplinkNic extends Device {

	private final Port wire;
	private final Port switchSide;

	public UplinkNic(String name) {
		super(name, HopKind.NIC);
		this.wire = addPort("wire", VlanMembership.everyVlan(), false);
		this.switchSide = addPort("switch protocol", VlanMembership.everyVlan(), false);
	}

	public Port wire() {
		return wire;
	}

	public Port switchSide() {
		return switchSide;
	}

	@Override
	void receive(Engine engine, Port in, Frame arriving, int tag, int hopBudget) {
		Frame frame = engine.passing(arriving, hop);
		Port out = in == wire ? switchSide : wire;
		if (engine.tracing()) {
			String peer = out.peer == null ? "nothing" : out.peer.owner.name;
			engine.record(name, kind.json(), out.name, Action.FORWARD, SeedFlow.FLOW_4,
					in == wire ? "up to " + peer + " through the switch protocol (vms)" : "out onto the wire to " + peer,
					frame);
		}
		engine.transmit(out, frame, tag, hopBudget, in == wire ? SeedFlow.FLOW_4 : SeedFlow.leaving(kind));
	}
}
