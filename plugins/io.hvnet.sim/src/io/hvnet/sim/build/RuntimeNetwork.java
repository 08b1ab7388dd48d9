package io.hvnet.sim.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.DhcpServers;
import io.hvnet.dsl.model.Worlds;
import io.hvnet.sim.Diagnosis;
import io.hvnet.sim.MacEntry;
import io.hvnet.sim.net.Bridge;
import io.hvnet.sim.net.Device;
import io.hvnet.sim.net.DhcpClient;
import io.hvnet.sim.net.Engine;
import io.hvnet.sim.net.IpInterface;
import io.hvnet.sim.net.IpStack;

/**
 * A topology compiled for one simulation run: its engine, the endpoints' stacks, the switches, and every device in
 * model order (adapters, the NICs external switches took, switches), which is the order a capture lists its links in.
 */
public record RuntimeNetwork(Engine engine, Map<Endpoint, IpStack> stacks, List<Bridge> bridges, List<Device> devices,
		Failures failures, List<DhcpClient> dhcpClients) {

	/**
	 * How long the DHCP clients are given at the start of a run before the first ping: RFC 2131's exchange takes a
	 * few microseconds of simulated time here, and a second is what an ARP request is given too.
	 */
	public static final long DHCP_NS = 1_000_000_000L;

	/**
	 * Forgets everything a run learnt or recorded and plugs in what a scenario unplugged, so the next run behaves as
	 * on a freshly built network.
	 */
	public void reset() {
		failures.reset();
		engine.reset();
		stacks.values().forEach(IpStack::reset);
		dhcpClients.forEach(DhcpClient::reset);
	}

	/**
	 * The exchanges of the DHCP clients that have not asked yet, all started now (time 0 on a fresh network) in model
	 * order, run for {@link #DHCP_NS}; nothing happens (time stays) in a network without such clients. With
	 * {@code involved} (a ping's endpoints), only the clients of their world: the files they are in and the files
	 * that share their package, so that the DHCP clients of other files loaded with them (`hvnet test examples/`)
	 * neither take a ping's time nor fill its trace.
	 */
	public void runDhcp(EObject... involved) {
		// on a scenario's timeline every ping comes here: the clients ask once, when the first one does
		List<DhcpClient> idle = dhcpClients.stream()
				.filter(c -> !c.started() && (involved.length == 0 || Worlds.sameWorld(c.model(), involved))).toList();
		if (idle.isEmpty()) {
			return;
		}
		long now = engine.now();
		idle.forEach(c -> engine.schedule(now, () -> c.start(engine)));
		engine.runUntil(now + DHCP_NS);
	}

	/**
	 * Why DHCP gave {@code stack} no address (its first client without a lease: {@link Diagnosis#ofDhcp}, or
	 * {@link Diagnosis#ofExpiredLease} when the lease it had ran out), or null
	 * when it has no such client.
	 */
	public String dhcpFailure(IpStack stack) {
		for (DhcpClient c : dhcpClients) {
			if (c.stack() == stack && c.lease() == null) {
				return c.expired() != null ? Diagnosis.ofExpiredLease(c.name(), c.expired())
						: Diagnosis.ofDhcp(c.name(), c.mac(), engine.trace());
			}
		}
		return null;
	}

	/** The leases {@code stack}'s DHCP clients took, as a diagnosis adds them: "; HV01.C.Net took 10.0.10.100/24, …". */
	public String dhcpLeases(IpStack stack) {
		StringBuilder text = new StringBuilder();
		for (DhcpClient c : dhcpClients) {
			if (c.stack() == stack && c.lease() != null) {
				text.append("; ").append(c.name()).append(" took ").append(c.lease().describe())
						.append(serverName(c.lease())).append(" by DHCP");
			}
		}
		return text.toString();
	}

	/** " (HV01.Rogue.Net)": the interface that owns the address of the lease's server. */
	private String serverName(DhcpServers.Lease lease) {
		Addresses server = Addresses.parse(lease.server());
		IpInterface i = server == null ? null : interfaceOwning(server.address());
		return i == null ? "" : " (" + i.name() + ")";
	}

	/** The first interface, in stack order, that has {@code address}: the one a diagnosis names. */
	public IpInterface interfaceOwning(int address) {
		for (IpStack stack : stacks.values()) {
			IpInterface i = stack.interfaceOwning(address);
			if (i != null) {
				return i;
			}
		}
		return null;
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
