package io.hvnet.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.sim.build.RuntimeNetworkBuilder;

/**
 * Independent runs (a scenario's pings, or a whole scenario with failure or time steps) on several threads, each
 * thread with a simulator of its own (a simulator serializes its calls), the results in the order of the runs. The
 * threads only read the model: every reference is resolved and the model layer's caches are filled (one compile of
 * the network) before they start, since both write to the model.
 */
final class ParallelRuns {

	private ParallelRuns() {
	}

	static <T, R> List<R> map(Collection<Network> networks, List<T> runs, int jobs, BiFunction<Simulator, T, R> run) {
		int threads = Math.max(1, Math.min(jobs, runs.size()));
		List<R> results = new ArrayList<>();
		if (threads == 1) {
			Simulator simulator = Simulator.of(networks);
			runs.forEach(r -> results.add(run.apply(simulator, r)));
			return results;
		}
		readOnly(networks);
		ThreadLocal<Simulator> own = ThreadLocal.withInitial(() -> Simulator.of(networks));
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "hvnet-scenarios");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<R>> futures = new ArrayList<>();
			for (T r : runs) {
				futures.add(pool.submit(() -> run.apply(own.get(), r)));
			}
			for (Future<R> f : futures) {
				results.add(f.get());
			}
			return results;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while running scenarios", e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	/** Resolves every reference and fills the model layer's per-resource caches, on this thread. */
	private static void readOnly(Collection<Network> networks) {
		for (Network network : networks) {
			if (network.eResource() != null && network.eResource().getResourceSet() != null) {
				EcoreUtil.resolveAll(network.eResource().getResourceSet());
				break;
			}
		}
		RuntimeNetworkBuilder.build(networks, SimulationOptions.defaults(), false);
	}
}
