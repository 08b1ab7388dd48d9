package io.hvnet.sim.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.model.Cabling;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Teams;
import io.hvnet.sim.net.Port;

/**
 * The cables a scenario unplugged and the adapters it disabled, applied to the compiled network: a link is down
 * while its cable is unplugged or an adapter at either end is disabled (Disable-NetAdapter takes the adapter's link
 * down), and a SET team member whose link is down loses its ports to the members whose link is up
 * ({@link Teams#affinitized}). Every link starts up; {@link #reset} brings them back.
 */
public final class Failures {

	/** A physical cable between two ports, and the NICs at its ends (none at a switch port). */
	record CableLink(Cable cable, Port a, Port b, List<PhysicalNic> nics) {
	}

	/** The virtual link between a host vNIC or VM adapter and its switch port. */
	record AdapterLink(Adapter adapter, Port adapterSide) {
	}

	/** A virtual switch port on an external switch, and the external port of each member of its switch. */
	record TeamPort(SwitchPort adapter, Port port, Map<PhysicalNic, Port> members) {
	}

	private final List<CableLink> cables = new ArrayList<>();
	private final List<AdapterLink> adapterLinks = new ArrayList<>();
	private final List<TeamPort> teamPorts = new ArrayList<>();
	private final Set<PhysicalNic> cabled;
	private final Set<Cable> unplugged = new LinkedHashSet<>();
	private final Set<Adapter> disabled = new LinkedHashSet<>();

	Failures(Set<PhysicalNic> cabled) {
		this.cabled = cabled;
	}

	void cable(Cable cable, Port a, Port b) {
		List<PhysicalNic> nics = new ArrayList<>();
		for (CableEnd end : List.of(cable.getFrom(), cable.getTo())) {
			if (end instanceof NicEnd n && n.getNic() != null) {
				nics.add(n.getNic());
			}
		}
		cables.add(new CableLink(cable, a, b, nics));
	}

	void adapter(Adapter adapter, Port adapterSide) {
		adapterLinks.add(new AdapterLink(adapter, adapterSide));
	}

	void teamPort(SwitchPort adapter, Port port, Map<PhysicalNic, Port> members) {
		if (members.size() > 1) {
			teamPorts.add(new TeamPort(adapter, port, members));
		}
	}

	/** Pulls the cable; false when it was not plugged in (or is not in this network). */
	public boolean unplug(Cable cable) {
		return unplugged.add(cable) && apply();
	}

	public boolean plug(Cable cable) {
		return unplugged.remove(cable) && apply();
	}

	public boolean disable(Adapter adapter) {
		return disabled.add(adapter) && apply();
	}

	public boolean enable(Adapter adapter) {
		return disabled.remove(adapter) && apply();
	}

	/** The cables unplugged now, in the order they were pulled. */
	public List<Cable> unplugged() {
		return List.copyOf(unplugged);
	}

	/** The adapters disabled now, in the order they were disabled. */
	public List<Adapter> disabled() {
		return List.copyOf(disabled);
	}

	/** Every cable plugged in and every adapter enabled again, as the network was built. */
	public void reset() {
		if (!unplugged.isEmpty() || !disabled.isEmpty()) {
			unplugged.clear();
			disabled.clear();
			apply();
		}
	}

	/** Brings every link to the state the sets say, then moves team ports off members without a link. */
	private boolean apply() {
		for (CableLink link : cables) {
			link.a().link(whyDown(link));
		}
		for (AdapterLink link : adapterLinks) {
			link.adapterSide().link(disabled.contains(link.adapter()) ? disabledWords(link.adapter()) : null);
		}
		for (TeamPort t : teamPorts) {
			PhysicalNic member = Teams.affinitized(t.adapter(), this::linkUp);
			t.port().affinitize(t.members().get(member));
		}
		return true;
	}

	private String whyDown(CableLink link) {
		if (unplugged.contains(link.cable())) {
			return "cable " + Cabling.describe(link.cable()) + " is unplugged";
		}
		for (PhysicalNic nic : link.nics()) {
			if (disabled.contains(nic)) {
				return disabledWords(nic);
			}
		}
		return null;
	}

	private static String disabledWords(Adapter adapter) {
		return Names.of(adapter) + " is disabled";
	}

	/** A team member's link: it has a cable, plugged in, and it is not disabled. */
	private boolean linkUp(PhysicalNic nic) {
		if (!cabled.contains(nic) || disabled.contains(nic)) {
			return false;
		}
		for (CableLink link : cables) {
			if (link.nics().contains(nic)) {
				return !unplugged.contains(link.cable());
			}
		}
		return true;
	}
}
