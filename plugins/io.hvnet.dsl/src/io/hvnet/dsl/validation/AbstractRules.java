package io.hvnet.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.model.Addresses;

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

	/** An interface address: valid IPv4 with its prefix length (HVN031, HVN032); returns it, or null. */
	Addresses addressWithPrefix(String text, EObject source, EStructuralFeature feature) {
		Addresses address = Addresses.parse(text);
		if (address == null) {
			error("'" + text + "' is not a valid IPv4 address (octets 0-255, prefix 0-32)", source, feature,
					IssueCodes.INVALID_ADDRESS);
		} else if (address.prefixLength() < 0) {
			error("address " + text + " needs a prefix length, e.g. " + text + "/24", source, feature,
					IssueCodes.ADDRESS_WITHOUT_PREFIX, text);
		}
		return address;
	}
}
