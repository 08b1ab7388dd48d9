package io.hvnet.diagram.handler;

import java.util.List;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.PortMode;

/**
 * A new physical switch: unmanaged with 8 ports, or managed as a top-of-rack switch ships (48 ports, every port an
 * access port of VLAN 1, written as {@code default access 1} so that the port lines have a place to go).
 */
public class CreatePhysicalSwitchHandler extends CreateNodeHandler {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.PHYSICAL_SWITCH, DiagramTypes.MANAGED_PHYSICAL_SWITCH);
	}

	@Override
	protected void create(EditContext c, String type, String containerId) {
		PhysicalSwitch s = MAKE.createPhysicalSwitch();
		if (DiagramTypes.MANAGED_PHYSICAL_SWITCH.equals(type)) {
			s.setName(NewNames.next("ToR", c.network().getElements()));
			s.setPorts(48);
			s.setManaged(true);
			PortMode access1 = MAKE.createPortMode();
			access1.setVlan(1);
			s.setDefaultMode(access1);
		} else {
			s.setName(NewNames.next("PSW", c.network().getElements()));
			s.setPorts(8);
		}
		insertBeforeWiring(c.network(), s);
	}
}
