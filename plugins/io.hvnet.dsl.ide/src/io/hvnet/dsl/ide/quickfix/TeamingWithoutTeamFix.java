package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.VirtualSwitch;

/** HVN050: 'teaming' on an internal or private switch, which has no NICs to team; the one fix is to drop it. */
final class TeamingWithoutTeamFix implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		if (!(element instanceof VirtualSwitch s) || s.getLoadBalancing() == null) {
			return List.of();
		}
		return List.of(new ModelFix("Remove 'teaming " + s.getLoadBalancing() + "' from " + s.getName()
				+ " (only an external switch has a team)",
				e -> e.eUnset(HvnetPackage.Literals.VIRTUAL_SWITCH__LOAD_BALANCING)));
	}
}
