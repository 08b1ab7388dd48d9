package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;

/** HVN032: an interface address without its prefix length; the usual /24. */
final class PrefixLengthFix implements FixFamily {

	@Override
	public List<ModelFix> offer(EObject element) {
		if (!(element instanceof Adapter adapter) || adapter.getAddress() == null) {
			return List.of();
		}
		return List.of(new ModelFix("Add the prefix length /24", e -> {
			Adapter fixed = (Adapter) e;
			fixed.setAddress(fixed.getAddress() + "/24");
		}));
	}
}
