package io.hvnet.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.Element;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Topology;

/**
 * Cables and physical switch ports: a fixed number of ports, one cable per port and per NIC, and no loops between
 * switches.
 */
public class CablingRules extends AbstractRules {

	@Check
	public void cables(Network network) {
		Map<PhysicalSwitch, Set<Integer>> usedPorts = new HashMap<>();
		Set<PhysicalNic> cabledNics = new HashSet<>();
		Map<PhysicalSwitch, Integer> cableCount = new HashMap<>();
		for (Element e : network.getElements()) {
			if (!(e instanceof Cable cable) || cable.getFrom() == null || cable.getTo() == null) {
				continue;
			}
			// two NICs may be cabled straight to each other: the switchless storage link of a two-node cluster
			// (Azure Local's storage switchless network patterns); one NIC cannot be cabled to itself
			if (cable.getFrom() instanceof NicEnd a && cable.getTo() instanceof NicEnd b && a.getNic() == b.getNic()
					&& a.getNic() != null && !a.getNic().eIsProxy()) {
				error("a cable cannot join " + KindWords.named(a.getNic()) + " to itself", cable,
						HvnetPackage.Literals.CABLE__TO, IssueCodes.CABLE_ENDS);
				continue;
			}
			if (cable.getFrom() instanceof PortEnd a && cable.getTo() instanceof PortEnd b
					&& a.getSwitch() == b.getSwitch() && a.getPort() == b.getPort()) {
				error("a cable cannot join port " + a.getPort() + " to itself", cable, HvnetPackage.Literals.CABLE__TO,
						IssueCodes.CABLE_ENDS);
			}
			for (CableEnd end : new CableEnd[] { cable.getFrom(), cable.getTo() }) {
				if (end instanceof PortEnd p && p.getSwitch() != null && !p.getSwitch().eIsProxy()) {
					PhysicalSwitch s = p.getSwitch();
					cableCount.merge(s, 1, Integer::sum);
					if (p.getPort() < 1 || p.getPort() > s.getPorts()) {
						error(KindWords.named(s) + " has ports 1 to " + s.getPorts() + ", there is no port "
								+ p.getPort(), p, HvnetPackage.Literals.PORT_END__PORT, IssueCodes.PORT_OUT_OF_RANGE);
					} else if (!usedPorts.computeIfAbsent(s, k -> new HashSet<>()).add(p.getPort())) {
						error("port " + p.getPort() + " of " + KindWords.named(s) + " already has a cable", p,
								HvnetPackage.Literals.PORT_END__PORT, IssueCodes.PORT_CABLED_TWICE);
					}
				} else if (end instanceof NicEnd n && n.getNic() != null && !n.getNic().eIsProxy()
						&& !cabledNics.add(n.getNic())) {
					error(KindWords.named(n.getNic()) + " already has a cable", n, HvnetPackage.Literals.NIC_END__NIC,
							IssueCodes.NIC_CABLED_TWICE);
				}
			}
		}
		for (Element e : network.getElements()) {
			if (e instanceof PhysicalSwitch s && cableCount.getOrDefault(s, 0) > s.getPorts()) {
				error(KindWords.named(s) + " has " + s.getPorts() + " ports but " + cableCount.get(s)
						+ " cables", s, HvnetPackage.Literals.PHYSICAL_SWITCH__PORTS, IssueCodes.TOO_MANY_CABLES);
			}
			for (PhysicalNic nic : nicsOf(e)) {
				boolean carriesTraffic = nic.getAddress() != null || Topology.externalSwitchOf(nic) != null;
				if (carriesTraffic && !cabledNics.contains(nic)) {
					info(KindWords.named(nic) + " has no cable: nothing it sends leaves the machine", nic,
							HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.NIC_NOT_CABLED);
				}
			}
		}
	}

	private static final String NO_SPANNING_TREE = "a layer-2 loop (unmanaged switches and Hyper-V switches run no"
			+ " spanning tree); frames will circle until the switches melt";

	/**
	 * Switch-to-switch cables that close a loop. Only physical switches can: hvnet's are unmanaged, so nothing blocks
	 * the second path (spanning tree, IEEE 802.1D, runs on managed switches only), and every broadcast circles and,
	 * with three paths or more, multiplies (a broadcast storm; the simulator stops one and says so). A Hyper-V host
	 * cannot close a loop in this model: a virtual switch has one external port and never sends a frame from it back
	 * out of it (../shared/notes/semantics.md), two external switches of one host are not joined to each other, and
	 * neither the management OS nor a VM bridges its adapters (its IP stack answers, it does not forward frames).
	 */
	@Check
	public void loops(Network network) {
		// parallel cables per pair of switches, in the order they are written
		Map<Set<PhysicalSwitch>, List<Cable>> byPair = new LinkedHashMap<>();
		for (Element e : network.getElements()) {
			if (e instanceof Cable cable && cable.getFrom() instanceof PortEnd a && cable.getTo() instanceof PortEnd b
					&& a.getSwitch() != null && !a.getSwitch().eIsProxy() && b.getSwitch() != null
					&& !b.getSwitch().eIsProxy() && !(a.getSwitch() == b.getSwitch() && a.getPort() == b.getPort())) {
				Set<PhysicalSwitch> pair = a.getSwitch() == b.getSwitch() ? Set.of(a.getSwitch())
						: Set.of(a.getSwitch(), b.getSwitch());
				byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(cable);
			}
		}
		Map<PhysicalSwitch, List<PhysicalSwitch>> tree = new HashMap<>();
		for (Map.Entry<Set<PhysicalSwitch>, List<Cable>> pair : byPair.entrySet()) {
			List<Cable> cables = pair.getValue();
			PortEnd from = (PortEnd) cables.get(0).getFrom();
			PortEnd to = (PortEnd) cables.get(0).getTo();
			PhysicalSwitch a = from.getSwitch();
			PhysicalSwitch b = to.getSwitch();
			if (a == b) {
				warning((cables.size() == 1 ? "this cable joins two ports" : cables.size() + " cables (" + lines(cables)
						+ ") join ports") + " of " + a.getName() + ": " + NO_SPANNING_TREE + ". Remove "
						+ (cables.size() == 1 ? "it." : "them."), cables.get(0), null, IssueCodes.CABLE_LOOP);
				continue;
			}
			if (cables.size() > 1) {
				// one problem, one warning: on the first cable too many, the message lists them all
				warning(a.getName() + " and " + b.getName() + " are joined by " + cables.size() + " cables ("
						+ lines(cables) + "): " + NO_SPANNING_TREE + ". Keep one cable.", cables.get(1), null,
						IssueCodes.CABLE_LOOP);
			}
			List<PhysicalSwitch> ring = path(tree, a, b);
			if (ring != null) {
				StringJoiner names = new StringJoiner(", ");
				ring.forEach(s -> names.add(s.getName()));
				warning("this cable closes a ring of switches " + names + " (back to " + a.getName() + "): "
						+ NO_SPANNING_TREE + ". Remove one cable of the ring.", cables.get(0), null,
						IssueCodes.CABLE_LOOP);
			} else {
				tree.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
				tree.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
			}
		}
	}

	/** The switches from {@code a} to {@code b} over the cables kept so far (a forest), or null when not joined. */
	private static List<PhysicalSwitch> path(Map<PhysicalSwitch, List<PhysicalSwitch>> tree, PhysicalSwitch a,
			PhysicalSwitch b) {
		Map<PhysicalSwitch, PhysicalSwitch> cameFrom = new HashMap<>();
		ArrayDeque<PhysicalSwitch> todo = new ArrayDeque<>();
		cameFrom.put(a, a);
		todo.add(a);
		while (!todo.isEmpty()) {
			PhysicalSwitch s = todo.poll();
			if (s == b) {
				List<PhysicalSwitch> result = new ArrayList<>();
				for (PhysicalSwitch p = b; p != a; p = cameFrom.get(p)) {
					result.add(0, p);
				}
				result.add(0, a);
				return result;
			}
			for (PhysicalSwitch next : tree.getOrDefault(s, List.of())) {
				if (cameFrom.putIfAbsent(next, s) == null) {
					todo.add(next);
				}
			}
		}
		return null;
	}

	private static String lines(List<Cable> cables) {
		StringJoiner lines = new StringJoiner(", ", cables.size() == 1 ? "line " : "lines ", "");
		for (Cable c : cables) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(c);
			lines.add(node == null ? "?" : String.valueOf(node.getStartLine()));
		}
		return lines.toString();
	}

	private static Iterable<PhysicalNic> nicsOf(EObject e) {
		if (e instanceof Host h) {
			return h.getNics();
		}
		if (e instanceof Server s) {
			return s.getNics();
		}
		return java.util.List.of();
	}
}
