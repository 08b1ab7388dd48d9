package io.hvnet.cli.diagram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.hvnet.diagram.launch.DiagramServer;

/** The open sessions of one launch, at most {@link DiagramWebLimits#maxSessions()}; idle ones are closed. */
final class BrowserSessions implements AutoCloseable {

	private final DiagramServer diagrams;
	private final String sourceUri;
	private final DiagramWebLimits limits;
	private final Consumer<String> log;
	private final Map<String, BrowserSession> sessions = new ConcurrentHashMap<>();

	BrowserSessions(DiagramServer diagrams, String sourceUri, DiagramWebLimits limits, Consumer<String> log) {
		this.diagrams = diagrams;
		this.sourceUri = sourceUri;
		this.limits = limits;
		this.log = log;
	}

	/** The session {@code id}, made when new; null when the launch has as many sessions as it may. */
	synchronized BrowserSession open(String id) {
		BrowserSession session = sessions.get(id);
		if (session != null) {
			return session;
		}
		if (sessions.size() >= limits.maxSessions()) {
			log.accept("refused a new diagram session: " + sessions.size()
					+ " are open, the most one launch serves (close a tab, or wait for idle ones to close)");
			return null;
		}
		session = new BrowserSession(diagrams, sourceUri);
		sessions.put(id, session);
		return session;
	}

	/** The page of session {@code id} went away. */
	void close(String id) {
		BrowserSession gone = sessions.remove(id);
		if (gone != null) {
			gone.close();
		}
	}

	/** Closes the sessions no page has used for the idle time (a page that posted and never opened its stream). */
	void closeIdle() {
		long idle = limits.idle().toNanos();
		sessions.forEach((id, session) -> {
			if (session.idleFor(idle) && sessions.remove(id, session)) {
				session.close();
				log.accept("closed diagram session " + id + ": no page used it for " + seconds(limits.idle().toMillis())
						+ " s");
			}
		});
	}

	private static String seconds(long millis) {
		return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
	}

	int size() {
		return sessions.size();
	}

	@Override
	public void close() {
		sessions.values().forEach(BrowserSession::close);
		sessions.clear();
	}
}
