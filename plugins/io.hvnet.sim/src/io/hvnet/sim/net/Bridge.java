package io.hvnet.sim.net;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.hvnet.sim.Action;
import io.hvnet.sim.HopKind;
import io.hvnet.sim.MacEntry;

/**
 * A learning bridge: a Hyper-V virtual switch or an unmanaged physical switch. It learns which port each source
 * MAC is behind (per VLAN), forwards to that one port once learnt, and until then floods to every other port of the
 * VLAN, as a hub would. Entries age out. A virtual switch never sends a frame from its external port back out of
 * it, and tags/untags at its access ports.
 */
public final class Bridge extends Device {

	private static final class Entry {
		Port port;
		long seenAt;

		Entry(Port port, long seenAt) {
			this.port = port;
			this.seenAt = seenAt;
		}
	}

	private final Map<Long, Entry> table = new HashMap<>();
	private final long agingNs;

	public Bridge(String name, boolean virtual, double agingSeconds) {
		super(name, virtual ? HopKind.VSWITCH : HopKind.PSWITCH);
		this.agingNs = (long) (agingSeconds * 1e9);
	}

	private boolean isVirtual() {
		return kind == HopKind.VSWITCH;
	}

	/** A port of a virtual switch for a host vNIC or a VM adapter, in access mode. */
	public Port addAccessPort(String portName, int vlan) {
		return addPort(portName, vlan, false, false);
	}

	/** The virtual switch's port to the physical NIC it took: a trunk. */
	public Port addExternalPort(String portName) {
		return addPort(portName, 0, true, true);
	}

	/** A numbered port of a physical switch (transparent to VLAN tags). */
	public Port addPhysicalPort(int number) {
		return addPort("port " + number, 0, true, false);
	}

	public Port port(int number) {
		return ports.get(number - 1);
	}

	public int portCount() {
		return ports.size();
	}

	@Override
	void receive(Engine engine, Port in, Frame arriving) {
		Frame frame = engine.passing(arriving, hop);
		Integer flow = isVirtual() ? 3 : 6;
		if (frame.hopBudget() <= 0) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name, Action.DROP, flow,
						"hop limit reached: the frame has crossed " + engine.options().hopLimit()
								+ " switches (a forwarding loop?)",
						frame);
			}
			return;
		}
		int vlan = in.trunk ? frame.vlan() : in.accessVlan;
		learn(engine, vlan, frame, in);
		Entry known = frame.broadcast() ? null : lookup(engine, vlan, frame.dst());
		if (known == null) {
			flood(engine, in, vlan, frame, flow);
		} else if (known.port == in) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name, Action.DROP, flow,
						"destination " + Macs.format(frame.dst()) + " is on the port the frame came from", frame);
			}
		} else {
			if (engine.tracing()) {
				engine.record(name, kind.json(), known.port.name, Action.FORWARD, flow,
						"learnt: " + Macs.format(frame.dst()) + " is on " + known.port.name, frame);
			}
			egress(engine, known.port, vlan, frame, flow);
		}
	}

	private void flood(Engine engine, Port in, int vlan, Frame frame, Integer flow) {
		if (engine.tracing()) {
			StringJoiner names = new StringJoiner(", ");
			for (Port p : ports) {
				if (floodsTo(in, p, vlan)) {
					names.add(p.name);
				}
			}
			String why = frame.broadcast() ? "broadcast" : "destination " + Macs.format(frame.dst()) + " not learnt yet";
			engine.record(name, kind.json(), in.name, Action.FLOOD, flow,
					why + ": to every other port" + (vlan != 0 ? " of VLAN " + vlan : "") + " (" + names + ")", frame);
		}
		for (Port p : ports) {
			if (floodsTo(in, p, vlan)) {
				egress(engine, p, vlan, frame, flow);
			}
		}
	}

	/** Every other connected port of the VLAN, but never from the external port back out of it. */
	private static boolean floodsTo(Port in, Port p, int vlan) {
		return p != in && p.peer != null && (p.trunk || p.accessVlan == vlan) && !(in.external && p.external);
	}

	private void egress(Engine engine, Port out, int vlan, Frame frame, Integer flow) {
		engine.transmit(out, frame.tagged(out.trunk ? vlan : 0).spendHop(), flow);
	}

	private void learn(Engine engine, int vlan, Frame frame, Port in) {
		long key = key(vlan, frame.src());
		Entry entry = table.get(key);
		boolean news = entry == null || entry.port != in || engine.now() - entry.seenAt > agingNs;
		if (entry == null) {
			table.put(key, new Entry(in, engine.now()));
		} else {
			entry.port = in;
			entry.seenAt = engine.now();
		}
		if (news && engine.tracing()) {
			engine.record(name, kind.json(), in.name, Action.LEARN, isVirtual() ? (in.external ? 4 : 2) : 5,
					Macs.format(frame.src()) + (vlan != 0 ? " in VLAN " + vlan : "") + " is on " + in.name, frame);
		}
	}

	private Entry lookup(Engine engine, int vlan, long mac) {
		long key = key(vlan, mac);
		Entry e = table.get(key);
		if (e != null && engine.now() - e.seenAt > agingNs) {
			table.remove(key);
			return null;
		}
		return e;
	}

	private static long key(int vlan, long mac) {
		return ((long) vlan << 48) | mac;
	}

	/** The learnt addresses that have not aged out, in port order then MAC order. */
	public List<MacEntry> macTable(long now) {
		List<Map.Entry<Long, Entry>> live = new ArrayList<>();
		for (Map.Entry<Long, Entry> e : table.entrySet()) {
			if (now - e.getValue().seenAt <= agingNs) {
				live.add(e);
			}
		}
		live.sort((a, b) -> {
			int c = Integer.compare(ports.indexOf(a.getValue().port), ports.indexOf(b.getValue().port));
			return c != 0 ? c : Long.compare(a.getKey(), b.getKey());
		});
		List<MacEntry> result = new ArrayList<>();
		for (Map.Entry<Long, Entry> e : live) {
			long mac = e.getKey() & Macs.BROADCAST;
			result.add(new MacEntry(Macs.format(mac), e.getValue().port.name, (int) (e.getKey() >>> 48)));
		}
		return result;
	}
}
