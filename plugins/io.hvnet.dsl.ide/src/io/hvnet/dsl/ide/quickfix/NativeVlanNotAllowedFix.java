package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.VlanIdRange;

/** HVN048: a trunk's native VLAN missing from its allowed list; it goes into the list in ascending place. */
final class NativeVlanNotAllowedFix implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		if (!(element instanceof Adapter adapter) || !adapter.isTrunk() || adapter.getVlan() <= 0) {
			return List.of();
		}
		int nativeVlan = adapter.getVlan();
		return List.of(new ModelFix("Allow native VLAN " + nativeVlan + " on the trunk", e -> {
			List<VlanIdRange> list = ((Adapter) e).getTrunkVlans();
			VlanIdRange id = HvnetFactory.eINSTANCE.createVlanIdRange();
			id.setFirst(nativeVlan);
			int at = 0;
			while (at < list.size() && list.get(at).getFirst() < nativeVlan) {
				at++;
			}
			list.add(at, id);
		}));
	}
}
