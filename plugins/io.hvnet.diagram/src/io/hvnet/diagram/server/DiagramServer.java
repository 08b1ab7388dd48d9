package io.hvnet.diagram.server;

import java.util.function.Consumer;

import org.eclipse.glsp.server.di.ServerModule;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

import io.hvnet.diagram.source.DiagramDocuments;
import io.hvnet.diagram.source.SourceModelLoader;

/**
 * hvnet's GLSP server, in process: hands out connections for web clients showing the registered documents.
 * {@code language} is the hvnet IDE injector (Xtext), shared with the editors in Eclipse.
 */
public final class DiagramServer {

	static {
		// GLSP logs through the Log4j API, and neither Eclipse nor the command line has a Log4j implementation: the
		// API would complain on stderr at first use. Its own simple logger (errors only) will do, unless the host
		// chose a logging set-up itself.
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory",
					"org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
	}

	private final DiagramDocuments documents = new DiagramDocuments();
	private final SourceModelLoader loader;

	public DiagramServer(Injector language) {
		this.loader = new SourceModelLoader(language);
		WarmUp.inBackground(loader);
	}

	public DiagramDocuments documents() {
		return documents;
	}

	public SourceModelLoader loader() {
		return loader;
	}

	/** A new connection (one per web client); its messages to the client go to {@code toClient}. */
	public GlspConnection connect(Consumer<String> toClient) {
		return new GlspConnection(createInjector(), toClient);
	}

	/** The GLSP server injector, with the documents and the language every diagram session shares. */
	public Injector createInjector() {
		ServerModule server = new ServerModule().configureDiagramModule(new HvNetDiagramModule());
		return Guice.createInjector(server, new AbstractModule() {
			@Override
			protected void configure() {
				bind(DiagramDocuments.class).toInstance(documents);
				bind(SourceModelLoader.class).toInstance(loader);
			}
		});
	}
}
