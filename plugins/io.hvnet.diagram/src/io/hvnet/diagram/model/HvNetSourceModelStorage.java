package io.hvnet.diagram.model;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

import io.hvnet.diagram.layout.Positions;
import io.hvnet.diagram.source.DiagramDocument;
import io.hvnet.diagram.source.DiagramDocuments;
import io.hvnet.diagram.source.SourceModelLoader;

/**
 * Opens the document the client names in its {@code sourceUri} and follows its changes: a burst of keystrokes in the
 * text editor becomes one diagram update shortly after the last one.
 */
public class HvNetSourceModelStorage implements SourceModelStorage {

	/** Typing pauses longer than this refresh the diagram; well under the half second users notice. */
	static final long SETTLE_MILLIS = 120;

	private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "hvnet diagram refresh");
		t.setDaemon(true);
		return t;
	});

	@Inject
	private HvNetModelState state;
	@Inject
	private DiagramDocuments documents;
	@Inject
	private SourceModelLoader loader;
	@Inject
	private PreparedDrawings firstDrawings;
	@Inject
	private ActionDispatcher dispatcher;

	private ScheduledFuture<?> pending;
	private Runnable listener;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		String uri = action.getOptions() == null ? null : action.getOptions().get("sourceUri");
		if (uri == null) {
			throw new GLSPServerException("the model request names no .hvnet document (options.sourceUri)");
		}
		DiagramDocument document = documents.get(uri)
				.orElseThrow(() -> new GLSPServerException("no .hvnet document is open as " + uri));
		Drawing first = firstDrawings.take(document);
		if (first != null) {
			state.attach(document, first.source(), first.positions());
			state.offerDrawing(first);
		} else {
			state.attach(document, loader.load(document), Positions.load(document.layoutFile()));
		}
		listener = this::scheduleRefresh;
		document.addChangeListener(listener);
	}

	private synchronized void scheduleRefresh() {
		if (pending != null) {
			pending.cancel(false);
		}
		pending = TIMER.schedule(() -> dispatcher.dispatch(new SourceChangedAction()), SETTLE_MILLIS,
				TimeUnit.MILLISECONDS);
	}

	/** Stops following the document (the client session ended). */
	public void detach() {
		if (listener != null && state.document() != null) {
			state.document().removeChangeListener(listener);
		}
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		state.document().save();
	}
}
