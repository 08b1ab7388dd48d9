package io.hvnet.sim.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.Element;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.Router;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.DhcpServers;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Nats;
import io.hvnet.dsl.model.GuestMac;
import io.hvnet.dsl.model.PortSecurity;
import io.hvnet.dsl.model.RoutingTable;
import io.hvnet.dsl.model.SimulatedTime;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.model.Vlans;
import io.hvnet.sim.HopKind;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.net.Bridge;
import io.hvnet.sim.net.DhcpClient;
import io.hvnet.sim.net.Device;
import io.hvnet.sim.net.EndpointAdapter;
import io.hvnet.sim.net.Engine;
import io.hvnet.sim.net.IpStack;
import io.hvnet.sim.net.Macs;
import io.hvnet.sim.net.Port;
import io.hvnet.sim.net.UplinkNic;

/**
 * Compiles the EMF model into runtime devices. A NIC that an external switch took becomes an {@link UplinkNic}
 * between the wire and the switch's external port (one per member of a SET team; each adapter port is affinitized
 * to the member {@link Teams#affinitized} names, among the members with a cable); every other adapter is an {@link EndpointAdapter}, bound to its
 * endpoint's stack when ipv4 is bound and it has an address (a router's interfaces too); virtual switch ports appear
 * as things connect.
 */
public final class RuntimeNetworkBuilder {

	private static final long LOCAL_MAC_BASE = 0x02_00_00_00_00_00L;

	private final SimulationOptions options;
	private final Engine engine;
	private final Map<PhysicalNic, Port> wires = new HashMap<>();
	private final Map<Endpoint, IpStack> stacks = new LinkedHashMap<>();
	private final Map<PhysicalSwitch, Bridge> physicalSwitches = new HashMap<>();
	private final List<Bridge> bridges = new ArrayList<>();
	private final List<Device> devices = new ArrayList<>();
	private final Map<Adapter, EndpointAdapter> adapters = new HashMap<>();
	/** The MAC Hyper-V assigned each adapter (its {@code mac}, or one of the run's own): what its switch port lets in. */
	private final Map<Adapter, Long> assignedMacs = new HashMap<>();
	/** NICs with a cable: a SET team member without one has no link and loses its ports to the others. */
	private final Set<PhysicalNic> cabled = new HashSet<>();
	private final Failures failures = new Failures(cabled);
	private final List<DhcpClient> dhcpClients = new ArrayList<>();
	private final List<DhcpServers.Scope> dhcpScopes;

	private RuntimeNetworkBuilder(Collection<Network> networks, SimulationOptions options, boolean tracing) {
		this.dhcpScopes = DhcpServers.of(networks);
		this.options = options;
		this.engine = new Engine(options, tracing);
	}

	public static RuntimeNetwork build(Collection<Network> networks, SimulationOptions options, boolean tracing) {
		RuntimeNetworkBuilder builder = new RuntimeNetworkBuilder(networks, options, tracing);
		List<Cable> cables = new ArrayList<>();
		for (Network network : networks) {
			for (Element e : network.getElements()) {
				if (e instanceof Cable c) {
					cables.add(c);
					for (CableEnd end : List.of(c.getFrom(), c.getTo())) {
						if (end instanceof NicEnd n) {
							builder.cabled.add(n.getNic());
						}
					}
				}
			}
		}
		for (Network network : networks) {
			for (Element e : network.getElements()) {
				switch (e) {
				case Host h -> builder.host(h);
				case Server s -> builder.server(s);
				case Router r -> builder.router(r);
				case PhysicalSwitch s -> builder.physicalSwitch(s);
				default -> {
				}
				}
			}
		}
		cables.forEach(builder::cable);
		return new RuntimeNetwork(builder.engine, builder.stacks, builder.bridges, builder.devices, builder.failures,
				List.copyOf(builder.dhcpClients));
	}

	private void host(Host host) {
		for (PhysicalNic nic : host.getNics()) {
			if (Topology.externalSwitchOf(nic) != null) {
				wires.put(nic, device(new UplinkNic(Names.of(nic))).wire());
			} else {
				wires.put(nic, adapter(nic, HopKind.NIC).wire());
			}
		}
		for (VirtualSwitch vswitch : host.getSwitches()) {
			virtualSwitch(vswitch);
		}
		for (VirtualMachine vm : host.getVms()) {
			vm.getAdapters().forEach(a -> adapter(a, HopKind.VM_ADAPTER));
			stack(vm);
		}
		stack(host);
	}

	private void virtualSwitch(VirtualSwitch vswitch) {
		Bridge bridge = device(new Bridge(engine, Names.of(vswitch), true, options.macAgingSeconds() > 0
				? options.macAgingSeconds() : SimulatedTime.VIRTUAL_SWITCH_MAC_AGING_SECONDS));
		bridges.add(bridge);
		// one external port per NIC the switch takes (the members of its SET team)
		Map<PhysicalNic, Port> members = new HashMap<>();
		if (vswitch.getType() == SwitchType.EXTERNAL) {
			for (PhysicalNic nic : Teams.members(vswitch)) {
				Port uplinkPort = wires.get(nic);
				if (uplinkPort != null && uplinkPort.owner() instanceof UplinkNic uplink && !members.containsKey(nic)) {
					Port external = bridge.addExternalPort(Names.of(nic));
					Port.connect(external, uplink.switchSide());
					members.put(nic, external);
				}
			}
		}
		for (SwitchPort a : Topology.adaptersOn(vswitch)) {
			EndpointAdapter adapter = adapter(a, a instanceof HostVnic ? HopKind.HOST_VNIC : HopKind.VM_ADAPTER);
			PhysicalNic member = Teams.affinitized(a, cabled::contains);
			Port port = bridge.addAdapterPort(Names.of(a), Vlans.of(a), members.get(member), assignedMacs.get(a),
					PortSecurity.of(a));
			Port.connect(port, adapter.wire());
			failures.adapter(a, adapter.wire());
			failures.teamPort(a, port, members);
		}
	}

	private void server(Server server) {
		for (PhysicalNic nic : server.getNics()) {
			wires.put(nic, adapter(nic, HopKind.NIC).wire());
		}
		stack(server);
	}

	/** A router's interfaces are cabled as NICs are; its stack forwards ({@link RoutingTable#router}). */
	private void router(Router router) {
		for (PhysicalNic nic : router.getNics()) {
			wires.put(nic, adapter(nic, HopKind.NIC).wire());
		}
		stack(router);
	}

	private void physicalSwitch(PhysicalSwitch s) {
		Bridge bridge = device(new Bridge(engine, Names.of(s), false, options.macAgingSeconds() > 0
				? options.macAgingSeconds() : SimulatedTime.macAgingSeconds(s)));
		for (int i = 1; i <= s.getPorts(); i++) {
			bridge.addPhysicalPort(i, Vlans.ofPort(s, i));
		}
		physicalSwitches.put(s, bridge);
		bridges.add(bridge);
	}

	private void cable(Cable cable) {
		Port a = end(cable.getFrom());
		Port b = end(cable.getTo());
		if (a != null && b != null && !a.connected() && !b.connected() && a != b) {
			Port.connect(a, b);
			failures.cable(cable, a, b);
		}
	}

	private Port end(CableEnd end) {
		if (end instanceof NicEnd n) {
			return wires.get(n.getNic());
		}
		if (end instanceof PortEnd p) {
			Bridge bridge = physicalSwitches.get(p.getSwitch());
			if (bridge != null && p.getPort() >= 1 && p.getPort() <= bridge.portCount()) {
				return bridge.port(p.getPort());
			}
		}
		return null;
	}

	/**
	 * One runtime adapter per model adapter (a VM adapter is met twice: as a VM's and as a switch port's). It sends
	 * from and answers to the MAC its guest uses ({@link GuestMac}); {@link #assignedMacs} keeps the one Hyper-V
	 * assigned, which its switch port checks.
	 */
	private EndpointAdapter adapter(Adapter a, HopKind kind) {
		return adapters.computeIfAbsent(a, x -> {
			long mac = Macs.parse(x.getMac());
			// no MAC written: a locally administered one, stable for the run
			long effective = mac >= 0 ? mac : LOCAL_MAC_BASE + adapters.size() + 1;
			assignedMacs.put(x, effective);
			long guest = GuestMac.of(x) == null ? -1 : Macs.parse(GuestMac.of(x));
			return device(new EndpointAdapter(Names.of(x), kind, guest >= 0 ? guest : effective, Vlans.of(x)));
		});
	}

	private <D extends Device> D device(D device) {
		devices.add(device);
		return device;
	}

	/**
	 * The endpoint's stack on its adapters; a DHCP client's adapter gets its {@link DhcpClient} (in model order, the
	 * order they start in), a DHCP server's adapter its scope.
	 */
	private void stack(Endpoint endpoint) {
		RoutingTable table = RoutingTable.of(endpoint);
		IpStack stack = new IpStack(Names.stack(endpoint), table, endpoint);
		if (endpoint instanceof Host host) {
			stack.nat(Nats.of(host));
		}
		for (Adapter a : Topology.ipInterfaces(endpoint)) {
			EndpointAdapter adapter = adapters.get(a);
			if (adapter != null) {
				stack.attach(a, adapter);
				if (DhcpServers.isClient(a) && a.getAddress() == null) {
					dhcpClients.add(new DhcpClient(stack, a, adapter, Names.of(a)));
				}
			}
		}
		stack.configure(table);
		for (DhcpServers.Scope scope : dhcpScopes) {
			if (adapters.containsKey(scope.adapter()) && Topology.ipInterfaces(endpoint).contains(scope.adapter())) {
				stack.serveDhcp(scope);
			}
		}
		stacks.put(endpoint, stack);
	}
}
