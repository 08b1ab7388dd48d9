package io.hvnet.cli.diagram;

import java.time.Duration;

/**
 * What one `hvnet diagram` launch gives its browser pages: each session holds a GLSP server of its own (a thread and
 * some megabytes), so their number is bounded, and sessions no page uses any more are closed.
 *
 * @param maxMessageBytes the largest JSON-RPC message a page may post (the client's messages are small actions)
 * @param maxSessions the most sessions (browser tabs) open at once
 * @param idle how long a session without an open event stream lives after its last message
 */
public record DiagramWebLimits(int maxMessageBytes, int maxSessions, Duration idle) {

	public static final DiagramWebLimits DEFAULT = new DiagramWebLimits(4 * 1024 * 1024, 16, Duration.ofMinutes(2));
}
