package io.hvnet.sim.net;

import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.DhcpRelays;
import io.hvnet.sim.Action;
import io.hvnet.sim.SeedFlow;

/**
 * A DHCP relay agent on an interface of a routing stack (RFC 2131 4.1 and RFC 1542; Cisco 'ip helper-address', the
 * Windows RRAS DHCP Relay Agent): a client's broadcast that arrives on the interface goes on to each server as a
 * routed unicast with 'giaddr' the interface's address, and a server's answer to that address goes back out of the
 * interface to the client's MAC. The relay keeps no state: giaddr says where an answer goes.
 */
final class DhcpRelay {

	static final int BROADCAST_IP = 0xFFFF_FFFF;

	private DhcpRelay() {
	}

	/** Forwards a client's broadcast that arrived on {@code in} to every server of {@code relay}. */
	static void forward(Engine engine, IpStack stack, IpInterface in, DhcpRelays.Relay relay, Frame frame) {
		DhcpMessage m = frame.dhcp();
		int giaddr = relay.giaddr().address();
		if (engine.tracing()) {
			engine.record(stack.name(), stack.kind().json(), in.name(), Action.DELIVER, null, "DHCP relay on "
					+ in.name() + " takes the " + words(m) + " of " + Macs.format(m.clientMac()), frame);
		}
		for (int server : relay.servers()) {
			stack.sendDhcp(engine, null, server, m.relayedFrom(giaddr), "DHCP relay on " + in.name() + " forwards the "
					+ words(m) + " of " + Macs.format(m.clientMac()) + " to " + Addresses.format(server) + ", giaddr "
					+ Addresses.format(giaddr));
		}
	}

	/** Passes a server's answer addressed to the relay's giaddr back to the client on the interface that owns it. */
	static void answer(Engine engine, IpStack stack, IpInterface in, Frame frame) {
		DhcpMessage m = frame.dhcp();
		IpInterface out = m.relayIp() != 0 ? stack.interfaceOwning(m.relayIp()) : null;
		if (out == null || DhcpRelays.of(out.model().element()) == null) {
			if (engine.tracing()) {
				engine.record(stack.name(), stack.kind().json(), in.name(), Action.DROP, null, "a DHCP " + words(m)
						+ " for " + Macs.format(m.clientMac()) + ", but no DHCP relay of " + stack.name()
						+ " has giaddr " + Addresses.format(m.relayIp()), frame);
			}
			return;
		}
		Frame back = Frame.dhcp(out.adapter().mac(), m.clientMac(), m.relayIp(), m.yourIp(), m)
				.via(new PathNode(stack.hop(), null));
		if (engine.tracing()) {
			engine.record(stack.name(), stack.kind().json(), out.name(), Action.SEND, SeedFlow.leaving(stack.kind()),
					"DHCP relay on " + out.name() + " passes the " + words(m) + " of " + Addresses.format(m.yourIp())
							+ " from " + Addresses.format(m.serverId()) + " to " + Macs.format(m.clientMac()),
					back);
		}
		out.adapter().send(engine, back, out);
	}

	/** {@code discover}, {@code offer}. */
	private static String words(DhcpMessage m) {
		return m.type().name().toLowerCase();
	}
}
