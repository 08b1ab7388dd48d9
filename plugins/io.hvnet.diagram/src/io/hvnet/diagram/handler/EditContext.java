package io.hvnet.diagram.handler;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.diagram.model.ElementIndex;
import io.hvnet.dsl.hvnet.Network;

/** What a diagram edit works on: a fresh copy of the document's model, and diagram ids resolved in it. */
public record EditContext(Network network, ElementIndex elements) {

	/** The element a diagram id (or a label or port id) stands for. */
	public EObject find(String id) {
		EObject e = id == null ? null : elements.owner(id);
		if (e == null) {
			throw new EditRefused("'" + id + "' is not in the model any more (was the text changed meanwhile?)");
		}
		return e;
	}

	public <T> T find(String id, Class<T> type, String what) {
		EObject e = find(id);
		if (!type.isInstance(e)) {
			throw new EditRefused(id + " is not " + what);
		}
		return type.cast(e);
	}
}
