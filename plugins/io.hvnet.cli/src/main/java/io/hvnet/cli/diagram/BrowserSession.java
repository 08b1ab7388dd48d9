package io.hvnet.cli.diagram;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.hvnet.diagram.server.DiagramServer;
import io.hvnet.diagram.server.GlspConnection;

/**
 * One browser page's GLSP connection. The page posts its messages; the server's messages wait here until the page's
 * event stream takes them, so nothing is lost while the stream (re)connects.
 */
final class BrowserSession implements AutoCloseable {

	private final GlspConnection connection;
	private final BlockingQueue<String> toBrowser = new LinkedBlockingQueue<>();

	BrowserSession(DiagramServer server) {
		this.connection = server.connect(toBrowser::add);
	}

	void fromBrowser(String message) {
		connection.receive(message);
	}

	/** The next message for the browser, or null when there was none for {@code millis}. */
	String nextForBrowser(long millis) throws InterruptedException {
		return toBrowser.poll(millis, TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		connection.close();
	}
}
