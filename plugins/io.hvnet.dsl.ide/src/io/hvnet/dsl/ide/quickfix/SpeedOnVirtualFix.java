package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HvnetPackage;

/** HVN037: a link speed on a virtual adapter; only a physical NIC has one. */
final class SpeedOnVirtualFix implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		if (!(element instanceof Adapter adapter) || !adapter.eIsSet(HvnetPackage.Literals.ADAPTER__SPEED_UNIT)) {
			return List.of();
		}
		return List.of(new ModelFix("Remove the link speed (only a physical NIC has one)", e -> {
			e.eUnset(HvnetPackage.Literals.ADAPTER__SPEED);
			e.eUnset(HvnetPackage.Literals.ADAPTER__SPEED_UNIT);
		}));
	}
}
