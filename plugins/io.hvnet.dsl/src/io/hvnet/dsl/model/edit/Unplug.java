package io.hvnet.dsl.model.edit;

import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Clears an optional cross-reference (an adapter's switch or team member, an external switch's NICs). Xtext's change serializer
 * cannot record a reference set to nothing (it fails to find a name for it), so the element is replaced by a copy
 * without the reference, and whatever referred to the element refers to the copy.
 */
public final class Unplug {

	/** @return the element that is in the model now: the copy, or {@code element} when it had no such reference */
	public static <T extends EObject> T clear(T element, EReference reference) {
		Object value = element.eGet(reference);
		if (value == null || value instanceof Collection<?> list && list.isEmpty()) {
			return element;
		}
		return replaced(element, copy -> copy.eUnset(reference));
	}

	/**
	 * Removes one value of a list of cross-references (a SET team's NIC). Xtext's reference updater cannot record a
	 * shorter list either (it reads as many values as the text had names), so here too a copy without the value
	 * replaces the element.
	 *
	 * @return the element that is in the model now
	 */
	public static <T extends EObject> T remove(T element, EReference reference, EObject value) {
		if (!((Collection<?>) element.eGet(reference)).contains(value)) {
			return element;
		}
		return replaced(element, copy -> ((Collection<?>) copy.eGet(reference)).remove(value));
	}

	private static <T extends EObject> T replaced(T element, Consumer<T> change) {
		Collection<EStructuralFeature.Setting> usages = EcoreUtil.UsageCrossReferencer.find(element,
				element.eResource());
		T copy = EcoreUtil.copy(element);
		change.accept(copy);
		EcoreUtil.replace(element, copy);
		for (EStructuralFeature.Setting usage : usages) {
			EcoreUtil.replace(usage, element, copy);
		}
		return copy;
	}

	private Unplug() {
	}
}
