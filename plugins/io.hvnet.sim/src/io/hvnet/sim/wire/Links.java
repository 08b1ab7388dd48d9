package io.hvnet.sim.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.model.Names;
import io.hvnet.sim.HopKind;
import io.hvnet.sim.net.Device;
import io.hvnet.sim.net.Port;

/**
 * Every link of a compiled network, named so that a reader recognises it and the same model always gives the same
 * names: {@code HV01.VM1.Net1<->HV01.TestExternal}, {@code HV01.TestExternal<->HV01.NIC2} (the switch protocol),
 * {@code HV01.NIC2<->PSW1:2}, {@code PSW1:8<->PSW2:1}. An end is the qualified name of the device, plus
 * {@code :port} on a physical switch, whose ports are what a cable names. The ends are ordered as the seed's flows 1
 * to 6 go out of a host: host vNICs and VM adapters, then virtual switches, then physical NICs, then physical
 * switches (model order between equals, then port order). Links are listed in model order of their first end.
 */
public final class Links {

	private final List<Link> all = new ArrayList<>();
	private final Map<Port, Link> byPort = new IdentityHashMap<>();

	private Links() {
	}

	/** The links between {@code devices}, given in model order. */
	public static Links of(List<Device> devices) {
		Map<Device, Integer> order = new IdentityHashMap<>();
		devices.forEach(d -> order.putIfAbsent(d, order.size()));
		Comparator<Port> nearerAStack = Comparator.<Port>comparingInt(p -> rank(p.owner().kind()))
				.thenComparingInt(p -> order.getOrDefault(p.owner(), Integer.MAX_VALUE))
				.thenComparingInt(Port::index);
		List<Port[]> pairs = new ArrayList<>();
		Set<Port> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Device d : devices) {
			for (Port p : d.ports()) {
				if (p.peer() != null && seen.add(p) && seen.add(p.peer())) {
					Port a = nearerAStack.compare(p, p.peer()) <= 0 ? p : p.peer();
					pairs.add(new Port[] { a, a.peer() });
				}
			}
		}
		pairs.sort(Comparator.comparingInt(pair -> order.getOrDefault(pair[0].owner(), Integer.MAX_VALUE)));
		Links links = new Links();
		Set<String> names = new HashSet<>();
		for (Port[] pair : pairs) {
			String end1 = end(pair[0]);
			String end2 = end(pair[1]);
			String name = end1 + "<->" + end2;
			// two links between the same two devices would need ports on both to tell them apart
			for (int n = 2; !names.add(name); n++) {
				name = end1 + "<->" + end2 + " (" + n + ")";
			}
			Link link = new Link(links.all.size(), name, end1, end2);
			links.all.add(link);
			links.byPort.put(pair[0], link);
			links.byPort.put(pair[1], link);
		}
		return links;
	}

	private static int rank(HopKind kind) {
		return switch (kind) {
		case STACK, ROUTER, HOST_VNIC, VM_ADAPTER -> 0;
		case VSWITCH -> 1;
		case NIC -> 2;
		case PSWITCH -> 3;
		};
	}

	/** How a link names the device that owns {@code port}. */
	static String end(Port port) {
		Device owner = port.owner();
		return owner.kind() == HopKind.PSWITCH ? owner.name() + ":" + (port.index() + 1) : owner.name();
	}

	/**
	 * The two ends of a model cable named as a link names them ({@code HV01.NIC2}, {@code PSW1:2}), so that a view
	 * finds the cable a scenario unplugged where it finds the links a frame travels.
	 */
	public static List<String> endsOf(Cable cable) {
		return List.of(endOf(cable.getFrom()), endOf(cable.getTo()));
	}

	private static String endOf(CableEnd end) {
		return end instanceof PortEnd p && p.getSwitch() != null ? Names.of(p.getSwitch()) + ":" + p.getPort()
				: end instanceof NicEnd n && n.getNic() != null ? Names.of(n.getNic()) : "?";
	}

	public List<Link> all() {
		return List.copyOf(all);
	}

	/** The link plugged into {@code port}, or null when nothing is. */
	public Link at(Port port) {
		return byPort.get(port);
	}
}
