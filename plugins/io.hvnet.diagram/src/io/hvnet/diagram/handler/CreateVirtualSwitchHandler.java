package io.hvnet.diagram.handler;

import java.util.List;
import java.util.Map;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.model.edit.ExternalUplink;
import io.hvnet.dsl.model.edit.ManagementVnic;

/**
 * An external, internal or private virtual switch in the host it was dropped on. It does what Hyper-V Manager
 * does: the parent partition gets a host vNIC on an external or internal switch ({@link ManagementVnic}), and an
 * external switch takes a free physical NIC of the host ({@link ExternalUplink}).
 */
public class CreateVirtualSwitchHandler extends CreateNodeHandler {

	private static final Map<String, SwitchType> TYPES = Map.of(DiagramTypes.EXTERNAL_SWITCH, SwitchType.EXTERNAL,
			DiagramTypes.INTERNAL_SWITCH, SwitchType.INTERNAL, DiagramTypes.PRIVATE_SWITCH, SwitchType.PRIVATE);
	private static final Map<SwitchType, String> NAME_PREFIXES = Map.of(SwitchType.EXTERNAL, "External",
			SwitchType.INTERNAL, "Internal", SwitchType.PRIVATE, "Private");

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.EXTERNAL_SWITCH, DiagramTypes.INTERNAL_SWITCH, DiagramTypes.PRIVATE_SWITCH);
	}

	@Override
	protected void create(EditContext c, String type, String containerId) {
		Host host = DropTarget.host(c, containerId);
		SwitchType switchType = TYPES.get(type);
		VirtualSwitch s = MAKE.createVirtualSwitch();
		s.setType(switchType);
		s.setName(NewNames.next(NAME_PREFIXES.get(switchType), host.getSwitches()));
		host.getSwitches().add(s);
		if (switchType == SwitchType.PRIVATE) {
			return;
		}
		// Hyper-V Manager's default: the management OS shares a new external or internal switch
		ManagementVnic.ensure(s);
		if (switchType == SwitchType.EXTERNAL) {
			PhysicalNic nic = host.getNics().stream().filter(n -> Topology.externalSwitchOf(n) == null).findFirst()
					.orElseThrow(() -> new EditRefused("an external switch needs a physical NIC of " + host.getName()
							+ " that no other external switch took; add a NIC first"));
			ExternalUplink.take(s, nic);
		}
	}
}
