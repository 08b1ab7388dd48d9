package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.edit.ExternalUplink;

/** HVN002: an internal or private switch written with 'on NIC'; make it external (it takes the NIC), or drop 'on'. */
final class UplinkOfNonExternalFixes implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		if (!(element instanceof VirtualSwitch s) || Teams.members(s).isEmpty()) {
			return List.of();
		}
		return List.of(new ModelFix("Make " + s.getName() + " external (it then takes the NICs)", e -> {
			VirtualSwitch vswitch = (VirtualSwitch) e;
			vswitch.setType(SwitchType.EXTERNAL);
			List.copyOf(Teams.members(vswitch)).forEach(nic -> ExternalUplink.take(vswitch, nic));
		}), new ModelFix("Remove 'on' from " + s.getName() + " (only an external switch takes a NIC)",
				e -> ExternalUplink.release((VirtualSwitch) e)));
	}
}
