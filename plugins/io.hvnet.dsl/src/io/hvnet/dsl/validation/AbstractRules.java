package io.hvnet.dsl.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.Network;
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
	int timesWritten(EObject o, EStructuralFeature feature) {
		return written(o).times(feature);
	}

	/** What the element's text writes, counted once for all the rule groups that ask about it. */
	WrittenSettings written(EObject o) {
		// the rules ask about one element after another: its counts are kept until the next element is asked about,
		// in the context of this validation run (the model does not change during it)
		Map<Object, Object> context = getContext();
		if (context == null) {
			return WrittenSettings.of(o);
		}
		WrittenSettings written = context.get(WrittenSettings.class) instanceof WrittenSettings w && w.element() == o ? w
				: null;
		if (written == null) {
			written = WrittenSettings.of(o);
			context.put(WrittenSettings.class, written);
		}
		return written;
	}

	/** The file's elements, walked once per validation run and shared by every rule group. */
	FileContents contents(Network network) {
		return FileContents.of(network, getContext());
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
