package io.hvnet.sim;

import java.util.Collection;
import java.util.List;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.sim.build.Names;
import io.hvnet.sim.build.RuntimeNetwork;
import io.hvnet.sim.build.RuntimeNetworkBuilder;
import io.hvnet.sim.net.IpInterface;
import io.hvnet.sim.net.IpStack;

/**
 * Runs pings through a topology. Every call compiles a fresh runtime network, so results depend only on the model
 * and the options: the same input gives the same events.
 */
public final class Simulator {

	private final List<Network> networks;

	private Simulator(Collection<Network> networks) {
		this.networks = List.copyOf(networks);
	}

	public static Simulator of(Collection<Network> networks) {
		return new Simulator(networks);
	}

	public static Simulator of(Network network) {
		return new Simulator(List.of(network));
	}

	/** Pings the endpoint {@code to} at the address its stack has on a subnet the sender reaches directly. */
	public PingResult ping(Endpoint from, Endpoint to, int count, SimulationOptions options) {
		RuntimeNetwork net = RuntimeNetworkBuilder.build(networks, options, true);
		IpStack target = net.stackOf(to);
		IpStack source = net.stackOf(from);
		if (target == null || target.interfaces().isEmpty()) {
			return PingSession.failedUpFront(count, Names.stack(to) + " has no IPv4 address to ping");
		}
		int address = target.interfaces().get(0).ip();
		if (source != null) {
			outer: for (IpInterface s : source.interfaces()) {
				for (IpInterface t : target.interfaces()) {
					if (s.onLink(t.ip())) {
						address = t.ip();
						break outer;
					}
				}
			}
		}
		return new PingSession(net, from, address, count).run();
	}

	/** Pings an IPv4 address (dotted quad). */
	public PingResult ping(Endpoint from, String ipv4Address, int count, SimulationOptions options) {
		Addresses address = Addresses.parse(ipv4Address);
		if (address == null || address.prefixLength() >= 0) {
			return PingSession.failedUpFront(count, "'" + ipv4Address + "' is not an IPv4 address");
		}
		return new PingSession(RuntimeNetworkBuilder.build(networks, options, true), from, address.address(), count)
				.run();
	}

	/** The frame hops of {@code count} pings without recording a trace: what the benchmark measures. */
	public long frameHops(Endpoint from, Endpoint to, int count, SimulationOptions options) {
		RuntimeNetwork net = RuntimeNetworkBuilder.build(networks, options, false);
		IpStack target = net.stackOf(to);
		if (target == null || target.interfaces().isEmpty()) {
			return 0;
		}
		new PingSession(net, from, target.interfaces().get(0).ip(), count).run();
		return net.engine().frameHops();
	}

}
