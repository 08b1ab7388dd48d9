package io.hvnet.sim.net;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import io.hvnet.dsl.model.PrivateVlanMode;
import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.sim.Action;
import io.hvnet.sim.HopKind;
import io.hvnet.sim.MacEntry;
import io.hvnet.sim.SeedFlow;

/**
 * A learning bridge: a Hyper-V virtual switch or an unmanaged physical switch. It learns which port each source
 * MAC is behind (per VLAN), forwards to that one port once learnt, and until then floods to every other port of the
 * VLAN, as a hub would. Entries age out. A virtual switch never sends a frame from its external port back out of
 * it, and tags/untags at its access ports.
 */
public final class Bridge extends Device {

	private final Engine engine;
	private final MacTables tables;
	/** This switch's place in {@link #tables}. */
	private final int number;
	private final FloodSets floodSets = new FloodSets(ports);
	private final long agingNs;
	/** What this switch does with a frame: the seed's flow 3 inside a virtual switch, 6 out of a physical one. */
	private final SeedFlow forwarding;

	public Bridge(Engine engine, String name, boolean virtual, double agingSeconds) {
		super(name, virtual ? HopKind.VSWITCH : HopKind.PSWITCH);
		this.engine = engine;
		this.tables = engine.macTables();
		this.number = tables.addSwitch();
		this.agingNs = (long) (agingSeconds * 1e9);
		this.forwarding = SeedFlow.leaving(kind);
	}

	/** A port of a virtual switch for a host vNIC or a VM adapter, carrying the adapter's VLANs. */
	public Port addAdapterPort(String portName, VlanMembership vlans) {
		return addPort(portName, vlans, false);
	}

	/** The virtual switch's port to the physical NIC it took: a trunk. */
	public Port addExternalPort(String portName) {
		return addPort(portName, VlanMembership.everyVlan(), true);
	}

	/** A numbered port of a physical switch (transparent to VLAN tags). */
	public Port addPhysicalPort(int number) {
		return addPort("port " + number, VlanMembership.everyVlan(), false);
	}

	public Port port(int number) {
		return ports.get(number - 1);
	}

	public int portCount() {
		return ports.size();
	}

	@Override
	protected Port addPort(String portName, VlanMembership vlans, boolean external) {
		engine.switchPortAdded();
		return super.addPort(portName, vlans, external);
	}

	@Override
	protected void wiringChanged() {
		floodSets.forget();
	}

	@Override
	void receive(Engine engine, Port in, Frame arriving, int tag, int hopBudget) {
		Frame frame = engine.passing(arriving, hop);
		SeedFlow flow = forwarding;
		if (hopBudget <= 0) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name, Action.DROP, flow,
						"hop limit reached: the frame has crossed " + engine.options().hopLimit()
								+ " switches (a forwarding loop?)",
						frame);
			}
			return;
		}
		int vlan = in.vlans.vlanOf(tag);
		if (vlan < 0) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name, Action.DROP, flow,
						"VLAN " + tag + " is not allowed on this port (vlan " + in.vlans.describe() + ")", frame);
			}
			return;
		}
		learn(engine, vlan, frame, in);
		Port known = frame.broadcast() ? null : lookup(engine, vlan, frame.dst());
		if (known == null) {
			flood(engine, in, vlan, frame, hopBudget - 1, flow);
		} else if (known == in) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name, Action.DROP, flow,
						"destination " + Macs.format(frame.dst()) + " is on the port the frame came from", frame);
			}
		} else if (!known.vlans.carries(vlan)) {
			// only a private VLAN port is learnt in a VLAN it is not reached from (an isolated port's secondary)
			if (engine.tracing()) {
				engine.record(name, kind.json(), known.name, Action.DROP, flow, privateVlanRefusal(in, known), frame);
			}
		} else {
			if (engine.tracing()) {
				engine.record(name, kind.json(), known.name, Action.FORWARD, flow,
						"learnt: " + Macs.format(frame.dst()) + " is on " + known.name, frame);
			}
			egress(engine, known, vlan, frame, hopBudget - 1, flow);
		}
	}

	private void flood(Engine engine, Port in, int vlan, Frame frame, int hopBudget, SeedFlow flow) {
		Port[] targets = floodSets.of(vlan, in.external);
		// the one check a storm needs: every copy of the frame a stack sent shares this count (no allocation here)
		FloodCount count = frame.flooded();
		if ((count.copies += targets.length) > engine.floodCopyLimit()) {
			String reason = Storm.reason(this, frame, count.copies);
			engine.record(name, kind.json(), in.name, Action.DROP, flow, reason, frame);
			engine.stop(reason);
			return;
		}
		if (engine.tracing()) {
			StringJoiner names = new StringJoiner(", ");
			for (Port p : targets) {
				if (p != in) {
					names.add(p.name);
				}
			}
			String why = frame.broadcast() ? "broadcast" : "destination " + Macs.format(frame.dst()) + " not learnt yet";
			engine.record(name, kind.json(), in.name, Action.FLOOD, flow,
					why + ": to every other port" + (vlan != 0 ? " of VLAN " + vlan : "") + " (" + names + ")", frame);
		}
		for (Port p : targets) {
			if (p != in) {
				egress(engine, p, vlan, frame, hopBudget, flow);
			}
		}
		if (engine.tracing()) {
			recordPrivateVlanLeftOut(engine, in, vlan, frame, flow);
		}
	}

	/**
	 * Says in the trace which private VLAN ports the flood left out, and why: the ports of the sender's private VLAN
	 * or, for a frame from a trunk, the isolated ports of the frame's own (secondary) VLAN.
	 */
	private void recordPrivateVlanLeftOut(Engine engine, Port in, int vlan, Frame frame, SeedFlow flow) {
		for (Port p : ports) {
			if (p != in && p.peer != null && p.vlans.isPrivate() && !p.vlans.carries(vlan)
					&& (in.vlans.isPrivate() ? p.vlans.primaryVlan() == in.vlans.primaryVlan()
							: p.vlans.untaggedVlan() == vlan)) {
				engine.record(name, kind.json(), p.name, Action.DROP, flow, privateVlanRefusal(in, p), frame);
			}
		}
	}

	/** Why a frame from {@code in} may not leave by {@code out}, one of which is a private VLAN port. */
	private static String privateVlanRefusal(Port in, Port out) {
		Port rule = in.vlans.isPrivate() ? in : out;
		String reach = in.vlans.isPrivate() ? rule.vlans.privateMode().reach()
				: "is reached only from " + (rule.vlans.privateMode() == PrivateVlanMode.COMMUNITY
						? "its own community and promiscuous ports" : "promiscuous ports");
		return rule.vlans.privateMode().word() + " port " + rule.name + " of private VLAN " + rule.vlans.primaryVlan()
				+ " " + reach + (rule == in ? ", not " + out.name : "");
	}

	/** Trunks carry the VLAN's tag, access ports and a trunk's native VLAN go untagged. */
	private static void egress(Engine engine, Port out, int vlan, Frame frame, int hopBudget, SeedFlow flow) {
		engine.transmit(out, frame, out.vlans.tagFor(vlan), hopBudget, flow);
	}

	private void learn(Engine engine, int vlan, Frame frame, Port in) {
		boolean news = tables.learn(number, key(vlan, frame.src()), in.index, engine.now(), agingNs);
		if (news && engine.tracing()) {
			engine.record(name, kind.json(), in.name, Action.LEARN, SeedFlow.between(in.peer.owner.kind, kind),
					Macs.format(frame.src()) + (vlan != 0 ? " in VLAN " + vlan : "") + " is on " + in.name, frame);
		}
	}

	/** The port a learnt, not aged-out address is on, or null. */
	private Port lookup(Engine engine, int vlan, long mac) {
		int port = tables.port(number, key(vlan, mac), engine.now(), agingNs);
		// unknown or aged out: the next frame from that address learns it again
		return port < 0 ? null : ports.get(port);
	}

	private static long key(int vlan, long mac) {
		return ((long) vlan << 48) | mac;
	}

	/** The learnt addresses that have not aged out, in port order then MAC order. */
	public List<MacEntry> macTable(long now) {
		List<long[]> live = new ArrayList<>();
		tables.forEach(number, (key, port, seenAt) -> {
			if (now - seenAt <= agingNs) {
				live.add(new long[] { port, key });
			}
		});
		live.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		List<MacEntry> result = new ArrayList<>();
		for (long[] l : live) {
			long key = l[1];
			result.add(new MacEntry(Macs.format(key & Macs.BROADCAST), ports.get((int) l[0]).name, (int) (key >>> 48)));
		}
		return result;
	}
}
