package io.hvnet.diagram.launch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.common.util.URI;

import io.hvnet.diagram.layout.Positions;
import io.hvnet.diagram.model.Drawing;
import io.hvnet.diagram.model.PreparedDrawings;
import io.hvnet.diagram.source.DiagramDocument;
import io.hvnet.diagram.source.SourceModel;
import io.hvnet.diagram.source.SourceModelLoader;

/**
 * The first diagram of each newly opened document, drawn in the background while the web client loads its page,
 * script and session: in a fresh JVM each takes about a second for a large network, and the two overlap. Together
 * with the spare server injector ({@link DiagramServer}) this took the first open of a 1,000-node network on two
 * cores from 2.1-2.3 s to 1.5-2.1 s, median about 1.95 s (bench/diagram-open.sh). The client's first model request
 * takes the drawing when the document, its siblings and its stored positions are still what was drawn; otherwise it
 * draws afresh.
 */
final class FirstDrawings implements PreparedDrawings {

	private final SourceModelLoader loader;
	/** One thread, gone when idle: a server lives as long as Eclipse, and draws first only now and then. */
	private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS,
			new LinkedBlockingQueue<>(), r -> {
				Thread thread = new Thread(r, "hvnet diagram first drawing");
				thread.setDaemon(true);
				return thread;
			});
	private final Map<DiagramDocument, Future<Drawing>> pending = new ConcurrentHashMap<>();

	FirstDrawings(SourceModelLoader loader) {
		this.loader = loader;
		worker.allowCoreThreadTimeOut(true);
	}

	/** Runs {@code task} on the drawing thread, after what was asked for before. */
	void run(Runnable task) {
		worker.execute(task);
	}

	/** Computes {@code task} on the drawing thread, after what was asked for before. */
	<T> Future<T> submit(Callable<T> task) {
		return worker.submit(task);
	}

	void start(DiagramDocument document) {
		pending.put(document, worker.submit(() -> draw(document)));
	}

	private Drawing draw(DiagramDocument document) {
		String text = document.text();
		Map<URI, String> siblings = document.siblings();
		SourceModel source = loader.load(document.uri(), text, siblings);
		return Drawing.of(source, siblings, Positions.load(document.layoutFile()));
	}

	/**
	 * The drawing of the document as it is now, waiting for it when it is under way; null when none was started or
	 * it is stale or failed (the caller's own load then reports any problem).
	 */
	@Override
	public Drawing take(DiagramDocument document) {
		Future<Drawing> drawing = pending.remove(document);
		if (drawing == null) {
			return null;
		}
		try {
			Drawing d = drawing.get();
			boolean current = d.source().text().equals(document.text()) && d.siblings().equals(document.siblings())
					&& !d.positions().changedOnDisk();
			return current ? d : null;
		} catch (ExecutionException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** Waits until the document's drawing is done, if one is under way; false when it is not done in time. */
	boolean await(DiagramDocument document, Duration timeout) {
		Future<Drawing> drawing = pending.get(document);
		if (drawing == null) {
			return true;
		}
		try {
			drawing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		} catch (ExecutionException e) {
			return true;
		} catch (TimeoutException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void discard(DiagramDocument document) {
		Future<Drawing> drawing = pending.remove(document);
		if (drawing != null) {
			drawing.cancel(false);
		}
	}
}
