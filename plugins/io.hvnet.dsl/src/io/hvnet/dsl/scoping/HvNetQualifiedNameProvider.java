package io.hvnet.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import io.hvnet.dsl.model.Names;

/**
 * Xtext's qualified names (scoping, linking, the index) are {@link Names}'; the superclass adds the per-resource cache,
 * which also gives each element its containers' names.
 */
public class HvNetQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	@Override
	protected QualifiedName computeFullyQualifiedName(EObject element) {
		return Names.qualified(element, this::getFullyQualifiedName);
	}
}
