package io.hvnet.diagram.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.Element;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.Router;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Teams;

/**
 * The ids {@link TopologyGraph} would give a model's elements, found without drawing it: edits and the Eclipse
 * Properties view only need to turn an id back into an element. It registers the same ids, sub-ids and in the same
 * order as the graph does (so that duplicate names resolve alike); {@code ElementIdsTest} holds the two together.
 */
public final class ElementIds {

	private final ElementIndex index = new ElementIndex();
	/** Ids drawn as nodes, and ports: a connection is only drawn between those. */
	private final Set<String> nodes = new HashSet<>();
	private final Set<String> ports = new HashSet<>();

	private ElementIds() {
	}

	public static ElementIndex of(Network network) {
		ElementIds ids = new ElementIds();
		if (network != null) {
			network.getElements().forEach(ids::node);
			for (Element e : network.getElements()) {
				if (e instanceof Cable c) {
					ids.cable(c);
				}
			}
		}
		return ids.index;
	}

	private void node(Element element) {
		switch (element) {
		case Host h -> host(h);
		case PhysicalSwitch s -> physicalSwitch(s);
		case Server s -> machine(s, s.getNics());
		case Router r -> machine(r, r.getNics());
		default -> {
		}
		}
	}

	private void host(Host host) {
		String id = index.register(host);
		if (id == null) {
			return;
		}
		host.getNics().forEach(this::leaf);
		host.getSwitches().forEach(this::leaf);
		if (host.getParent() != null) {
			nodes.add(index.register(host.getParent()));
			host.getParent().getVnics().forEach(this::leaf);
		}
		host.getVms().forEach(this::vm);
		nodes.add(id);
		host.getSwitches().forEach(s -> Teams.members(s).forEach(nic -> plugged(s, nic.eIsProxy() ? null : index.idOf(nic))));
		if (host.getParent() != null) {
			host.getParent().getVnics().forEach(v -> plug(v, v.getSwitch()));
		}
		host.getVms().forEach(vm -> vm.getAdapters().forEach(a -> plug(a, a.getSwitch())));
	}

	private void vm(VirtualMachine vm) {
		String id = index.register(vm);
		if (id != null) {
			vm.getAdapters().forEach(this::leaf);
			nodes.add(id);
		}
	}

	/** A server or a router and its NICs or interfaces. */
	private void machine(NetworkNode machine, List<PhysicalNic> nics) {
		String id = index.register(machine);
		if (id != null) {
			nics.forEach(this::leaf);
			nodes.add(id);
		}
	}

	private void physicalSwitch(PhysicalSwitch s) {
		String id = index.register(s);
		if (id == null) {
			return;
		}
		int count = Math.max(0, Math.min(s.getPorts(), Sizes.MAX_DRAWN_PORTS));
		for (int p = 1; p <= count; p++) {
			String portId = ElementIndex.portId(id, Integer.toString(p));
			index.register(portId, s);
			ports.add(portId);
		}
		nodes.add(id);
	}

	private void leaf(NetworkNode element) {
		String id = index.register(element);
		if (id != null) {
			nodes.add(id);
		}
	}

	private void plug(Adapter adapter, VirtualSwitch vswitch) {
		plugged(vswitch == null || vswitch.eIsProxy() ? null : vswitch, index.idOf(adapter));
	}

	/** The port of {@code vswitch} that {@code pluggedId} (an adapter or the uplink NIC) is wired to. */
	private void plugged(VirtualSwitch vswitch, String pluggedId) {
		String switchId = vswitch == null ? null : index.idOf(vswitch);
		if (switchId == null || pluggedId == null || !nodes.contains(switchId) || !nodes.contains(pluggedId)) {
			return;
		}
		String portId = ElementIndex.portId(switchId, pluggedId);
		if (ports.add(portId)) {
			index.register(portId, vswitch);
		}
	}

	private void cable(Cable cable) {
		String from = endId(cable.getFrom());
		String to = endId(cable.getTo());
		if (from != null && to != null) {
			index.register("cable:" + from + "-" + to, cable);
		}
	}

	private String endId(CableEnd end) {
		String id = index.endIdOf(end);
		return id != null && (nodes.contains(id) || ports.contains(id)) ? id : null;
	}
}
