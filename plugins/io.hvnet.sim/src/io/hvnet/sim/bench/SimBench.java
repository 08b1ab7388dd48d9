package io.hvnet.sim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.model.Vlans;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.build.RuntimeNetwork;
import io.hvnet.sim.build.RuntimeNetworkBuilder;
import io.hvnet.sim.net.IpStack;
import io.hvnet.sim.net.PathNode;
import io.hvnet.sim.net.PingObserver;

/**
 * Prints the simulator's speed: frame hops per second on one thread, and the time and heap for HOSTS hosts with
 * VMS_PER_HOST VMs each where every VM pings its VLAN's server once (all pings in one simulation, no trace), once
 * with one NIC per host, once with a SET team of TEAM NICs per host and, with "trunk", once with every VM adapter a
 * trunk of every VLAN and, with "routed", once with every VM pinging the server of the next VLAN through a router on
 * a stick (see {@link GeneratedTopology}).
 * Usage: SimBench [HOSTS [VMS_PER_HOST [VLANS [TEAM [trunk] [routed]]]]] (default 1000 20 20 2). See the bundle README
 * for the command.
 */
public final class SimBench {

	private SimBench() {
	}

	public static void main(String[] args) {
		int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int vmsPerHost = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int vlans = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		int team = args.length > 3 ? Integer.parseInt(args[3]) : 2;
		List<String> extra = args.length > 4 ? List.of(args).subList(4, args.length) : List.of();
		boolean trunks = extra.contains("trunk");
		boolean routed = extra.contains("routed");
		run(50, 20, 20, team, trunks); // warm-up of the JIT on a small copy
		run(50, 20, 20, 1, false);
		print(run(hosts, vmsPerHost, vlans, 1, false));
		print(run(hosts, vmsPerHost, vlans, team, false));
		if (trunks) {
			print(run(hosts, vmsPerHost, vlans, 1, true));
		}
		if (routed) {
			print(run(hosts, vmsPerHost, vlans, 1, false, true));
		}
	}

	/** What one run did and how long it took. */
	public record Result(int hosts, int vms, int vlans, int teamMembers, boolean trunks, boolean routed, int pings,
			int answered, long frameHops,
			double buildSeconds, double compileSeconds, double simulateSeconds, double simulateCpuSeconds,
			long heapBytes) {
	}

	/** {@link #run(int, int, int, int)} with one NIC per host. */
	public static Result run(int hosts, int vmsPerHost, int vlans) {
		return run(hosts, vmsPerHost, vlans, 1, false);
	}

	/** {@link #run(int, int, int, int, boolean)} without trunks. */
	public static Result run(int hosts, int vmsPerHost, int vlans, int teamMembers) {
		return run(hosts, vmsPerHost, vlans, teamMembers, false);
	}

	/** {@link #run(int, int, int, int, boolean)} with one NIC per host and every VM adapter a trunk when {@code trunks}. */
	public static Result run(int hosts, int vmsPerHost, int vlans, boolean trunks) {
		return run(hosts, vmsPerHost, vlans, 1, trunks);
	}

	/**
	 * Builds the topology (each host's external switch on {@code teamMembers} NICs: a SET team when more than one;
	 * every VM adapter a trunk of every VLAN when {@code trunks}), compiles it and lets every VM ping its VLAN's server
	 * once (no trace).
	 */
	public static Result run(int hosts, int vmsPerHost, int vlans, int teamMembers, boolean trunks) {
		return run(hosts, vmsPerHost, vlans, teamMembers, trunks, false);
	}

	/**
	 * {@link #run(int, int, int, int, boolean)}, with {@code routed}: every VM pings the server of the next VLAN
	 * through the router on a stick that joins the VLANs' subnets.
	 */
	public static Result run(int hosts, int vmsPerHost, int vlans, int teamMembers, boolean trunks, boolean routed) {
		Runtime rt = Runtime.getRuntime();
		System.gc();
		long heapBefore = rt.totalMemory() - rt.freeMemory();
		long t0 = System.nanoTime();
		GeneratedTopology topology = GeneratedTopology.of(hosts, vmsPerHost, vlans, teamMembers, trunks, routed);
		long t1 = System.nanoTime();
		RuntimeNetwork net = RuntimeNetworkBuilder.build(List.of(topology.network), SimulationOptions.defaults(), false);
		long t2 = System.nanoTime();
		AtomicInteger replies = new AtomicInteger();
		PingObserver counter = new PingObserver() {
			@Override
			public void requestDelivered(int seq, PathNode path) {
			}

			@Override
			public void replyDelivered(int seq, PathNode path) {
				replies.incrementAndGet();
			}

			@Override
			public void failed(int seq, String reason) {
			}
		};
		int pings = 0;
		long at = 0;
		for (var element : topology.network.getElements()) {
			if (element instanceof Host host) {
				for (VirtualMachine vm : host.getVms()) {
					IpStack stack = net.stackOf(vm);
					stack.observe(counter);
					int vlan = Vlans.of(vm.getAdapters().get(0)).untaggedVlan();
					int server = net.stackOf(topology.servers[routed ? vlan % vlans : vlan - 1]).interfaces().get(0).ip();
					int seq = ++pings;
					// staggered by 10 µs so that the pings overlap like real traffic
					net.engine().schedule(at += 10_000, () -> stack.sendEcho(net.engine(), server, null, false, seq));
				}
			}
		}
		net.stacks().values().forEach(s -> {
			if (s.name().startsWith("Server")) {
				s.observe(counter);
			}
		});
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu0 = threads.getCurrentThreadCpuTime();
		net.engine().runUntil(at + 2_000_000_000L);
		long t3 = System.nanoTime();
		long cpu = threads.getCurrentThreadCpuTime() - cpu0;
		long heapAfter = rt.totalMemory() - rt.freeMemory();
		return new Result(hosts, hosts * vmsPerHost, vlans, teamMembers, trunks, routed, pings, replies.get(), net.engine().frameHops(),
				(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, cpu / 1e9, Math.max(0, heapAfter - heapBefore));
	}

	private static void print(Result r) {
		System.out.printf("topology: %d hosts (%s), %d VMs, %d VLANs, %d servers%s%n", r.hosts(),
				r.teamMembers() == 1 ? "one NIC each" : "a SET team of " + r.teamMembers() + " NICs each", r.vms(),
				r.vlans(), r.vlans(), r.trunks() ? ", every VM adapter a trunk of every VLAN"
						: r.routed() ? ", every VM pinging the next VLAN's server through a router on a stick" : "");
		System.out.printf("model built in %.2f s, compiled in %.2f s%n", r.buildSeconds(), r.compileSeconds());
		System.out.printf("pings: %d sent, %d answered, simulated in %.2f s%n", r.pings(), r.answered(),
				r.simulateSeconds());
		System.out.printf("frame hops: %d, %.1f million per second on one thread%n", r.frameHops(),
				r.frameHops() / r.simulateSeconds() / 1e6);
		// on a shared machine the wall clock also counts time the thread waited for a core; its CPU time does not
		// (nor the collector's pauses), so the two figures bound the simulator's own speed
		System.out.printf("  %.1f million per second of the simulating thread's CPU time%n",
				r.frameHops() / r.simulateCpuSeconds() / 1e6);
		System.out.printf("total %.2f s, heap grown by the run: %d MiB%n",
				r.buildSeconds() + r.compileSeconds() + r.simulateSeconds(), r.heapBytes() / 1048576);
	}
}
