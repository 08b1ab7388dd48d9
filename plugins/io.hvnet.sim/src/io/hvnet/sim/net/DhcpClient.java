package io.hvnet.sim.net;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.DhcpServers;
import io.hvnet.sim.Action;
import io.hvnet.sim.SeedFlow;

/**
 * The DHCP client of an adapter with 'ip dhcp' (Set-NetIPInterface -Dhcp Enabled), as RFC 2131 has it: a broadcast
 * DISCOVER, the first OFFER that arrives taken (later ones are ignored), a broadcast REQUEST naming that server, and
 * on its ACK the address, mask and router become the interface's ({@link IpStack#lease}). No retries: a client
 * that got no ACK within the simulator's DHCP second has no address.
 */
public final class DhcpClient {

	private enum State {
		IDLE, SELECTING, REQUESTING, BOUND
	}

	private static final int BROADCAST_IP = 0xFFFF_FFFF;

	private final IpStack stack;
	private final Adapter model;
	private final EndpointAdapter adapter;
	private final String name;
	private State state = State.IDLE;
	private DhcpMessage chosen;
	private DhcpServers.Lease lease;

	public DhcpClient(IpStack stack, Adapter model, EndpointAdapter adapter, String name) {
		this.stack = stack;
		this.model = model;
		this.adapter = adapter;
		this.name = name;
		adapter.dhcpClient(this);
	}

	/** The adapter in the model. */
	public Adapter model() {
		return model;
	}

	/** The adapter's name (HV01.Client.Net). */
	public String name() {
		return name;
	}

	/** The adapter's MAC as the trace writes it. */
	public String mac() {
		return Macs.format(adapter.mac());
	}

	public IpStack stack() {
		return stack;
	}

	/** What the client got, or null. */
	public DhcpServers.Lease lease() {
		return lease;
	}

	/** Whether the client has sent its DISCOVER since the last reset. */
	public boolean started() {
		return state != State.IDLE;
	}

	public void reset() {
		state = State.IDLE;
		chosen = null;
		lease = null;
	}

	/** Sends the DISCOVER. The transaction id is the adapter's MAC's low 32 bits: the same run, the same bytes. */
	public void start(Engine engine) {
		state = State.SELECTING;
		DhcpMessage discover = new DhcpMessage(DhcpMessage.Type.DISCOVER, xid(), adapter.mac(), 0, 0, 0, 0);
		send(engine, discover, "DHCP discover from " + name);
	}

	private int xid() {
		return (int) adapter.mac();
	}

	void receive(Engine engine, Frame frame) {
		DhcpMessage m = frame.dhcp();
		if (m.xid() != xid() || m.clientMac() != adapter.mac()) {
			record(engine, Action.DROP, null, "not this client's DHCP transaction", frame);
		} else if (m.type() == DhcpMessage.Type.OFFER && state == State.SELECTING) {
			chosen = m;
			state = State.REQUESTING;
			record(engine, Action.DELIVER, null, "takes the first offer: " + Addresses.format(m.yourIp()) + " from "
					+ Addresses.format(m.serverId()), frame);
			send(engine, new DhcpMessage(DhcpMessage.Type.REQUEST, xid(), adapter.mac(), m.yourIp(), m.serverId(), 0,
					0), "DHCP request for " + Addresses.format(m.yourIp()) + " from " + Addresses.format(m.serverId()));
		} else if (m.type() == DhcpMessage.Type.ACK && state == State.REQUESTING
				&& m.serverId() == chosen.serverId()) {
			state = State.BOUND;
			lease = new DhcpServers.Lease(new Addresses(m.yourIp(), m.prefixLength()), m.router(),
					Addresses.format(m.serverId()));
			record(engine, Action.DELIVER, null, name + " is " + lease.describe(), frame);
			stack.lease(model, lease);
		} else {
			record(engine, Action.DROP, null, "ignores a DHCP " + m.type().name().toLowerCase() + " from "
					+ Addresses.format(m.serverId()) + (chosen != null ? ": it took " + Addresses.format(chosen.serverId())
							+ "'s offer" : ""), frame);
		}
	}

	private void send(Engine engine, DhcpMessage message, String reason) {
		Frame frame = Frame.dhcp(adapter.mac(), Macs.BROADCAST, 0, BROADCAST_IP, message)
				.via(new PathNode(stack.hop(), null));
		record(engine, Action.SEND, SeedFlow.leaving(stack.kind()), reason, frame);
		adapter.send(engine, frame);
	}

	private void record(Engine engine, Action action, SeedFlow flow, String reason, Frame frame) {
		if (engine.tracing()) {
			engine.record(stack.name(), stack.kind().json(), name, action, flow, reason, frame);
		}
	}
}
