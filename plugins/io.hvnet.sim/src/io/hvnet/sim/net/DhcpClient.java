package io.hvnet.sim.net;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.DhcpServers;
import io.hvnet.dsl.model.SimulatedTime;
import io.hvnet.sim.Action;
import io.hvnet.sim.SeedFlow;

/**
 * The DHCP client of an adapter with 'ip dhcp' (Set-NetIPInterface -Dhcp Enabled), as RFC 2131 has it: a broadcast
 * DISCOVER, the first OFFER that arrives taken (later ones are ignored), a broadcast REQUEST naming that server, and
 * on its ACK the address, mask and router become the interface's ({@link IpStack#lease}). In simulated time, as
 * Windows does it: a DISCOVER without an offer is sent again after 4, 8 and 16 s, the client gives up 32 s after the
 * fourth and begins again 5 minutes later ({@link SimulatedTime#DHCP_RETRANSMIT_SECONDS},
 * {@link SimulatedTime#DHCP_RESTART_SECONDS}); a lease is renewed at half its time with a unicast REQUEST to its
 * server (T1), rebound at 87.5 % with a broadcast one (T2), and at its end the address is gone (Microsoft KB
 * Q151615). One REQUEST at T1 and one at T2: RFC 2131 4.4.5's further retransmissions are left out.
 */
public final class DhcpClient {

	private enum State {
		IDLE, SELECTING, REQUESTING, BOUND, RENEWING, REBINDING
	}

	private static final long NS_PER_SECOND = 1_000_000_000L;

	private final IpStack stack;
	private final Adapter model;
	private final EndpointAdapter adapter;
	private final String name;
	private State state = State.IDLE;
	private boolean asked;
	/** Bumped whenever a timer set before must no longer fire (a new lease, an answer, a reset). */
	private int generation;
	private int attempt;
	private DhcpMessage chosen;
	private int server;
	private DhcpServers.Lease lease;
	private String expired;

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

	/**
	 * "(10.0.20.100/24 from 10.0.30.10) expired at 120 s: no DHCP server renewed it (lease 120 s)" when the client's
	 * last lease ran out and it has none since; else null.
	 */
	public String expired() {
		return expired;
	}

	/** Whether the client has sent its first DISCOVER since the last reset (later ones it sends by itself). */
	public boolean started() {
		return asked;
	}

	public void reset() {
		state = State.IDLE;
		asked = false;
		generation++;
		attempt = 0;
		chosen = null;
		lease = null;
		expired = null;
	}

	/** Sends the DISCOVER. The transaction id is the adapter's MAC's low 32 bits: the same run, the same bytes. */
	public void start(Engine engine) {
		asked = true;
		attempt = 0;
		discover(engine);
	}

	private void discover(Engine engine) {
		state = State.SELECTING;
		chosen = null;
		attempt++;
		long[] delays = SimulatedTime.DHCP_RETRANSMIT_SECONDS;
		DhcpMessage discover = new DhcpMessage(DhcpMessage.Type.DISCOVER, xid(), adapter.mac(), 0, 0, 0, 0);
		send(engine, discover, 0, "DHCP discover from " + name + (attempt == 1 ? ""
				: " (attempt " + attempt + " of " + delays.length + ", " + delays[attempt - 2] + " s after the last)"));
		after(engine, delays[attempt - 1], () -> {
			if (state != State.SELECTING && state != State.REQUESTING) {
				return;
			}
			if (attempt < delays.length) {
				discover(engine);
			} else {
				state = State.IDLE;
				record(engine, Action.DROP, null, name + " got no DHCP lease after " + attempt + " discovers; it"
						+ " tries again in " + SimulatedTime.DHCP_RESTART_SECONDS + " s", null);
				after(engine, SimulatedTime.DHCP_RESTART_SECONDS, () -> start(engine));
			}
		});
	}

	/** Runs {@code action} {@code seconds} from now unless something happens to the client before. */
	private void after(Engine engine, long seconds, Runnable action) {
		at(engine, engine.now() + seconds * NS_PER_SECOND, action);
	}

	/** {@link #after} at a time in nanoseconds. */
	private void at(Engine engine, long time, Runnable action) {
		int at = ++generation;
		engine.schedule(Math.max(time, engine.now()), () -> {
			if (at == generation) {
				action.run();
			}
		});
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
					0), 0, "DHCP request for " + Addresses.format(m.yourIp()) + " from " + Addresses.format(m.serverId()));
		} else if (m.type() == DhcpMessage.Type.ACK && state == State.REQUESTING
				&& m.serverId() == chosen.serverId()) {
			bind(engine, m, name + " is ", frame);
		} else if (m.type() == DhcpMessage.Type.ACK && (state == State.RENEWING || state == State.REBINDING)
				&& m.yourIp() == lease.address().address()) {
			bind(engine, m, name + " renewed its lease: ", frame);
		} else {
			record(engine, Action.DROP, null, "ignores a DHCP " + m.type().name().toLowerCase() + " from "
					+ Addresses.format(m.serverId()) + (chosen != null ? ": it took " + Addresses.format(chosen.serverId())
							+ "'s offer" : ""), frame);
		}
	}

	/** The lease of an ACK becomes the interface's, with its renewal (T1), rebinding (T2) and expiry in time. */
	private void bind(Engine engine, DhcpMessage ack, String words, Frame frame) {
		state = State.BOUND;
		server = ack.serverId();
		expired = null;
		lease = new DhcpServers.Lease(new Addresses(ack.yourIp(), ack.prefixLength()), ack.router(),
				Addresses.format(ack.serverId()), ack.leaseSeconds());
		record(engine, Action.DELIVER, null, words + lease.describe(), frame);
		stack.lease(model, lease);
		long seconds = lease.seconds();
		long boundAt = engine.now();
		if (seconds > 0) {
			at(engine, boundAt + seconds * NS_PER_SECOND / 2, () -> renew(engine, boundAt, seconds));
		}
	}

	/** T1: a unicast REQUEST to the server that gave the lease. */
	private void renew(Engine engine, long boundAt, long seconds) {
		state = State.RENEWING;
		int own = lease.address().address();
		stack.sendDhcp(engine, own, server, request(own), "DHCP request from " + name + " to renew "
				+ lease.address() + " with " + Addresses.format(server) + " (T1: half the lease gone)");
		at(engine, boundAt + seconds * NS_PER_SECOND / 8 * 7, () -> rebind(engine, boundAt, seconds));
	}

	/** T2: a broadcast REQUEST any server may answer. */
	private void rebind(Engine engine, long boundAt, long seconds) {
		state = State.REBINDING;
		int own = lease.address().address();
		send(engine, request(own), own, "DHCP request from " + name + " to rebind " + lease.address()
				+ " with any server (T2: 87.5 % of the lease gone)");
		at(engine, boundAt + seconds * NS_PER_SECOND, () -> expire(engine, seconds));
	}

	private void expire(Engine engine, long seconds) {
		expired = "(" + lease.address() + " from " + lease.server() + ") expired at " + engine.now() / NS_PER_SECOND
				+ " s: no DHCP server renewed it (lease " + seconds + " s)";
		lease = null;
		state = State.IDLE;
		stack.unlease(model);
		record(engine, Action.DROP, null, "DHCP lease of " + name + " " + expired + "; it asks again in "
				+ SimulatedTime.DHCP_RESTART_SECONDS + " s", null);
		after(engine, SimulatedTime.DHCP_RESTART_SECONDS, () -> start(engine));
	}

	private DhcpMessage request(int own) {
		return new DhcpMessage(DhcpMessage.Type.REQUEST, xid(), adapter.mac(), 0, 0, 0, 0, own, 0, 0);
	}

	/** Broadcasts {@code message} from {@code source} (0.0.0.0 until the client has an address). */
	private void send(Engine engine, DhcpMessage message, int source, String reason) {
		Frame frame = Frame.dhcp(adapter.mac(), Macs.BROADCAST, source, DhcpRelay.BROADCAST_IP, message)
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
