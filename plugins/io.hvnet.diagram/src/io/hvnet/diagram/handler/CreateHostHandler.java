package io.hvnet.diagram.handler;

import java.util.List;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.dsl.hvnet.Host;

/** A new Hyper-V host, named HV1, HV2, … */
public class CreateHostHandler extends CreateNodeHandler {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.HOST);
	}

	@Override
	protected void create(EditContext c, String type, String containerId) {
		Host host = MAKE.createHost();
		host.setName(NewNames.next("HV", c.network().getElements()));
		insertBeforeWiring(c.network(), host);
	}
}
