package io.hvnet.diagram.source;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps a document's change listeners; listeners may come and go while a change is being reported. */
public abstract class ListenedDiagramDocument implements DiagramDocument {

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	@Override
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	protected void fireChanged() {
		listeners.forEach(Runnable::run);
	}
}
