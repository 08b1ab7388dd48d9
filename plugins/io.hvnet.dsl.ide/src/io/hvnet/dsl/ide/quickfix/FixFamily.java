package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** The fixes for one kind of diagnostic, decided on the element the diagnostic is about. */
interface FixFamily {

	/** The fixes that apply to {@code element}: none when it is not what the family fixes. */
	List<ModelFix> offer(EObject element);
}
