package io.hvnet.diagram.model;

import org.eclipse.glsp.server.actions.Action;

/** Server-internal: the document's text changed (typed in the text editor, undone, or edited by the diagram). */
public class SourceChangedAction extends Action {

	public static final String KIND = "hvnetSourceChanged";

	public SourceChangedAction() {
		super(KIND);
	}
}
