package io.hvnet.diagram.handler;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * One property the diagram lets the user edit on an element of a kind: how it reads from the model, as the text
 * writes it ("" when not set), and how a value typed by the user is written back (an empty value removes the
 * setting; a value the language would reject is refused with {@link EditRefused}).
 */
public record EditableProperty<T extends EObject>(String key, Class<T> appliesTo, Function<T, String> reader,
		BiConsumer<T, String> writer) {

	public boolean appliesTo(EObject element) {
		return appliesTo.isInstance(element);
	}

	public String read(EObject element) {
		return reader.apply(appliesTo.cast(element));
	}

	public void write(EObject element, String value) {
		if (!appliesTo(element)) {
			throw new EditRefused("'" + key + "' is not a property of " + element.eClass().getName());
		}
		writer.accept(appliesTo.cast(element), value);
	}
}
