package io.hvnet.sim.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.sim.MacEntry;
import io.hvnet.sim.net.Bridge;
import io.hvnet.sim.net.Engine;
import io.hvnet.sim.net.IpStack;

/** A topology compiled for one simulation run: its engine, the endpoints' stacks and the switches. */
public record RuntimeNetwork(Engine engine, Map<Endpoint, IpStack> stacks, List<Bridge> bridges) {

	/** Forgets everything a run learnt or recorded, so the next run behaves as on a freshly built network. */
	public void reset() {
		engine.reset();
		stacks.values().forEach(IpStack::reset);
	}

	public IpStack stackOf(Endpoint endpoint) {
		return stacks.get(endpoint);
	}

	public Map<String, List<MacEntry>> macTables() {
		Map<String, List<MacEntry>> tables = new LinkedHashMap<>();
		for (Bridge b : bridges) {
			tables.put(b.name(), b.macTable(engine.now()));
		}
		return tables;
	}
}
