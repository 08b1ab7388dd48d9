package io.hvnet.diagram.handler;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.edit.ManagementVnic;

/**
 * A host vNIC of the management OS on the virtual switch it was dropped on (Add-VMNetworkAdapter -ManagementOS
 * -SwitchName), or on the one external or internal switch of the host it was dropped on. A private switch has none:
 * it connects VMs only ("Create and configure a virtual switch with Hyper-V",
 * https://learn.microsoft.com/windows-server/virtualization/hyper-v/get-started/create-a-virtual-switch-for-hyper-v-virtual-machines).
 */
public class CreateHostVnicHandler extends CreateNodeHandler {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.HOST_VNIC);
	}

	@Override
	protected void create(EditContext c, String type, String containerId) {
		VirtualSwitch target = switchDroppedOn(c, containerId);
		if (target.getType() == SwitchType.PRIVATE) {
			throw new EditRefused("a private switch connects VMs only; the management OS gets no host vNIC on "
					+ target.getName());
		}
		ManagementVnic.add(target);
	}

	private static VirtualSwitch switchDroppedOn(EditContext c, String containerId) {
		for (EObject e = containerId == null ? null : c.elements().owner(containerId); e != null; e = e.eContainer()) {
			if (e instanceof VirtualSwitch s) {
				return s;
			}
		}
		Host host = DropTarget.host(c, containerId);
		List<VirtualSwitch> shared = host.getSwitches().stream().filter(s -> s.getType() != SwitchType.PRIVATE)
				.toList();
		if (shared.size() != 1) {
			throw new EditRefused("drop a host vNIC onto the external or internal switch of " + host.getName()
					+ " it plugs into");
		}
		return shared.get(0);
	}
}
