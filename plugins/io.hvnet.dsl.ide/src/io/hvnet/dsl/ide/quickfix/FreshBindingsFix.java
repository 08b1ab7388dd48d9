package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.PhysicalNic;

/** HVN007: 'vms' bound but no external switch takes the NIC; without written bindings the fresh ones apply. */
final class FreshBindingsFix implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		if (!(element instanceof PhysicalNic nic) || nic.getBindings().isEmpty()) {
			return List.of();
		}
		return List.of(new ModelFix("Restore the fresh bindings of " + nic.getName() + " (remove 'bindings')",
				e -> ((PhysicalNic) e).getBindings().clear()));
	}
}
