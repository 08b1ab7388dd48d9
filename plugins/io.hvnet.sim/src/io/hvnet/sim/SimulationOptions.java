package io.hvnet.sim;

import io.hvnet.dsl.model.SimulatedTime;

/**
 * How the simulated machines behave.
 *
 * @param coldRoutes      the sending stack has not learnt route costs yet (seed fig. 11)
 * @param strongHost      an address is answered only on the interface that owns it, and a reply leaves
 *                        through the interface that owns its source address (Windows' default)
 * @param macAgingSeconds how long every switch keeps a learnt address; 0: each switch's own
 *                        ({@link io.hvnet.dsl.model.SimulatedTime#macAgingSeconds})
 * @param arpCacheSeconds how long a stack keeps an ARP entry
 * @param hopLimit        switch hops a frame may take before it is dropped (bounds flooding in loops)
 * @param seed            for any random choice; the engine is deterministic for a given seed
 */
public record SimulationOptions(boolean coldRoutes, boolean strongHost, double macAgingSeconds,
		double arpCacheSeconds, int hopLimit, long seed) {

	public static SimulationOptions defaults() {
		return new SimulationOptions(false, true, 0, SimulatedTime.ARP_REACHABLE_SECONDS, 64, 1);
	}

	public SimulationOptions withColdRoutes(boolean cold) {
		return new SimulationOptions(cold, strongHost, macAgingSeconds, arpCacheSeconds, hopLimit, seed);
	}

	public SimulationOptions withStrongHost(boolean strong) {
		return new SimulationOptions(coldRoutes, strong, macAgingSeconds, arpCacheSeconds, hopLimit, seed);
	}

	public SimulationOptions withMacAgingSeconds(double seconds) {
		return new SimulationOptions(coldRoutes, strongHost, seconds, arpCacheSeconds, hopLimit, seed);
	}

	public SimulationOptions withHopLimit(int limit) {
		return new SimulationOptions(coldRoutes, strongHost, macAgingSeconds, arpCacheSeconds, limit, seed);
	}
}
