package io.hvnet.diagram.handler;

import java.util.List;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.VirtualMachine;

/** A virtual machine in the host it was dropped on. */
public class CreateVmHandler extends CreateNodeHandler {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.VM);
	}

	@Override
	protected void create(EditContext c, String type, String containerId) {
		Host host = DropTarget.host(c, containerId);
		VirtualMachine vm = MAKE.createVirtualMachine();
		vm.setName(NewNames.next("VM", host.getVms()));
		host.getVms().add(vm);
	}
}
