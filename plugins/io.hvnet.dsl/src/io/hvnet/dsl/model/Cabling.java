package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.Element;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.VirtualSwitch;

/**
 * Where a physical NIC's cable goes. Cables are written in the file of the NICs they join (the validator reads one
 * file at a time, as it does for loops), so the cable of a NIC is looked for in the NIC's own file.
 */
public final class Cabling {

	private static final OnChangeEvictingCache PER_RESOURCE = new OnChangeEvictingCache();
	private static final String OTHER_ENDS = Cabling.class.getName() + ".otherEnds";

	private Cabling() {
	}

	/** The end of the NIC's cable that is not the NIC: a switch port or another NIC; null without a cable. */
	public static CableEnd otherEnd(PhysicalNic nic) {
		Network network = EcoreUtil2.getContainerOfType(nic, Network.class);
		if (network == null) {
			return null;
		}
		Resource resource = network.eResource();
		// every adapter asks for its uplinks' cables: one walk over the cables per resource, not one per question
		// (the cache is Xtext's per-resource one, emptied on every change of the model)
		Map<PhysicalNic, CableEnd> ends = resource == null ? otherEnds(network)
				: PER_RESOURCE.get(OTHER_ENDS, resource, () -> otherEndsOfAll(resource));
		return ends.get(nic);
	}

	private static Map<PhysicalNic, CableEnd> otherEndsOfAll(Resource resource) {
		Map<PhysicalNic, CableEnd> ends = new HashMap<>();
		for (EObject root : resource.getContents()) {
			if (root instanceof Network network) {
				otherEnds(network).forEach(ends::putIfAbsent);
			}
		}
		return ends;
	}

	/** Each cabled NIC's other end; a NIC on two cables (an error of its own) keeps its first. */
	private static Map<PhysicalNic, CableEnd> otherEnds(Network network) {
		Map<PhysicalNic, CableEnd> ends = new HashMap<>();
		for (Element e : network.getElements()) {
			if (e instanceof Cable c) {
				addNic(ends, c.getFrom(), c.getTo());
				addNic(ends, c.getTo(), c.getFrom());
			}
		}
		return ends;
	}

	private static void addNic(Map<PhysicalNic, CableEnd> ends, CableEnd end, CableEnd other) {
		if (end instanceof NicEnd n && n.getNic() != null) {
			ends.putIfAbsent(n.getNic(), other);
		}
	}

	/** The physical switch port the NIC is cabled to, or null (no cable, or a cable straight to another NIC). */
	public static PortEnd portOf(PhysicalNic nic) {
		return otherEnd(nic) instanceof PortEnd p && p.getSwitch() != null && !p.getSwitch().eIsProxy() ? p : null;
	}

	/**
	 * The physical switch ports a VM adapter's or host vNIC's traffic leaves its host into: through its external
	 * switch's NICs ({@link Topology#uplinksOf}) and their cables. Empty on an internal or private switch, or when
	 * no NIC of the switch is cabled to a switch port.
	 */
	public static List<PortEnd> portsLeftThrough(SwitchPort adapter) {
		VirtualSwitch vswitch = adapter.getSwitch();
		if (vswitch == null || vswitch.eIsProxy()) {
			return List.of();
		}
		List<PortEnd> ports = new ArrayList<>();
		for (PhysicalNic nic : Topology.uplinksOf(vswitch)) {
			PortEnd port = portOf(nic);
			if (port != null) {
				ports.add(port);
			}
		}
		return ports;
	}

	/** The NIC at the other end of a cable whose end is {@code port}, or null. */
	public static PhysicalNic nicAt(PortEnd port) {
		Cable cable = (Cable) port.eContainer();
		CableEnd other = cable.getFrom() == port ? cable.getTo() : cable.getFrom();
		return other instanceof NicEnd n ? n.getNic() : null;
	}

	/** The membership of the switch port at a cable end. */
	public static VlanMembership vlansAt(PortEnd end) {
		return Vlans.ofPort(end.getSwitch(), end.getPort());
	}

	/**
	 * The cable that has {@code end} (a NIC, or a switch and port, as a scenario's {@code unplug cable} names it) as
	 * one of its ends, in any file of the end's resource set; null when there is none.
	 */
	public static Cable cableAt(CableEnd end) {
		Resource own = end.eResource();
		List<Resource> resources = own == null || own.getResourceSet() == null ? List.of()
				: own.getResourceSet().getResources();
		if (own != null && resources.isEmpty()) {
			resources = List.of(own);
		}
		for (Resource resource : List.copyOf(resources)) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Network network) {
					for (Element e : network.getElements()) {
						if (e instanceof Cable c && (sameEnd(c.getFrom(), end) || sameEnd(c.getTo(), end))) {
							return c;
						}
					}
				}
			}
		}
		return null;
	}

	private static boolean sameEnd(CableEnd a, CableEnd b) {
		if (a instanceof NicEnd n && b instanceof NicEnd m) {
			return n.getNic() != null && !n.getNic().eIsProxy() && n.getNic() == m.getNic();
		}
		return a instanceof PortEnd p && b instanceof PortEnd q && p.getSwitch() != null && !p.getSwitch().eIsProxy()
				&& p.getSwitch() == q.getSwitch() && p.getPort() == q.getPort();
	}

	/** "HV01.NIC1 – PSW1 port 3": a cable as the simulator's trace and the scenario messages name it. */
	public static String describe(Cable cable) {
		return end(cable.getFrom()) + " \u2013 " + end(cable.getTo());
	}

	private static String end(CableEnd end) {
		return end instanceof PortEnd p && p.getSwitch() != null ? label(p)
				: end instanceof NicEnd n && n.getNic() != null ? Names.of(n.getNic()) : "?";
	}

	/** "ToR1 port 3", as messages and hovers name a port. */
	public static String label(PortEnd end) {
		return end.getSwitch().getName() + " port " + end.getPort();
	}
}
