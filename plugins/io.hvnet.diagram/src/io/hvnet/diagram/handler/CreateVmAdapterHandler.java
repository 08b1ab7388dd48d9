package io.hvnet.diagram.handler;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.dsl.hvnet.AdapterKind;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VmAdapter;

/** A synthetic network adapter in the VM it was dropped on (or on something inside that VM). */
public class CreateVmAdapterHandler extends CreateNodeHandler {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.VM_ADAPTER);
	}

	@Override
	protected void create(EditContext c, String type, String containerId) {
		EObject target = containerId == null ? null : c.find(containerId);
		VirtualMachine vm = target == null ? null : EcoreUtil2.getContainerOfType(target, VirtualMachine.class);
		if (vm == null) {
			throw new EditRefused("a VM network adapter goes into a VM");
		}
		VmAdapter adapter = MAKE.createVmAdapter();
		adapter.setKind(AdapterKind.SYNTHETIC);
		adapter.setName(NewNames.next("Net", vm.getAdapters()));
		vm.getAdapters().add(adapter);
	}
}
