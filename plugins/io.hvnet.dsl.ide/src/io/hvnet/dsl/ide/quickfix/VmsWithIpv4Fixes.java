package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.model.Bindings;

/** HVN005: 'vms' and 'ipv4' on one NIC; keep one of them (no binding left means the fresh ones). */
final class VmsWithIpv4Fixes implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		if (!(element instanceof PhysicalNic nic) || nic.getBindings().isEmpty()) {
			return List.of();
		}
		return List.of(new ModelFix("Bind " + nic.getName() + " to 'vms' only (it serves a virtual switch)",
				e -> ((PhysicalNic) e).getBindings().removeIf(b -> !b.equals(Bindings.VMS))),
				new ModelFix("Unbind 'vms' from " + nic.getName() + " (it carries the host's IP)",
						e -> ((PhysicalNic) e).getBindings().removeIf(Bindings.VMS::equals)));
	}
}
