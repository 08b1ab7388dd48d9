package io.hvnet.sim.net;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import io.hvnet.dsl.model.PhysicalPorts;
import io.hvnet.dsl.model.PortSecurity;
import io.hvnet.dsl.model.PrivateVlanMode;
import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.sim.Action;
import io.hvnet.sim.HopKind;
import io.hvnet.sim.MacEntry;
import io.hvnet.sim.SeedFlow;

/**
 * A learning bridge: a Hyper-V virtual switch or a physical switch (unmanaged, or managed with access and trunk ports). It learns which port each source
 * MAC is behind (per VLAN), forwards to that one port once learnt, and until then floods to every other port of the
 * VLAN, as a hub would. Entries age out (each switch its own aging time), and a port whose link goes down loses its
 * entries at once. A virtual switch never sends a frame from its external port back out of
 * it, and tags/untags at its access ports.
 * <p>
 * Switch Embedded Teaming (Microsoft, "Remote Direct Memory Access (RDMA) and Switch Embedded Teaming (SET)"): a
 * team has one external port per member, and each adapter port is affinitized to one of them. In switch-independent
 * mode with Hyper-V Port distribution every packet of a port is sent on its member; with Dynamic distribution ARP
 * and NS are, and other packets may be spread over the members with the source MAC replaced, which hvnet does not
 * model: it sends them on the port's member too. So a frame never leaves on two members, and a frame that came in
 * on a member never leaves on another: the physical network sees no loop. A frame from the physical network is
 * delivered whichever member it came in on when its destination is learnt; a broadcast or an unlearnt destination
 * is flooded only to the ports affinitized to the member it came in on. The page says inbound traffic is
 * "distributed in the same manner as the Hyper-V port mode" but not how a team whose members share one network
 * keeps a port from getting each broadcast once per member; delivering it on the port's member is hvnet's model,
 * and so is dropping a port's own frame that the physical network floods back in on another member.
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
	/** External ports: more than one is a SET team. */
	private int externalPorts;

	public Bridge(Engine engine, String name, boolean virtual, double agingSeconds) {
		super(name, virtual ? HopKind.VSWITCH : HopKind.PSWITCH);
		this.engine = engine;
		this.tables = engine.macTables();
		this.number = tables.addSwitch();
		this.agingNs = (long) (agingSeconds * 1e9);
		this.forwarding = SeedFlow.leaving(kind);
	}

	/**
	 * A port of a virtual switch for a host vNIC or a VM adapter, carrying the adapter's VLANs; {@code teamMember} is
	 * the external port its traffic leaves on (null on an internal or private switch).
	 */
	public Port addAdapterPort(String portName, VlanMembership vlans, Port teamMember) {
		Port p = addPort(portName, vlans, false);
		p.teamMember = teamMember;
		return p;
	}

	/**
	 * {@link #addAdapterPort(String, VlanMembership, Port)} whose port applies the adapter's security settings to
	 * what it sends ({@code mac}: the adapter's MAC).
	 */
	public Port addAdapterPort(String portName, VlanMembership vlans, Port teamMember, long mac,
			PortSecurity security) {
		Port p = addAdapterPort(portName, vlans, teamMember);
		p.guard = new PortGuard(portName, mac, security);
		return p;
	}

	/** The virtual switch's port to a physical NIC it took (one per member of a SET team): a trunk. */
	public Port addExternalPort(String portName) {
		externalPorts++;
		return addPort(portName, VlanMembership.everyVlan(), true);
	}

	/**
	 * A numbered port of a physical switch carrying {@code vlans}: every VLAN as it comes on an unmanaged switch, an
	 * access port or a trunk on a managed one ({@code Vlans.ofPort}).
	 */
	public Port addPhysicalPort(int number, VlanMembership vlans) {
		return addPort("port " + number, vlans, false);
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

	/** The ports a frame of {@code vlan} that came in on {@code in} is flooded to (including {@code in}, skipped). */
	Port[] floodTargets(int vlan, Port in) {
		return floodSets.of(vlan, in).ports();
	}

	/** The VLAN a frame arriving on {@code in} with {@code tag} belongs to, or -1 when the port drops it. */
	int vlanArriving(Port in, int tag) {
		return kind == HopKind.PSWITCH ? PhysicalPorts.arriving(in.vlans, tag) : in.vlans.vlanOf(tag);
	}

	@Override
	protected void wiringChanged() {
		floodSets.forget();
	}

	@Override
	protected void linkWentDown(Port port) {
		tables.forgetPort(number, port.index);
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
		if (in.guard != null) {
			String why = in.guard.whyDropped(frame);
			if (why != null) {
				if (engine.tracing()) {
					engine.record(name, kind.json(), in.name, Action.DROP, flow, why, frame);
				}
				return;
			}
		}
		// a physical switch's access port also drops tagged frames; a virtual switch's access port only ever gets
		// untagged ones from its adapter
		boolean physical = kind == HopKind.PSWITCH;
		int vlan = vlanArriving(in, tag);
		if (vlan < 0) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name, Action.DROP, flow, physical
						? PhysicalPorts.whyDropped(in.vlans, tag)
						: "VLAN " + tag + " is not allowed on this port (vlan " + in.vlans.describe() + ")", frame);
			}
			return;
		}
		// one look-up of the sender serves both the reflection check and the learning
		long srcKey = key(vlan, frame.src());
		AddressRow sender = tables.find(srcKey);
		if (in.external && externalPorts > 1 && reflected(engine, in, sender, frame)) {
			return;
		}
		learn(engine, vlan, frame, in, sender != null ? sender : tables.findOrAdd(srcKey));
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
		} else if (known.external && in.external) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), in.name, Action.DROP, flow, "destination " + Macs.format(frame.dst())
						+ " is on team member " + known.name + ": a switch-independent team never sends a frame from one"
						+ " member out of another", frame);
			}
		} else {
			// switch-independent teaming: what goes out to the physical network leaves on the port's member
			Port out = known.external && in.teamMember != null ? in.teamMember : known;
			if (engine.tracing()) {
				engine.record(name, kind.json(), out.name, Action.FORWARD, flow,
						"learnt: " + Macs.format(frame.dst()) + " is on " + known.name
								+ (out == known ? "" : "; sent on " + out.name + ", the team member " + in.name
										+ " is affinitized to"),
						frame);
			}
			egress(engine, out, vlan, frame, hopBudget - 1, flow);
		}
	}

	/**
	 * A frame one of this switch's own ports sent, come back in on another team member: the physical switches flood
	 * a broadcast to every member. The switch knows its ports' addresses, so it drops the frame instead of learning
	 * that its own port were out on the physical network.
	 */
	private boolean reflected(Engine engine, Port in, AddressRow sender, Frame frame) {
		Port own = sender == null ? null : learnt(engine, sender);
		if (own == null || own.external) {
			return false;
		}
		if (engine.tracing()) {
			engine.record(name, kind.json(), in.name, Action.DROP, forwarding, Macs.format(frame.src()) + " is "
					+ own.name + ", a port of this switch: its own frame came back in on team member " + in.name, frame);
		}
		return true;
	}

	private void flood(Engine engine, Port in, int vlan, Frame frame, int hopBudget, SeedFlow flow) {
		FloodSets.FloodSet set = floodSets.of(vlan, in);
		// the one check a storm needs: every copy of the frame a stack sent shares this count (no allocation here)
		FloodCount count = frame.flooded();
		if ((count.copies += set.peers().length) > engine.floodCopyLimit()) {
			String reason = Storm.reason(this, frame, count.copies);
			engine.record(name, kind.json(), in.name, Action.DROP, flow, reason, frame);
			engine.stop(reason);
			return;
		}
		if (engine.tracing()) {
			StringJoiner names = new StringJoiner(", ");
			for (Port p : set.ports()) {
				if (p != in) {
					names.add(p.name);
				}
			}
			String why = frame.broadcast() ? "broadcast" : "destination " + Macs.format(frame.dst()) + " not learnt yet";
			engine.record(name, kind.json(), in.name, Action.FLOOD, flow,
					why + ": to every other port" + (vlan != 0 ? " of VLAN " + vlan : "") + " (" + names + ")", frame);
		}
		Port[] peers = set.peers();
		if (engine.tapping()) {
			Port[] targets = set.ports();
			int[] tags = set.tags();
			for (int i = 0; i < targets.length; i++) {
				if (targets[i] != in) {
					engine.transmit(targets[i], peers[i], frame, tags[i], hopBudget);
				}
			}
		} else {
			// the set holds the port the frame came in on: its copy is the one whose far end is where it came from
			Port back = in.peer;
			int tag = set.commonTag();
			int[] tags = tag < 0 ? set.tags() : null;
			for (int i = 0; i < peers.length; i++) {
				if (peers[i] != back) {
					engine.arriveLater(peers[i], frame, tag < 0 ? tags[i] : tag, hopBudget);
				}
			}
		}
		if (engine.tracing()) {
			recordLeftOut(engine, in, vlan, frame, flow);
		}
	}

	/**
	 * Says in the trace which ports of the VLAN the flood left out, and why: a port whose link is down (an unplugged
	 * cable, a disabled adapter: the first cause a diagnosis names), and the private VLAN ports of the sender's
	 * private VLAN or, for a frame from a trunk, the isolated ports of the frame's own (secondary) VLAN.
	 */
	private void recordLeftOut(Engine engine, Port in, int vlan, Frame frame, SeedFlow flow) {
		for (Port p : ports) {
			if (p != in && p.down != null && !p.external && p.vlans.carries(vlan)) {
				engine.record(name, kind.json(), p.name, Action.DROP, flow, p.down, frame);
			} else if (p != in && p.peer != null && p.vlans.isPrivate() && !p.vlans.carries(vlan)
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

	private void learn(Engine engine, int vlan, Frame frame, Port in, AddressRow sender) {
		boolean news = sender.learn(number, in.index, engine.now(), agingNs);
		if (news && engine.tracing()) {
			engine.record(name, kind.json(), in.name, Action.LEARN, SeedFlow.between(in.peer.owner.kind, kind),
					Macs.format(frame.src()) + (vlan != 0 ? " in VLAN " + vlan : "") + " is on " + in.name, frame);
		}
	}

	/** The port a learnt, not aged-out address is on, or null. */
	private Port lookup(Engine engine, int vlan, long mac) {
		AddressRow row = tables.find(key(vlan, mac));
		return row == null ? null : learnt(engine, row);
	}

	/** The port this switch learnt {@code row}'s address on, or null when it did not or it aged out. */
	private Port learnt(Engine engine, AddressRow row) {
		int port = row.port(number, engine.now(), agingNs);
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
