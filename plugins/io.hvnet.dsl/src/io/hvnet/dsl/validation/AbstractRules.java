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

	/** An element's name with its owner's, as a reader finds it: {@code HV01.NIC1}, {@code VM1.Net}. */
	static String label(io.hvnet.dsl.hvnet.NetworkNode node) {
		EObject owner = node.eContainer();
		if (owner instanceof io.hvnet.dsl.hvnet.ParentPartition) {
			owner = owner.eContainer();
		}
		return owner instanceof io.hvnet.dsl.hvnet.NetworkNode o ? o.getName() + "." + node.getName() : node.getName();
	}

	/** How often a feature is written in the text (a single-valued setting written twice is silently overwritten). */
	static int timesWritten(EObject o, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(o, feature).size();
	}
}
