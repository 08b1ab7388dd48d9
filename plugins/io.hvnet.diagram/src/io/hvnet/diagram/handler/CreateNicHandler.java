package io.hvnet.diagram.handler;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.Server;

/** A physical NIC in the host or server it was dropped on. */
public class CreateNicHandler extends CreateNodeHandler {

	private static final String WHERE = "a physical NIC goes into a host or a server";

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.NIC);
	}

	@Override
	protected void create(EditContext c, String type, String containerId) {
		PhysicalNic nic = MAKE.createPhysicalNic();
		EObject owner = DropTarget.hostOrServer(c, containerId, WHERE);
		if (owner instanceof Host host) {
			nic.setName(NewNames.next("NIC", host.getNics()));
			host.getNics().add(nic);
		} else if (owner instanceof Server server) {
			nic.setName(NewNames.next("NIC", server.getNics()));
			server.getNics().add(nic);
		} else {
			throw new EditRefused(WHERE);
		}
	}
}
