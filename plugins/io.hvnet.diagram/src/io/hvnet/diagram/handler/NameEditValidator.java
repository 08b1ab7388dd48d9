package io.hvnet.diagram.handler;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;

/**
 * Checks a name while the user types it in the diagram (the client asks on every change of the name's field): a
 * name that the rename would refuse shows its reason at the field, and the field does not apply it. Without a
 * validator, GLSP showed "No validator registered for the context 'label-edit'" at every name edited.
 */
public class NameEditValidator implements LabelEditValidator {

	@Inject
	private HvNetModelState state;

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		String why = NewName.whyNot(state.elements(), NewName.ownerOf(element.getId()), label.strip());
		return why == null ? ValidationStatus.ok() : ValidationStatus.error(why);
	}
}
