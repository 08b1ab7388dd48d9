package io.hvnet.diagram.launch;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.logging.log4j.LogManager;
import org.eclipse.glsp.server.di.ServerModule;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

import io.hvnet.diagram.HvNetDiagramModule;
import io.hvnet.diagram.model.PreparedDrawings;
import io.hvnet.diagram.source.DiagramDocument;
import io.hvnet.diagram.source.DiagramDocuments;
import io.hvnet.diagram.source.SourceModelLoader;

/**
 * hvnet's GLSP server, in process: hands out connections for web clients showing the registered documents.
 * {@code language} is the hvnet IDE injector (Xtext), shared with the editors in Eclipse.
 */
public final class DiagramServer {

	static {
		// GLSP logs through the Log4j API, and neither Eclipse nor the command line has a Log4j implementation: the
		// API would complain on stderr at first use. Its own simple logger (on stderr) will do, unless the host
		// chose a logging set-up itself.
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory",
					"org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
			// warnings too (it logs errors only by default): an operation no handler takes is one
			if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
				System.setProperty("org.apache.logging.log4j.simplelog.level", "WARN");
			}
		}
		// Under OSGi, the Log4j API's bundle activator takes a start-up lock that only a Log4j implementation's
		// bundle would release, and there is none: the thread that activated the bundle may go on (the lock is
		// reentrant), any other thread initializing the API waits forever. So the API is initialized here, on the
		// thread making the server, before the server's background thread can touch a Log4j class.
		LogManager.getLogger(DiagramServer.class);
	}

	private final DiagramDocuments documents = new DiagramDocuments();
	private final SourceModelLoader loader;
	private final FirstDrawings firstDrawings;
	/**
	 * A server injector made in the background for the first connection: in a fresh JVM making one takes a few
	 * hundred milliseconds, better spent while the web client loads than after it asked.
	 */
	private Future<Injector> spareInjector;

	public DiagramServer(Injector language) {
		this.loader = new SourceModelLoader(language);
		this.firstDrawings = new FirstDrawings(loader);
		this.spareInjector = firstDrawings.submit(this::createInjector);
		firstDrawings.run(() -> WarmUp.draw(loader));
	}

	/**
	 * Makes the document available to diagram clients and starts drawing it in the background, for the first client
	 * that asks. Returns the {@code sourceUri} that client must ask for.
	 */
	public synchronized String open(DiagramDocument document) {
		String sourceUri = documents.register(document);
		firstDrawings.start(document);
		return sourceUri;
	}

	/** Waits until the background drawing of an opened document is done (for tests and benchmarks). */
	public boolean awaitFirstDrawing(DiagramDocument document, Duration timeout) {
		return firstDrawings.await(document, timeout);
	}

	/** The document is no longer shown (its editor closed). */
	public void close(DiagramDocument document) {
		documents.unregister(document);
		firstDrawings.discard(document);
	}

	public DiagramDocuments documents() {
		return documents;
	}

	public SourceModelLoader loader() {
		return loader;
	}

	/**
	 * A new connection (one per web client) for the document opened as {@code sourceUri}: a client of the connection
	 * can show no other. Its messages to the client go to {@code toClient}.
	 */
	public GlspConnection connect(String sourceUri, Consumer<String> toClient) {
		return new GlspConnection(takeSpareInjector(), java.util.Objects.requireNonNull(sourceUri), toClient);
	}

	private synchronized Injector takeSpareInjector() {
		Future<Injector> spare = spareInjector;
		spareInjector = null;
		if (spare != null) {
			try {
				return spare.get();
			} catch (ExecutionException e) {
				// made afresh below, where a failure reaches the caller
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return createInjector();
	}

	/** The GLSP server injector, with the documents and the language every diagram session shares. */
	public Injector createInjector() {
		ServerModule server = new ServerModule().configureDiagramModule(new HvNetDiagramModule());
		return Guice.createInjector(server, new AbstractModule() {
			@Override
			protected void configure() {
				bind(DiagramDocuments.class).toInstance(documents);
				bind(SourceModelLoader.class).toInstance(loader);
				bind(PreparedDrawings.class).toInstance(firstDrawings);
			}
		});
	}
}
