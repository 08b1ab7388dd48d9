package io.hvnet.sim.net;

import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.sim.Action;
import io.hvnet.sim.HopKind;
import io.hvnet.sim.SeedFlow;

/**
 * An adapter an IP stack can sit on: a host vNIC, a VM network adapter, or a physical NIC that kept its
 * protocols. It filters by MAC (its own or broadcast) and by VLAN: a physical NIC tags its own traffic with its
 * VLAN on the wire; virtual adapters send and receive untagged frames, their switch port does the VLAN.
 */
public final class EndpointAdapter extends Device {

	private final long mac;
	private final int wireVlan;
	private final Port wire;
	private IpStack stack;
	private IpInterface iface;
	/** A router interface's 802.1Q sub-interfaces: frames tagged with their VLAN are theirs. */
	private IpInterface[] subInterfaces = new IpInterface[0];
	/** The DHCP client of an adapter with 'ip dhcp': it gets the DHCP server messages addressed to the adapter. */
	private DhcpClient dhcpClient;

	public EndpointAdapter(String name, HopKind kind, long mac, VlanMembership vlans) {
		super(name, kind);
		this.mac = mac;
		this.wireVlan = kind == HopKind.NIC ? vlans.untaggedVlan() : 0;
		this.wire = addPort("wire", VlanMembership.everyVlan(), false);
	}

	public Port wire() {
		return wire;
	}

	public long mac() {
		return mac;
	}

	void bind(IpStack owner, IpInterface boundInterface) {
		this.stack = owner;
		if (boundInterface.vlan() == 0) {
			this.iface = boundInterface;
		} else {
			subInterfaces = java.util.Arrays.copyOf(subInterfaces, subInterfaces.length + 1);
			subInterfaces[subInterfaces.length - 1] = boundInterface;
		}
	}

	/** Forgets the stack's interfaces on this adapter: the stack is about to bind its new ones (a DHCP lease). */
	void unbind() {
		stack = null;
		iface = null;
		subInterfaces = new IpInterface[0];
	}

	void dhcpClient(DhcpClient client) {
		this.dhcpClient = client;
	}

	private IpInterface subInterface(int tag) {
		for (IpInterface sub : subInterfaces) {
			if (sub.vlan() == tag) {
				return sub;
			}
		}
		return null;
	}

	/**
	 * The interface a frame arriving with 802.1Q tag {@code tag} is for (its own VLAN's, or a sub-interface's), null
	 * when the adapter drops it or has no stack: what {@link #receive} decides, for {@link BroadcastReach}.
	 */
	IpInterface receiverFor(int tag) {
		return stack == null ? null : tag == wireVlan ? iface : subInterface(tag);
	}

	/** The tag this adapter's frames from {@code from} go on the cable with: what {@link #send} puts on them. */
	int sendTag(IpInterface from) {
		return from.vlan() != 0 ? from.vlan() : wireVlan;
	}

	/** The seed's flow frames from the cable arrive by (worked out only for the trace). */
	private SeedFlow arrivalFlow() {
		return SeedFlow.between(wire.peer.owner.kind, kind);
	}

	private String peerName() {
		return wire.peer == null ? null : wire.peer.owner.name;
	}

	/**
	 * The stack hands a frame down (flow 1) from one of its interfaces on this adapter; the adapter puts it on its
	 * cable, tagged with a sub-interface's VLAN.
	 */
	void send(Engine engine, Frame frame, IpInterface from) {
		send(engine, frame, sendTag(from));
	}

	/** Puts a frame of the adapter's own (untagged or its NIC's VLAN) on its cable: a DHCP client before its lease. */
	void send(Engine engine, Frame frame) {
		send(engine, frame, wireVlan);
	}

	private void send(Engine engine, Frame frame, int tag) {
		Frame out = engine.passing(frame, hop);
		if (engine.tracing()) {
			engine.record(name, kind.json(), peerName(), Action.SEND, SeedFlow.between(HopKind.STACK, kind), null, out,
					tag);
		}
		engine.transmit(wire, out, tag, engine.options().hopLimit(), SeedFlow.leaving(kind));
	}

	@Override
	void receive(Engine engine, Port in, Frame arriving, int tag, int hopBudget) {
		IpInterface to = tag == wireVlan ? iface : subInterface(tag);
		if (tag != wireVlan && to == null) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), peerName(), Action.DROP, arrivalFlow(), "frame of VLAN " + tag
						+ " on an adapter " + (wireVlan == 0 ? "without a VLAN" : "in VLAN " + wireVlan), arriving);
			}
			return;
		}
		if (arriving.dst() != mac && !arriving.broadcast()) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), peerName(), Action.DROP, arrivalFlow(),
						"not addressed to this adapter (" + Macs.format(mac) + ")", arriving);
			}
			return;
		}
		Frame frame = engine.passing(arriving, hop);
		if (dhcpClient != null && arriving.dhcp() != null && arriving.dhcp().type().fromServer()) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), peerName(), Action.DELIVER, arrivalFlow(), "up to the DHCP client",
						frame);
			}
			dhcpClient.receive(engine, frame);
			return;
		}
		if (stack == null || to == null) {
			if (engine.tracing()) {
				engine.record(name, kind.json(), peerName(), Action.DROP, arrivalFlow(),
						"no IP stack on this adapter (ipv4 not bound, or no address)", frame);
			}
			return;
		}
		if (engine.tracing()) {
			engine.record(name, kind.json(), peerName(), Action.DELIVER, arrivalFlow(), "up to " + stack.name(), frame);
		}
		stack.receive(engine, to, frame);
	}
}
