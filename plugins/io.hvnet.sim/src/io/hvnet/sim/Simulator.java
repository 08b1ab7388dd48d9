package io.hvnet.sim;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.Names;
import io.hvnet.sim.build.RuntimeNetwork;
import io.hvnet.sim.build.RuntimeNetworkBuilder;
import io.hvnet.sim.net.IpInterface;
import io.hvnet.sim.net.IpStack;
import io.hvnet.sim.wire.CaptureRecorder;
import io.hvnet.sim.wire.Links;

/**
 * Runs pings through a topology. Every ping starts on a network with nothing learnt (a compiled network is reset
 * and reused while the options stay the same), so results depend only on the model and the options: the same input
 * gives the same events. The model must not change while a simulator uses it; calls are serialized.
 */
public final class Simulator {

	private final List<Network> networks;
	/**
	 * Networks compiled for the options they were asked with (options shape the devices): compiling a large model
	 * costs more than a ping. A scenario uses one or two sets of options; a few are kept.
	 */
	private final Map<Compiled, RuntimeNetwork> compiled = new LinkedHashMap<>(8, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Compiled, RuntimeNetwork> eldest) {
			return size() > 4;
		}
	};

	private record Compiled(SimulationOptions options, boolean tracing) {
	}

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
	public synchronized PingResult ping(Endpoint from, Endpoint to, int count, SimulationOptions options) {
		return ping(from, to, count, options, false).result();
	}

	/** Pings an IPv4 address (dotted quad). */
	public synchronized PingResult ping(Endpoint from, String ipv4Address, int count, SimulationOptions options) {
		return ping(from, ipv4Address, count, options, false).result();
	}

	/** {@link #ping(Endpoint, Endpoint, int, SimulationOptions)}, and every frame it put on every link. */
	public synchronized CapturedPing pingCapturing(Endpoint from, Endpoint to, int count, SimulationOptions options) {
		return ping(from, to, count, options, true);
	}

	/** {@link #ping(Endpoint, String, int, SimulationOptions)}, and every frame it put on every link. */
	public synchronized CapturedPing pingCapturing(Endpoint from, String ipv4Address, int count,
			SimulationOptions options) {
		return ping(from, ipv4Address, count, options, true);
	}

	private CapturedPing ping(Endpoint from, Endpoint to, int count, SimulationOptions options, boolean capture) {
		return ping(fresh(options, true), from, to, count, capture);
	}

	/** A ping on {@code net} as it is now. */
	static CapturedPing ping(RuntimeNetwork net, Endpoint from, Endpoint to, int count, boolean capture) {
		CaptureRecorder recorder = capture ? recorder(net) : null;
		net.runDhcp(from, to);
		IpStack target = net.stackOf(to);
		IpStack source = net.stackOf(from);
		if (target == null || target.interfaces().isEmpty()) {
			String dhcp = target == null ? null : net.dhcpFailure(target);
			return captured(PingSession.failedUpFront(net, count, Names.stack(to), dhcp != null ? dhcp
					: PingSession.noAddressToPing(Names.stack(to))), recorder);
		}
		return captured(new PingSession(net, from, addressOf(source, target), count).run(), recorder);
	}

	private CapturedPing ping(Endpoint from, String ipv4Address, int count, SimulationOptions options,
			boolean capture) {
		return ping(fresh(options, true), from, ipv4Address, count, capture);
	}

	/** A ping of an address on {@code net} as it is now. */
	static CapturedPing ping(RuntimeNetwork net, Endpoint from, String ipv4Address, int count, boolean capture) {
		CaptureRecorder recorder = capture ? recorder(net) : null;
		net.runDhcp(from);
		Addresses address = Addresses.parse(ipv4Address);
		if (address == null || address.prefixLength() >= 0) {
			return captured(PingSession.failedUpFront(net, count, Names.stack(from), "'" + ipv4Address
					+ "' is not an IPv4 address"), recorder);
		}
		return captured(new PingSession(net, from, address.address(), count).run(), recorder);
	}

	/**
	 * Traces the route to the endpoint {@code to} (the address {@link #ping} would ping) as tracert does: a probe
	 * per TTL from 1 to {@code maxHops}, one second apart.
	 */
	public synchronized TraceRoute traceRoute(Endpoint from, Endpoint to, int maxHops, SimulationOptions options) {
		RuntimeNetwork net = fresh(options, true);
		net.runDhcp(from, to);
		IpStack target = net.stackOf(to);
		if (target == null || target.interfaces().isEmpty()) {
			String dhcp = target == null ? null : net.dhcpFailure(target);
			return new TraceRoute(Names.stack(to), List.of(), dhcp != null ? dhcp
					: Names.stack(to) + " has no IPv4 address to trace to");
		}
		return traceRoute(net, from, addressOf(net.stackOf(from), target), maxHops);
	}

	/** {@link #traceRoute(Endpoint, Endpoint, int, SimulationOptions)} to an IPv4 address (dotted quad). */
	public synchronized TraceRoute traceRoute(Endpoint from, String ipv4Address, int maxHops,
			SimulationOptions options) {
		Addresses address = Addresses.parse(ipv4Address);
		if (address == null || address.prefixLength() >= 0) {
			return new TraceRoute(ipv4Address, List.of(), "'" + ipv4Address + "' is not an IPv4 address");
		}
		RuntimeNetwork net = fresh(options, true);
		net.runDhcp(from);
		return traceRoute(net, from, address.address(), maxHops);
	}

	private static TraceRoute traceRoute(RuntimeNetwork net, Endpoint from, int address, int maxHops) {
		PingSession session = new PingSession(net, from, address, maxHops, true);
		return session.traceRoute(session.run());
	}

	/** The target's address on a subnet the sender is on, else its first address. */
	static int addressOf(IpStack source, IpStack target) {
		if (source != null) {
			for (IpInterface s : source.interfaces()) {
				for (IpInterface t : target.interfaces()) {
					if (s.onLink(t.ip())) {
						return t.ip();
					}
				}
			}
		}
		return target.interfaces().get(0).ip();
	}

	/** Starts recording every frame on every link of {@code net}. */
	private static CaptureRecorder recorder(RuntimeNetwork net) {
		return CaptureRecorder.start(net.engine(), Links.of(net.devices()));
	}

	/** The result, with what was captured when a capture was asked for (else null). */
	private static CapturedPing captured(PingResult result, CaptureRecorder recorder) {
		return new CapturedPing(result, recorder == null ? null : recorder.stop());
	}

	/**
	 * A network with nothing learnt at time zero that keeps its state from step to step: what a scenario with
	 * failure or time steps runs on. It is compiled for the timeline alone (never one of the networks this simulator
	 * reuses), so that a ping run meanwhile, on another thread too, cannot reset it halfway through.
	 */
	public Timeline timeline(SimulationOptions options) {
		return new Timeline(RuntimeNetworkBuilder.build(networks, options, true));
	}

	/** The frame hops of {@code count} pings without recording a trace: what the benchmark measures. */
	public synchronized long frameHops(Endpoint from, Endpoint to, int count, SimulationOptions options) {
		RuntimeNetwork net = fresh(options, false);
		net.runDhcp(from, to);
		IpStack target = net.stackOf(to);
		if (target == null || target.interfaces().isEmpty()) {
			return 0;
		}
		new PingSession(net, from, target.interfaces().get(0).ip(), count).run();
		return net.engine().frameHops();
	}

	/** A network compiled for these options with nothing learnt yet (its DHCP clients run next: {@link RuntimeNetwork#runDhcp}). */
	private RuntimeNetwork fresh(SimulationOptions options, boolean tracing) {
		Compiled key = new Compiled(options, tracing);
		RuntimeNetwork net = compiled.get(key);
		if (net == null) {
			net = RuntimeNetworkBuilder.build(networks, options, tracing);
			compiled.put(key, net);
		} else {
			net.reset();
		}
		return net;
	}
}
