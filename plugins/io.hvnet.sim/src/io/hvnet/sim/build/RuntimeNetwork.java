package io.hvnet.sim.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.sim.MacEntry;
import io.hvnet.sim.net.Bridge;
import io.hvnet.sim.net.Device;
import io.hvnet.sim.net.Engine;
import io.hvnet.sim.net.IpStack;

/**
 * A topology compiled for one simulation run: its engine, the endpoints' stacks, the switches, and every device in
 * model order (adapters, the NICs external switches took, switches), which is the order a capture lists its links in.
 */
public record RuntimeNetwork(Engine engine, Map<Endpoint, IpStack> stacks, List<Bridge> bridges, List<Device> devices,
		Failures failures) {

	/**
	 * Forgets everything a run learnt or recorded and plugs in what a scenario unplugged, so the next run behaves as
	 * on a freshly built network.
	 */
	public void reset() {
		failures.reset();
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
