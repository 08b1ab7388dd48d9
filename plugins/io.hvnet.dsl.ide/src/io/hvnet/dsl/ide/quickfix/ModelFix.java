package io.hvnet.dsl.ide.quickfix;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

/**
 * One fix as a change of the model: {@code change} is given the diagnosed element of a copy of the model (never the
 * model the diagnostic was raised on) and changes it, or things around it, as a user would in the text.
 */
public record ModelFix(String label, Consumer<EObject> change) {
}
