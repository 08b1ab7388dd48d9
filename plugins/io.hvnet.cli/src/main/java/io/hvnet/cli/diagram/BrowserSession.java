package io.hvnet.cli.diagram;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.hvnet.diagram.launch.DiagramServer;
import io.hvnet.diagram.launch.GlspConnection;

/**
 * One browser page's GLSP connection, bound to the launch's document. The page posts its messages; the server's
 * messages wait here until the page's event stream takes them, so nothing is lost while the stream (re)connects.
 */
final class BrowserSession implements AutoCloseable {

	private final GlspConnection connection;
	private final BlockingQueue<String> toBrowser = new LinkedBlockingQueue<>();
	private final AtomicInteger streams = new AtomicInteger();
	private volatile long lastUsedNanos = System.nanoTime();

	BrowserSession(DiagramServer server, String sourceUri) {
		this.connection = server.connect(sourceUri, toBrowser::add);
	}

	void fromBrowser(String message) {
		lastUsedNanos = System.nanoTime();
		connection.receive(message);
	}

	/** The next message for the browser, or null when there was none for {@code millis}. */
	String nextForBrowser(long millis) throws InterruptedException {
		return toBrowser.poll(millis, TimeUnit.MILLISECONDS);
	}

	/** An event stream opens; false when one is open already (a page has one; a second is not a page of ours). */
	boolean streamOpened() {
		if (streams.incrementAndGet() > 1) {
			streams.decrementAndGet();
			return false;
		}
		return true;
	}

	void streamClosed() {
		streams.decrementAndGet();
		lastUsedNanos = System.nanoTime();
	}

	/** Whether no page has used the session for {@code nanos}: no open event stream, no message. */
	boolean idleFor(long nanos) {
		return streams.get() == 0 && System.nanoTime() - lastUsedNanos > nanos;
	}

	@Override
	public void close() {
		connection.close();
	}
}
