package io.hvnet.dsl.model;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.Element;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.SubInterface;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;

/**
 * Layer-2 segments, as far as the model tells them without simulating: the physical world joined by cables (NICs
 * and physical switches, union-find), an external switch belongs to its NIC's physical segment (a SET team joins
 * its members' segments), an internal or
 * private switch is a segment of its own; each of them split by VLAN.
 */
public final class Segments {

	private final Map<EObject, EObject> parent = new IdentityHashMap<>();
	private final Map<EObject, Integer> ids = new IdentityHashMap<>();

	private Segments() {
	}

	public static Segments of(Network network) {
		Segments s = new Segments();
		for (Element e : network.getElements()) {
			if (e instanceof Cable c) {
				EObject a = node(c.getFrom());
				EObject b = node(c.getTo());
				if (a != null && b != null) {
					s.union(a, b);
				}
			}
			// a SET team's members reach one network (Microsoft: members on different switches share a subnet)
			if (e instanceof Host h) {
				for (VirtualSwitch vswitch : h.getSwitches()) {
					if (vswitch.getType() == SwitchType.EXTERNAL) {
						Teams.members(vswitch).forEach(m -> s.union(m, Teams.firstMember(vswitch)));
					}
				}
			}
		}
		return s;
	}

	private static EObject node(CableEnd end) {
		if (end instanceof NicEnd n) {
			return n.getNic();
		}
		if (end instanceof PortEnd p) {
			return p.getSwitch();
		}
		return null;
	}

	/** {@link #of(Adapter)} for a router's 802.1Q sub-interface: its interface's segment, in the sub-interface's VLAN. */
	public String of(SubInterface sub) {
		return "p" + id(find((PhysicalNic) sub.eContainer())) + ":" + sub.getVlan();
	}

	/** A key equal for two adapters exactly when they share a segment and the VLAN of their own traffic. */
	public String of(Adapter adapter) {
		VirtualSwitch s = Topology.switchOf(adapter);
		if (adapter instanceof PhysicalNic nic) {
			return "p" + id(find(nic)) + ":" + Vlans.of(nic).domainVlan();
		}
		if (s == null) {
			return "a" + id(adapter);
		}
		if (s.getType() == SwitchType.EXTERNAL && Teams.firstMember(s) != null) {
			return "p" + id(find(Teams.firstMember(s))) + ":" + Vlans.of(adapter).domainVlan();
		}
		return "v" + id(s) + ":" + Vlans.of(adapter).domainVlan();
	}

	private int id(EObject o) {
		return ids.computeIfAbsent(o, k -> ids.size());
	}

	private EObject find(EObject o) {
		EObject p = parent.getOrDefault(o, o);
		if (p == o) {
			return o;
		}
		EObject root = find(p);
		parent.put(o, root);
		return root;
	}

	private void union(EObject a, EObject b) {
		EObject ra = find(a);
		EObject rb = find(b);
		if (ra != rb) {
			parent.put(ra, rb);
		}
	}
}
