package io.hvnet.diagram.handler;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.PhysicalPorts;
import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.model.Vlans;
import io.hvnet.dsl.model.edit.ExternalUplink;
import io.hvnet.dsl.model.edit.Unplug;
import io.hvnet.dsl.model.edit.VlanSetting;
import io.hvnet.dsl.validation.NumberRanges;

/**
 * The one table of what the diagram edits: the server's change-property operation writes through it and the Eclipse
 * Properties view lists and reads through it, so a key, the kinds it applies to and its range are written once.
 */
public final class EditableProperties {

	public static final List<EditableProperty<?>> ALL = List.of(
			new EditableProperty<>("type", VirtualSwitch.class, s -> s.getType().getLiteral(), EditableProperties::setType),
			new EditableProperty<>("teaming", VirtualSwitch.class,
					s -> Teams.isTeam(s) ? Teams.loadBalancing(s).word() : "", EditableProperties::setTeaming),
			new EditableProperty<>("ports", PhysicalSwitch.class, s -> Integer.toString(s.getPorts()), (s, value) -> {
				if (value.isEmpty()) {
					throw new EditRefused("a physical switch needs its number of ports");
				}
				s.setPorts(number(value, "ports", NumberRanges.MIN_PORTS, NumberRanges.MAX_PORTS));
			}),
			new EditableProperty<>("default port mode", PhysicalSwitch.class, EditableProperties::defaultPortMode,
					EditableProperties::setDefaultPortMode),
			new EditableProperty<>("ip", Adapter.class, a -> orEmpty(a.getAddress()),
					(a, value) -> a.setAddress(value.isEmpty() ? null : value)),
			new EditableProperty<>("gateway", Adapter.class, a -> orEmpty(a.getGateway()),
					(a, value) -> a.setGateway(value.isEmpty() ? null : value)),
			new EditableProperty<>("vlan", Adapter.class, Vlans::describe, EditableProperties::setVlan),
			new EditableProperty<>("team member", SwitchPort.class,
					p -> p.getTeamMember() == null ? "" : p.getTeamMember().getName(), EditableProperties::setTeamMember),
			new EditableProperty<>("metric", Adapter.class, a -> a.getMetric() == 0 ? "" : Integer.toString(a.getMetric()),
					(a, value) -> a.setMetric(number(value, "metric", 0, NumberRanges.MAX_METRIC))),
			new EditableProperty<>("bindings", Adapter.class, a -> String.join(", ", Bindings.effective(a)), (a, value) -> {
				a.getBindings().clear();
				Arrays.stream(value.split("[,\\s]+")).filter(b -> !b.isEmpty()).forEach(a.getBindings()::add);
			}));

	private EditableProperties() {
	}

	/** The editable properties of an element and their values, in the table's order. */
	public static Map<String, String> valuesOf(EObject element) {
		Map<String, String> values = new LinkedHashMap<>();
		for (EditableProperty<?> p : ALL) {
			if (p.appliesTo(element)) {
				values.put(p.key(), p.read(element));
			}
		}
		return values;
	}

	/** The property of that key; refused when there is none. */
	public static EditableProperty<?> named(String key) {
		return ALL.stream().filter(p -> p.key().equals(key)).findFirst()
				.orElseThrow(() -> new EditRefused("no property '" + key + "' here"));
	}

	private static void setType(VirtualSwitch s, String value) {
		SwitchType type = SwitchType.get(value);
		if (type == null) {
			throw new EditRefused("a virtual switch is external, internal or private, not '" + value + "'");
		}
		VirtualSwitch inModel = type == SwitchType.EXTERNAL ? s : ExternalUplink.release(s); // the NIC's IP comes back
		inModel.setType(type);
		if (type != SwitchType.EXTERNAL) {
			inModel.eUnset(HvnetPackage.Literals.VIRTUAL_SWITCH__LOAD_BALANCING); // only an external switch has a team
		}
	}

	/** The SET team's load-balancing algorithm; empty: none written (a team of two or more then has the default). */
	private static void setTeaming(VirtualSwitch s, String value) {
		if (value.isEmpty()) {
			s.eUnset(HvnetPackage.Literals.VIRTUAL_SWITCH__LOAD_BALANCING);
			return;
		}
		Teams.LoadBalancing algorithm = Teams.LoadBalancing.of(value);
		if (algorithm == null) {
			throw new EditRefused("a SET team balances its load by 'hyperv-port' or 'dynamic', not '" + value + "'");
		}
		if (s.getType() != SwitchType.EXTERNAL) {
			throw new EditRefused("only an external switch has a SET team; " + s.getName() + " is "
					+ s.getType().getLiteral());
		}
		s.setLoadBalancing(algorithm.word());
	}

	/**
	 * The SET team member a host vNIC or VM adapter is pinned to (Set-VMNetworkAdapterTeamMapping); empty: none, the
	 * switch chooses. Only a member of the port's own switch's team can be named (HVN052, HVN053).
	 */
	private static void setTeamMember(SwitchPort port, String value) {
		if (value.isBlank()) {
			Unplug.clear(port, HvnetPackage.Literals.ADAPTER__TEAM_MEMBER); // Xtext cannot record a reference set to nothing
			return;
		}
		VirtualSwitch vswitch = Topology.switchOf(port);
		if (vswitch == null || !Teams.isTeam(vswitch)) {
			throw new EditRefused(port.getName() + " is not on a switch with a SET team: there is no member to map it to");
		}
		PhysicalNic member = Teams.members(vswitch).stream().filter(n -> n.getName().equals(value.trim())).findFirst()
				.orElseThrow(() -> new EditRefused("the team of " + vswitch.getName() + " has "
						+ String.join(", ", Teams.members(vswitch).stream().map(PhysicalNic::getName).toList())
						+ ", not '" + value.trim() + "'"));
		port.setTeamMember(member);
	}

	/** Empty for an unmanaged switch; a managed one's 'default' (access 1 when it writes none). */
	private static String defaultPortMode(PhysicalSwitch s) {
		if (!s.isManaged()) {
			return "";
		}
		return PhysicalPorts.describe(s.getDefaultMode() == null ? VlanMembership.access(PhysicalPorts.FACTORY_VLAN)
				: Vlans.of(s.getDefaultMode()));
	}

	/** Empty drops 'default' (and the block, when no port line is left: the switch is unmanaged again). */
	private static void setDefaultPortMode(PhysicalSwitch s, String value) {
		if (value.isBlank()) {
			s.setDefaultMode(null);
			s.setManaged(!s.getPortModes().isEmpty());
			return;
		}
		s.setDefaultMode(PortModeText.parse(value));
		s.setManaged(true);
	}

	/** What describe shows is what may be written: {@code 10}, {@code trunk 10, 20 native 1}, a private VLAN. */
	private static void setVlan(Adapter adapter, String value) {
		if (adapter instanceof PhysicalNic && !value.isBlank() && !value.trim().matches("(access\\s+)?[0-9]+")) {
			throw new EditRefused("a physical NIC has one VLAN, its driver's VLAN ID (a number): trunk and private "
					+ "VLAN modes belong to a virtual switch port");
		}
		try {
			VlanSetting.set(adapter, value);
		} catch (VlanSetting.Refused e) {
			throw new EditRefused("vlan: " + e.getMessage());
		}
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	/** Refused outside min..max: the text must not get a number the language rejects (or that would not fit). */
	private static int number(String value, String property, int min, int max) {
		if (value.isEmpty()) {
			return 0;
		}
		long number;
		try {
			number = Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new EditRefused(property + " is a number, not '" + value + "'");
		}
		if (number < min || number > max) {
			throw new EditRefused(property + " is " + min + " to " + max + ", not " + value);
		}
		return (int) number;
	}
}
