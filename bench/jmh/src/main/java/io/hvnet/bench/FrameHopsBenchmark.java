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
 * all in one simulation without a trace (the same workloads as {@link SimBench}: one NIC per host, or a SET team).
 * JMH reports "hops" per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
public class FrameHopsBenchmark {

	@Param({ "100" })
	public int hosts;

	@Param({ "20" })
	public int vmsPerHost;

	/** NICs per host: 1 is a plain external switch, 2 a SET team in Hyper-V Port mode. */
	@Param({ "1", "2" })
	public int teamMembers;

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

	@Benchmark
	public long everyVmPingsItsServer(Hops counter) {
		long hops = SimBench.run(hosts, vmsPerHost, 20, teamMembers).frameHops();
		counter.hops += hops;
		return hops;
	}

	/** The same with every VM adapter a trunk of every VLAN (native: its own VLAN), issue #14's tagged workload. */
	@Benchmark
	public long everyTrunkVmPingsItsServer(Hops counter) {
		long hops = SimBench.run(hosts, vmsPerHost, 20, true).frameHops();
		counter.hops += hops;
		return hops;
	}
}
