package io.hvnet.diagram.handler;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;
import io.hvnet.diagram.model.SourceChangedAction;
import io.hvnet.diagram.source.SourceModelLoader;

/** Re-reads the document after a change and sends the client the updated diagram. */
public class SourceChangedHandler extends AbstractActionHandler<SourceChangedAction> {

	@Inject
	private HvNetModelState state;
	@Inject
	private SourceModelLoader loader;
	@Inject
	private ModelSubmissionHandler submission;

	@Override
	protected List<Action> executeAction(SourceChangedAction action) {
		if (state.document() == null || state.document().text().equals(state.source().text())) {
			return none();
		}
		state.reloadPositionsIfChanged();
		state.updateSource(loader.load(state.document()));
		return submission.submitModel();
	}
}
