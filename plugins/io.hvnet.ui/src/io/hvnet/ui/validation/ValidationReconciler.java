package io.hvnet.ui.validation;

import org.eclipse.jface.text.reconciler.MonoReconciler;

/** The Generic Editor's reconciler for .hvnet: validation 300 ms after the last keystroke. */
public class ValidationReconciler extends MonoReconciler {

	public ValidationReconciler() {
		super(new ValidationReconcilingStrategy(), false);
		setDelay(300);
	}
}
