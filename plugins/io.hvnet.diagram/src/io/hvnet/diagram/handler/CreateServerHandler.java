package io.hvnet.diagram.handler;

import java.util.List;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.Server;

/** A new server, with the one NIC it needs to be cabled. */
public class CreateServerHandler extends CreateNodeHandler {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.SERVER);
	}

	@Override
	protected void create(EditContext c, String type, String containerId) {
		Server server = MAKE.createServer();
		server.setName(NewNames.next("Server", c.network().getElements()));
		PhysicalNic nic = MAKE.createPhysicalNic();
		nic.setName("NIC1");
		server.getNics().add(nic);
		insertBeforeWiring(c.network(), server);
	}
}
