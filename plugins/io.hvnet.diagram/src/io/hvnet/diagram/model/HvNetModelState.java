package io.hvnet.diagram.model;

import java.util.Set;

import org.eclipse.glsp.server.model.DefaultGModelState;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.hvnet.diagram.layout.Positions;
import io.hvnet.diagram.source.DiagramDocument;
import io.hvnet.diagram.source.SourceModel;

/**
 * A diagram session's state: the document, its latest parse, the ids of what is drawn and the stored positions.
 * Dirty state is the document's (GLSP's own command stack is not used for undo: the text's history is).
 */
@Singleton
public class HvNetModelState extends DefaultGModelState {

	private DiagramDocument document;
	private SourceModel source;
	private ElementIndex index;
	private Positions positions;
	@Inject
	private Set<GraphDecoration> decorations;
	/** A drawing of the current source and positions made before the first model request, used once. */
	private Drawing ready;

	void attach(DiagramDocument document, SourceModel source, Positions positions) {
		this.document = document;
		this.source = source;
		this.positions = positions;
	}

	public void updateSource(SourceModel source) {
		this.source = source;
		decorations.forEach(GraphDecoration::sourceChanged);
	}

	void offerDrawing(Drawing drawing) {
		this.ready = drawing;
	}

	/** The drawing offered for the current source and positions, once; null when there is none. */
	Drawing takeDrawing() {
		Drawing d = ready;
		ready = null;
		return d != null && d.source() == source && d.positions() == positions ? d : null;
	}

	void setElementIndex(ElementIndex index) {
		this.index = index;
	}

	public DiagramDocument document() {
		return document;
	}

	public SourceModel source() {
		return source;
	}

	public ElementIndex elements() {
		return index;
	}

	/** Takes the sidecar again when another writer changed it (the rename refactoring moves positions to new ids). */
	public void reloadPositionsIfChanged() {
		if (positions != null && positions.changedOnDisk()) {
			positions = Positions.load(document.layoutFile());
		}
	}

	public Positions positions() {
		return positions;
	}

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
	}

	@Override
	public void saveIsDone() {
		// the document knows it was saved
	}
}
