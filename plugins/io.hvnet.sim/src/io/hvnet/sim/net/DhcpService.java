package io.hvnet.sim.net;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.DhcpServers;
import io.hvnet.sim.Action;
import io.hvnet.sim.SeedFlow;

/**
 * A DHCP server's scope on a stack (RFC 2131): a DISCOVER gets an OFFER of the scope's first free address (the same
 * one again for a client it offered one before), a REQUEST naming this server gets an ACK, a REQUEST naming another
 * server frees the address offered, a REQUEST that renews or rebinds (the client's address in 'ciaddr', no server
 * named) gets an ACK when the address is the client's here. Answers go to the client's MAC and the offered address on
 * the receiving interface; to the relay (giaddr) when a relay forwarded the request; to the client's address when
 * it renews. What it leased stays the client's for the run: the server forgets no lease (a client that lost its
 * address gets the same one again).
 */
final class DhcpService {

	private final DhcpServers.Scope scope;
	private final Map<Long, Integer> offered = new HashMap<>();
	private final Set<Integer> taken = new HashSet<>();

	DhcpService(DhcpServers.Scope scope) {
		this.scope = scope;
	}

	DhcpServers.Scope scope() {
		return scope;
	}

	void reset() {
		offered.clear();
		taken.clear();
	}

	void receive(Engine engine, IpStack stack, IpInterface in, Frame frame) {
		DhcpMessage m = frame.dhcp();
		Integer ip = offered.get(m.clientMac());
		if (m.type() == DhcpMessage.Type.DISCOVER) {
			if (ip == null) {
				int free = scope.nextFree(taken::contains);
				if (free == 0) {
					record(engine, stack, in, Action.DROP, null, "DHCP pool " + scope.pool() + " of " + scope.name()
							+ " is exhausted: no address to offer " + Macs.format(m.clientMac()), frame);
					return;
				}
				ip = free;
				offered.put(m.clientMac(), ip);
				taken.add(ip);
			}
			answer(engine, stack, in, m, DhcpMessage.Type.OFFER, ip, "offers");
		} else if (m.type() == DhcpMessage.Type.REQUEST && m.clientIp() != 0) {
			if (ip != null && ip == m.clientIp()) {
				answer(engine, stack, in, m, DhcpMessage.Type.ACK, ip, "renews");
			} else {
				record(engine, stack, in, Action.DROP, null, Addresses.format(m.clientIp()) + " is no lease of "
						+ Macs.format(m.clientMac()) + " at " + scope.name() + "'s DHCP server", frame);
			}
		} else if (m.type() == DhcpMessage.Type.REQUEST) {
			if (m.serverId() != scope.address().address()) {
				if (ip != null) {
					offered.remove(m.clientMac());
					taken.remove(ip);
				}
				record(engine, stack, in, Action.DROP, null, Macs.format(m.clientMac()) + " chose DHCP server "
						+ Addresses.format(m.serverId()) + (ip != null ? ": " + Addresses.format(ip) + " is free again" : ""),
						frame);
			} else if (ip != null) {
				answer(engine, stack, in, m, DhcpMessage.Type.ACK, ip, "acknowledges");
			}
		}
	}

	private void answer(Engine engine, IpStack stack, IpInterface in, DhcpMessage request, DhcpMessage.Type type,
			int ip, String verb) {
		int server = scope.address().address();
		DhcpMessage message = new DhcpMessage(type, request.xid(), request.clientMac(), ip, server,
				scope.subnet().prefixLength(), scope.router(), request.clientIp(), request.relayIp(),
				scope.leaseSeconds());
		String reason = "DHCP server " + verb + " " + Addresses.format(ip) + "/" + scope.subnet().prefixLength()
				+ (scope.router() == 0 ? "" : ", router " + Addresses.format(scope.router())) + " to "
				+ Macs.format(request.clientMac()) + ", lease " + scope.leaseSeconds() + " s";
		if (request.relayIp() != 0 || request.clientIp() != 0) {
			int to = request.relayIp() != 0 ? request.relayIp() : request.clientIp();
			stack.sendDhcp(engine, server, to, message, reason + (request.relayIp() != 0 ? " through the relay at "
					+ Addresses.format(to) : ""));
			return;
		}
		Frame frame = Frame.dhcp(in.adapter().mac(), request.clientMac(), server, ip, message)
				.via(new PathNode(stack.hop(), null));
		record(engine, stack, in, Action.SEND, SeedFlow.leaving(stack.kind()), reason, frame);
		in.adapter().send(engine, frame, in);
	}

	private static void record(Engine engine, IpStack stack, IpInterface in, Action action, SeedFlow flow,
			String reason, Frame frame) {
		if (engine.tracing()) {
			engine.record(stack.name(), stack.kind().json(), in.name(), action, flow, reason, frame);
		}
	}
}
