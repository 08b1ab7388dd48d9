package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.SwitchType;

/** HVN013: a host vNIC on a private switch; make the switch internal, or remove the host vNIC. */
final class HostVnicOnPrivateFixes implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		if (!(element instanceof HostVnic vnic) || vnic.getSwitch() == null) {
			return List.of();
		}
		String switchName = vnic.getSwitch().getName();
		return List.of(new ModelFix("Make " + switchName + " internal (host and VMs share it)",
				e -> ((HostVnic) e).getSwitch().setType(SwitchType.INTERNAL)),
				new ModelFix("Remove host vNIC " + vnic.getName(), EcoreUtil::remove));
	}
}
