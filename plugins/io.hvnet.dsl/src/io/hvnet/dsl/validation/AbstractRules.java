package io.hvnet.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import io.hvnet.dsl.hvnet.HvnetPackage;

/** Base of the rule groups that {@link HvNetValidator} composes; a group never registers itself. */
abstract class AbstractRules extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(HvnetPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into HvNetValidator
	}

	/** How often a feature is written in the text (a single-valued setting written twice is silently overwritten). */
	static int timesWritten(EObject o, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(o, feature).size();
	}
}
