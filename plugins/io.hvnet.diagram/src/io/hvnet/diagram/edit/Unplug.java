package io.hvnet.diagram.edit;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Clears an optional cross-reference (an adapter's switch, an external switch's NIC). Xtext's change serializer
 * cannot record a reference set to nothing (it fails to find a name for it), so the element is replaced by a copy
 * without the reference, and whatever referred to the element refers to the copy.
 */
final class Unplug {

	static void clear(EObject element, EReference reference) {
		if (element.eGet(reference) == null) {
			return;
		}
		Collection<EStructuralFeature.Setting> usages = EcoreUtil.UsageCrossReferencer.find(element,
				element.eResource());
		EObject copy = EcoreUtil.copy(element);
		copy.eUnset(reference);
		EcoreUtil.replace(element, copy);
		for (EStructuralFeature.Setting usage : usages) {
			EcoreUtil.replace(usage, element, copy);
		}
	}

	private Unplug() {
	}
}
