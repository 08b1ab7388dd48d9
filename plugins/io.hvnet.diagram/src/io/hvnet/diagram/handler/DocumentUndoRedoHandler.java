package io.hvnet.diagram.handler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;
import io.hvnet.diagram.source.SourceModelLoader;

/**
 * Undo and redo in the diagram are the text's: the same history the text editor uses, so undoing in either view
 * undoes the same change.
 */
public class DocumentUndoRedoHandler implements ActionHandler {

	@Inject
	private HvNetModelState state;
	@Inject
	private SourceModelLoader loader;
	@Inject
	private ModelSubmissionHandler submission;

	@Override
	public List<Action> execute(Action action) {
		boolean changed = action instanceof UndoAction ? state.document().undo() : state.document().redo();
		if (!changed || state.document().text().equals(state.source().text())) {
			// nothing undone, or a move: restoring the positions redraws (RestoreLayoutHandler)
			return none();
		}
		state.updateSource(loader.load(state.document()));
		return submission.submitModel();
	}

	@Override
	public List<Class<? extends Action>> getHandledActionTypes() {
		return new ArrayList<>(List.of(UndoAction.class, RedoAction.class));
	}
}
