package io.hvnet.dsl.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
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
import io.hvnet.dsl.model.Topology;

/** Cables and physical switch ports: a fixed number of ports, one cable per port and per NIC. */
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
			if (cable.getFrom() instanceof NicEnd && cable.getTo() instanceof NicEnd) {
				error("a cable joins a NIC to a physical switch port (or two switch ports), not two NICs", cable,
						HvnetPackage.Literals.CABLE__TO, IssueCodes.CABLE_ENDS);
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
						error("switch " + s.getName() + " has ports 1 to " + s.getPorts() + ", there is no port "
								+ p.getPort(), p, HvnetPackage.Literals.PORT_END__PORT, IssueCodes.PORT_OUT_OF_RANGE);
					} else if (!usedPorts.computeIfAbsent(s, k -> new HashSet<>()).add(p.getPort())) {
						error("port " + p.getPort() + " of switch " + s.getName() + " already has a cable", p,
								HvnetPackage.Literals.PORT_END__PORT, IssueCodes.PORT_CABLED_TWICE);
					}
				} else if (end instanceof NicEnd n && n.getNic() != null && !n.getNic().eIsProxy()
						&& !cabledNics.add(n.getNic())) {
					error("NIC " + n.getNic().getName() + " already has a cable", n, HvnetPackage.Literals.NIC_END__NIC,
							IssueCodes.NIC_CABLED_TWICE);
				}
			}
		}
		for (Element e : network.getElements()) {
			if (e instanceof PhysicalSwitch s && cableCount.getOrDefault(s, 0) > s.getPorts()) {
				error("switch " + s.getName() + " has " + s.getPorts() + " ports but " + cableCount.get(s)
						+ " cables", s, HvnetPackage.Literals.PHYSICAL_SWITCH__PORTS, IssueCodes.TOO_MANY_CABLES);
			}
			for (PhysicalNic nic : nicsOf(e)) {
				boolean carriesTraffic = nic.getAddress() != null || Topology.externalSwitchOf(nic) != null;
				if (carriesTraffic && !cabledNics.contains(nic)) {
					info("NIC " + nic.getName() + " has no cable: nothing it sends leaves the machine", nic,
							HvnetPackage.Literals.NETWORK_NODE__NAME, IssueCodes.NIC_NOT_CABLED);
				}
			}
		}
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
