package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.edit.ManagementVnic;

/** HVN011/HVN012: an external or internal switch the management OS does not share; give it the host vNIC. */
final class MissingHostVnicFix implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		if (!(element instanceof VirtualSwitch s)) {
			return List.of();
		}
		return List.of(new ModelFix("Add a host vNIC on " + s.getName() + " to the parent partition",
				e -> ManagementVnic.ensure((VirtualSwitch) e)));
	}
}
