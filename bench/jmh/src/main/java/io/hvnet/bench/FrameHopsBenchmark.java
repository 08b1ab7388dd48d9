package io.hvnet.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.hvnet.sim.bench.SimBench;

/**
 * Frame hops per second on one thread: every VM of a generated data-centre topology pings its VLAN's server once,
 * all in one simulation without a trace. The workloads of {@link SimBench}: VM adapters in access VLANs behind one
 * NIC per host, the same behind a SET team of two NICs per host, every VM adapter a trunk of every VLAN (tagged
 * frames on the virtual switch ports; issue #14), and VLANs as subnets joined by a router (issue #15). JMH reports
 * "hops" per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
// the throughput collector, as SimBench's documented command: a run keeps its MAC tables (long-lived, growing) and
// stores a reference into the arrival queue on every frame hop, which G1's write barrier makes cost more (G1's
// figures are in the README next to these)
@Fork(value = 1, jvmArgs = { "-XX:+UseParallelGC", "-Xms1g", "-Xmx1g", "-Xmn640m" })
public class FrameHopsBenchmark {

	@Param({ "100" })
	public int hosts;

	@Param({ "20" })
	public int vmsPerHost;

	/** VLANs, and servers (one per VLAN). */
	@Param({ "20" })
	public int vlans;

	/** Frame hops done, reported by JMH as a rate. */
	@AuxCounters(AuxCounters.Type.OPERATIONS)
	@State(Scope.Thread)
	public static class Hops {
		public long hops;

		@Setup(Level.Iteration)
		public void reset() {
			hops = 0;
		}
	}

	/** Access VLANs, one NIC per host. */
	@Benchmark
	public long everyVmPingsItsServer(Hops counter) {
		return count(counter, SimBench.run(hosts, vmsPerHost, vlans, 1, false));
	}

	/** Access VLANs, each host's external switch on a SET team of two NICs in Hyper-V Port mode. */
	@Benchmark
	public long everyTeamedVmPingsItsServer(Hops counter) {
		return count(counter, SimBench.run(hosts, vmsPerHost, vlans, 2, false));
	}

	/** Every VM adapter a trunk of every VLAN (native: its own VLAN), one NIC per host: the tagged workload. */
	@Benchmark
	public long everyTrunkVmPingsItsServer(Hops counter) {
		return count(counter, SimBench.run(hosts, vmsPerHost, vlans, 1, true));
	}

	/**
	 * Each VLAN its own /16 behind a router on a stick, every VM pinging the next VLAN's server through it: the routed
	 * workload (issue #15).
	 */
	@Benchmark
	public long everyVmPingsTheNextVlansServerThroughARouter(Hops counter) {
		return count(counter, SimBench.run(hosts, vmsPerHost, vlans, 1, false, true));
	}

	private static long count(Hops counter, SimBench.Result run) {
		counter.hops += run.frameHops();
		return run.frameHops();
	}
}
