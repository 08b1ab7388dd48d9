package io.hvnet.sim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.HvNetStandaloneSetup;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.sim.PingOutcome;
import io.hvnet.sim.ScenarioResult;
import io.hvnet.sim.ScenarioRunner;

/**
 * Prints how long the scenario runner takes for the scenarios of FILE… on one thread and on JOBS threads (what
 * {@code hvnet test --jobs} does, without the JVM start, parsing and validation around it): RUNS runs of each, one
 * after the other, after a warm-up of each, the median of each and the speed-up; and fails when the results differ.
 * Usage: ScenarioBench JOBS RUNS FILE… (bench/test-jobs.sh runs it).
 */
public final class ScenarioBench {

	private ScenarioBench() {
	}

	public static void main(String[] args) throws IOException {
		int jobs = Integer.parseInt(args[0]);
		int runs = Integer.parseInt(args[1]);
		HvNetLoader loader = new HvNetLoader(new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration());
		List<HvNetLoader.Source> sources = new ArrayList<>();
		for (String file : Arrays.asList(args).subList(2, args.length)) {
			Path path = Path.of(file).toAbsolutePath();
			sources.add(new HvNetLoader.Source(URI.createFileURI(path.toString()), Files.readString(path)));
		}
		List<Network> networks = new ArrayList<>();
		loader.load(sources).forEach(r -> networks.add((Network) r.getContents().get(0)));
		EcoreUtil.resolveAll(networks.get(0).eResource().getResourceSet());
		String one = text(new ScenarioRunner().run(networks, 1));
		String many = text(new ScenarioRunner().run(networks, jobs));
		if (!one.equals(many)) {
			throw new IllegalStateException("--jobs 1 and --jobs " + jobs + " give different results");
		}
		long[] single = new long[runs];
		long[] parallel = new long[runs];
		for (int i = 0; i < runs; i++) {
			single[i] = time(networks, 1);
			parallel[i] = time(networks, jobs);
		}
		long a = median(single);
		long b = median(parallel);
		System.out.printf("scenario runs: 1 thread %d ms, %d threads %d ms (median of %d; runs %s / %s), speed-up %.2f,"
				+ " same results%n", a, jobs, b, runs, Arrays.toString(single), Arrays.toString(parallel),
				(double) a / b);
	}

	private static long time(List<Network> networks, int jobs) {
		long t0 = System.nanoTime();
		new ScenarioRunner().run(networks, jobs);
		return (System.nanoTime() - t0) / 1_000_000;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** Everything a run's report shows. */
	private static String text(List<ScenarioResult> results) {
		StringBuilder s = new StringBuilder();
		for (ScenarioResult r : results) {
			s.append(r.scenario()).append(r.events()).append('\n');
			for (PingOutcome p : r.pings()) {
				s.append(p.description()).append(p.result().pings()).append(p.result().reason())
						.append(p.expectations().stream().map(e -> e.description() + " " + e.passed() + " " + e.message()).toList())
						.append('\n');
			}
		}
		return s.toString();
	}
}
