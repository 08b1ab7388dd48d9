package io.hvnet.diagram.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.builder.impl.GPortBuilder;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.Element;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.Router;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.SubInterface;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.IpAddresses;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.Vlans;

/**
 * The diagram of one .hvnet model, as the seed draws it: hosts hold their physical NICs, virtual switches, the
 * parent partition with its host vNICs, and VMs with their adapters; physical switches have their numbered ports;
 * servers hold their NICs. A virtual switch gets a port for each adapter plugged into it (and one for the NIC an
 * external switch took). Cables connect NICs to physical-switch ports; virtual cables connect adapters to
 * virtual-switch ports. Sizes come from the labels, positions from {@link io.hvnet.diagram.layout.TopologyLayout}.
 */
public final class TopologyGraph {

	public static final String GRAPH_ID = "hvnet-graph";

	private final ElementIndex index;
	private final Map<String, GNode> nodes = new LinkedHashMap<>();
	private final Map<String, GPort> ports = new LinkedHashMap<>();
	private final List<GEdge> edges = new ArrayList<>();

	public TopologyGraph(ElementIndex index) {
		this.index = index;
	}

	public GGraph build(Network network) {
		GGraphBuilder graph = new GGraphBuilder().id(GRAPH_ID);
		if (network != null) {
			for (Element e : network.getElements()) {
				GNode node = switch (e) {
				case Host h -> host(h);
				case PhysicalSwitch s -> physicalSwitch(s);
				case Server s -> server(s);
				case Router r -> router(r);
				default -> null;
				};
				if (node != null) {
					graph.add(node);
				}
			}
			for (Element e : network.getElements()) {
				if (e instanceof Cable c) {
					cable(c);
				}
			}
		}
		edges.forEach(graph::add);
		return graph.build();
	}

	public ElementIndex index() {
		return index;
	}

	// ------------------------------------------------------------------ nodes

	private GNode host(Host host) {
		String id = index.register(host);
		if (id == null) {
			return null;
		}
		GNodeBuilder node = container(DiagramTypes.HOST, id, host.getName(), "Hyper-V host");
		host.getNics().forEach(nic -> add(node, nic(nic)));
		host.getSwitches().forEach(s -> add(node, virtualSwitch(s)));
		if (host.getParent() != null) {
			String parentId = index.register(host.getParent());
			GNodeBuilder parent = container(DiagramTypes.PARENT_PARTITION, parentId, "parent partition", "");
			host.getParent().getVnics().forEach(v -> add(parent, leaf(DiagramTypes.HOST_VNIC, v, vnicDetail(v))));
			add(node, register(parent.build()));
		}
		host.getVms().forEach(vm -> add(node, vm(vm)));
		GNode built = register(node.build());
		// adapters and switches exist now: plug them in
		host.getSwitches().forEach(this::uplink);
		if (host.getParent() != null) {
			host.getParent().getVnics().forEach(v -> plug(v, v.getSwitch()));
		}
		host.getVms().forEach(vm -> vm.getAdapters().forEach(a -> plug(a, a.getSwitch())));
		return built;
	}

	private GNode vm(VirtualMachine vm) {
		String id = index.register(vm);
		if (id == null) {
			return null;
		}
		GNodeBuilder node = container(DiagramTypes.VM, id, vm.getName(),
				vm.getDisplayName() == null ? "virtual machine" : vm.getDisplayName());
		vm.getAdapters().forEach(a -> add(node, leaf(DiagramTypes.VM_ADAPTER, a, adapterDetail(a))));
		return register(node.build());
	}

	private GNode server(Server server) {
		return machine(server, server.getDisplayName() == null ? "server" : server.getDisplayName(), server.getNics());
	}

	/**
	 * A router, drawn as a server is (a machine holding its ports; the client needs no new node type) with the CSS
	 * class "router", each interface labelled with its addresses and its 802.1Q sub-interfaces.
	 */
	private GNode router(Router router) {
		GNode node = machine(router, router.getDisplayName() == null ? "router" : router.getDisplayName(),
				router.getNics());
		if (node != null) {
			node.getCssClasses().add("router");
		}
		return node;
	}

	/** A machine outside the Hyper-V hosts holding its NICs or interfaces: a server, a router. */
	private GNode machine(NetworkNode machine, String detail, List<PhysicalNic> nics) {
		String id = index.register(machine);
		if (id == null) {
			return null;
		}
		GNodeBuilder node = container(DiagramTypes.SERVER, id, machine.getName(), detail);
		nics.forEach(nic -> add(node, nic(nic)));
		return register(node.build());
	}

	private static List<String> routerInterfaceDetail(PhysicalNic nic) {
		List<String> lines = new ArrayList<>();
		List<String> addresses = IpAddresses.of(nic).stream().map(Addresses::toString).toList();
		if (!addresses.isEmpty()) {
			lines.add(String.join(", ", addresses));
		}
		for (SubInterface sub : nic.getSubinterfaces()) {
			lines.add("." + sub.getVlan() + " " + String.join(", ",
					IpAddresses.of(sub).stream().map(Addresses::toString).toList()));
		}
		return lines;
	}

	private GNode nic(PhysicalNic nic) {
		return leaf(DiagramTypes.NIC, nic, nicDetail(nic));
	}

	private GNode virtualSwitch(VirtualSwitch s) {
		String type = s.getType() == null ? "external" : s.getType().getLiteral();
		GNode node = leaf(DiagramTypes.VIRTUAL_SWITCH, s, Teams.isTeam(s)
				? List.of(type + " switch", "SET team, " + Teams.loadBalancing(s).display())
				: List.of(type + " switch"));
		if (node != null) {
			node.getCssClasses().add(type);
		}
		return node;
	}

	private GNode physicalSwitch(PhysicalSwitch s) {
		String id = index.register(s);
		if (id == null) {
			return null;
		}
		int count = Math.max(0, Math.min(s.getPorts(), Sizes.MAX_DRAWN_PORTS));
		String detail = (s.isManaged() ? "managed switch, " : "physical switch, ") + s.getPorts() + " ports";
		double width = Math.max(Sizes.textWidth(s.getName(), detail) + 16, Sizes.PORT_PITCH * count + Sizes.PORT_PITCH);
		GNodeBuilder node = new GNodeBuilder(DiagramTypes.PHYSICAL_SWITCH).id(id).size(width, Sizes.SWITCH_HEIGHT);
		if (s.isManaged()) {
			node.addCssClass("managed");
		}
		// cables arrive from the hosts above: the numbered ports sit on the top edge, the labels below them
		node.add(new GLabelBuilder(DiagramTypes.NAME_LABEL).id(ElementIndex.labelId(id, "name")).text(s.getName())
				.position(8, 28).build());
		node.add(new GLabelBuilder(DiagramTypes.DETAIL_LABEL).id(ElementIndex.labelId(id, "detail0"))
				.text(detail).position(8, 28 + Sizes.LINE).build());
		for (int p = 1; p <= count; p++) {
			String portId = ElementIndex.portId(id, Integer.toString(p));
			index.register(portId, s);
			GPortBuilder builder = new GPortBuilder(DiagramTypes.SWITCH_PORT).id(portId);
			if (s.isManaged()) {
				builder.addCssClass(Vlans.ofPort(s, p).isTrunk() ? "trunk" : "access");
			}
			GPort port = builder.position(Sizes.PORT_PITCH / 2 + (p - 1) * Sizes.PORT_PITCH, -Sizes.PORT / 2)
					.size(Sizes.PORT, Sizes.PORT).addCssClass("numbered")
					.add(new GLabelBuilder(DiagramTypes.PORT_LABEL).id(ElementIndex.labelId(portId, "number"))
							.text(Integer.toString(p)).position(Sizes.PORT / 2, Sizes.PORT - 3).build())
					.build();
			ports.put(portId, port);
			node.add(port);
		}
		return register(node.build());
	}

	private GNode leaf(String type, NetworkNode element, List<String> details) {
		String id = index.register(element);
		if (id == null) {
			return null;
		}
		String name = element.getName();
		GNodeBuilder node = new GNodeBuilder(type).id(id)
				.size(Sizes.textWidth(name, details.toArray(String[]::new)) + 16, Sizes.leafHeight(details.size()));
		labels(node, id, name, details);
		return register(node.build());
	}

	private GNodeBuilder container(String type, String id, String name, String detail) {
		GNodeBuilder node = new GNodeBuilder(type).id(id).size(Sizes.titleWidth(name, detail) + 24, 60);
		node.add(new GLabelBuilder(DiagramTypes.NAME_LABEL).id(ElementIndex.labelId(id, "name")).text(name)
				.position(8, 17).build());
		node.add(new GLabelBuilder(DiagramTypes.DETAIL_LABEL).id(ElementIndex.labelId(id, "detail")).text(detail)
				.position(8 + Sizes.titleWidth(name, ""), 17).build());
		return node;
	}

	private static void labels(GNodeBuilder node, String id, String name, List<String> details) {
		node.add(new GLabelBuilder(DiagramTypes.NAME_LABEL).id(ElementIndex.labelId(id, "name")).text(name)
				.position(8, 17).build());
		for (int i = 0; i < details.size(); i++) {
			node.add(new GLabelBuilder(DiagramTypes.DETAIL_LABEL).id(ElementIndex.labelId(id, "detail" + i))
					.text(details.get(i)).position(8, 17 + Sizes.LINE * (i + 1)).build());
		}
	}

	private static void add(GNodeBuilder parent, GModelElement child) {
		if (child != null) {
			parent.add(child);
		}
	}

	private GNode register(GNode node) {
		String kind = node.getType().substring(node.getType().indexOf(':') + 1);
		if (!node.getCssClasses().contains(kind)) {
			node.getCssClasses().add(0, kind);
		}
		nodes.put(node.getId(), node);
		return node;
	}

	// ------------------------------------------------------------------ connections

	/** An adapter plugged into a virtual switch: a port on the switch and a virtual cable to it. */
	private void plug(Adapter adapter, VirtualSwitch vswitch) {
		String adapterId = index.idOf(adapter);
		String switchId = vswitch == null || vswitch.eIsProxy() ? null : index.idOf(vswitch);
		if (adapterId == null || switchId == null || !nodes.containsKey(switchId) || !nodes.containsKey(adapterId)) {
			return;
		}
		GPort port = switchPort(switchId, adapterId, vswitch);
		edges.add(new GEdgeBuilder(DiagramTypes.VIRTUAL_CABLE).id("virtual:" + adapterId).sourceId(adapterId)
				.targetId(port.getId()).addCssClass("virtual").build());
	}

	/**
	 * The NICs an external switch took: each drawn as an uplink port of the switch, wired to the NIC; a SET team fans
	 * out from the switch to its members, one edge each.
	 */
	private void uplink(VirtualSwitch vswitch) {
		String switchId = index.idOf(vswitch);
		List<PhysicalNic> members = Teams.members(vswitch);
		for (int i = 0; i < members.size(); i++) {
			PhysicalNic nic = members.get(i);
			String nicId = nic.eIsProxy() ? null : index.idOf(nic);
			if (switchId == null || nicId == null || !nodes.containsKey(switchId) || !nodes.containsKey(nicId)) {
				continue;
			}
			GPort port = switchPort(switchId, nicId, vswitch);
			port.getCssClasses().add("uplink");
			String id = UplinkIds.of(switchId, nicId, i);
			if (edges.stream().noneMatch(e -> e.getId().equals(id))) {
				edges.add(new GEdgeBuilder(DiagramTypes.VIRTUAL_CABLE).id(id).sourceId(port.getId()).targetId(nicId)
						.addCssClass(Teams.isTeam(vswitch) ? "team" : "uplink").addCssClass("uplink").build());
			}
		}
	}

	private GPort switchPort(String switchId, String pluggedId, VirtualSwitch vswitch) {
		String portId = ElementIndex.portId(switchId, pluggedId);
		GPort port = ports.get(portId);
		if (port == null) {
			port = new GPortBuilder(DiagramTypes.SWITCH_PORT).id(portId).size(Sizes.PORT, Sizes.PORT).build();
			index.register(portId, vswitch);
			ports.put(portId, port);
			nodes.get(switchId).getChildren().add(port);
		}
		return port;
	}

	private void cable(Cable cable) {
		String from = endId(cable.getFrom());
		String to = endId(cable.getTo());
		if (from == null || to == null) {
			return;
		}
		String id = "cable:" + from + "-" + to;
		index.register(id, cable);
		GEdgeBuilder edge = new GEdgeBuilder(DiagramTypes.CABLE).id(id).sourceId(from).targetId(to).addCssClass("cable");
		vlanBadge(edge, id, cable.getFrom(), "from", 0.15);
		vlanBadge(edge, id, cable.getTo(), "to", 0.85);
		edges.add(edge.build());
	}

	/** A managed switch port's mode, on the cable near that end. */
	private static void vlanBadge(GEdgeBuilder edge, String edgeId, CableEnd end, String which, double position) {
		if (end instanceof PortEnd p && p.getSwitch() != null && !p.getSwitch().eIsProxy() && p.getSwitch().isManaged()) {
			edge.add(new GLabelBuilder(DiagramTypes.PORT_LABEL).id(ElementIndex.labelId(edgeId, which))
					.text(VlanBadge.ofPort(Vlans.ofPort(p.getSwitch(), p.getPort()))).addCssClass("vlan")
					.edgePlacement(new GEdgePlacementBuilder().position(position).side("on").offset(0).rotate(false).build())
					.build());
		}
	}

	private String endId(CableEnd end) {
		String id = index.endIdOf(end);
		return id != null && (nodes.containsKey(id) || ports.containsKey(id)) ? id : null;
	}

	// ------------------------------------------------------------------ details

	private static List<String> nicDetail(PhysicalNic nic) {
		if (nic.isRouterInterface()) {
			return routerInterfaceDetail(nic);
		}
		List<String> lines = new ArrayList<>();
		lines.add(String.join(" ", Bindings.effective(nic)));
		if (nic.getAddress() != null) {
			lines.add(nic.getAddress());
		}
		return lines;
	}

	private static List<String> vnicDetail(HostVnic vnic) {
		return addressLines(vnic);
	}

	private static List<String> adapterDetail(VmAdapter adapter) {
		List<String> lines = addressLines(adapter);
		if (adapter.getSwitch() == null) {
			lines.add(0, "not connected");
		}
		return lines;
	}

	private static List<String> addressLines(Adapter adapter) {
		List<String> lines = new ArrayList<>();
		String line = adapter.getAddress() == null ? "" : adapter.getAddress();
		String vlans = VlanBadge.ofAdapter(Vlans.of(adapter));
		if (!vlans.isEmpty()) {
			line = (line + " vlan " + vlans).strip();
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		return lines;
	}
}
