package io.hvnet.diagram.handler;

import java.util.List;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.dsl.hvnet.PhysicalSwitch;

/** A new physical switch with 8 ports. */
public class CreatePhysicalSwitchHandler extends CreateNodeHandler {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.PHYSICAL_SWITCH);
	}

	@Override
	protected void create(EditContext c, String type, String containerId) {
		PhysicalSwitch s = MAKE.createPhysicalSwitch();
		s.setName(NewNames.next("PSW", c.network().getElements()));
		s.setPorts(8);
		insertBeforeWiring(c.network(), s);
	}
}
