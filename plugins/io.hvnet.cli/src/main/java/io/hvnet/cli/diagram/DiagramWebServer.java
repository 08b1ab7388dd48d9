package io.hvnet.cli.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.hvnet.diagram.launch.DiagramServer;

/**
 * The standalone diagram viewer's web server, on the loopback interface only: the web client's files, and the GLSP
 * connection as HTTP (the page POSTs its JSON-RPC messages to {@code /glsp} and reads the server's from the event
 * stream {@code /glsp/events}). The JDK's own HTTP server is enough for one user's browser tabs.
 * <p>
 * The server writes the user's file, and any web page the user visits can send requests to 127.0.0.1. So it answers
 * only its own page: the page's address carries the launch's {@link AccessKey}, which every POST sends in the
 * {@value #KEY_HEADER} header and the event stream (an EventSource cannot set headers) as the {@code key} parameter;
 * a POST must come from this server's origin and be {@code application/json} (which another origin cannot send
 * without a CORS preflight, and this server answers none).
 */
public final class DiagramWebServer implements AutoCloseable {

	static final String KEY_HEADER = "X-Hvnet-Key";
	private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9]{1,64}");
	/** A comment line now and then: the only way to notice a closed tab is a failing write. */
	private static final long KEEPALIVE_MILLIS = 10_000;

	/**
	 * How long a request's headers and body may take to arrive, in seconds: the JDK server reads them on a thread of
	 * the (bounded) pool, so a client that trickles them would hold that thread. After this the server closes the
	 * connection. The JDK's HTTP server reads it once, from the system property documented in the jdk.httpserver
	 * module summary ("System properties used by the HTTP server API"; JDK 17 to 25 read the value in seconds). The
	 * page's messages arrive in milliseconds; the event stream's request has no body, so its long answer is not cut.
	 */
	static final int REQUEST_SECONDS = 10;

	static {
		if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
			System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
		}
	}

	private final String sourceUri;
	private final DiagramWebLimits limits;
	private final Consumer<String> log;
	private final AccessKey key = AccessKey.create();
	private final HttpServer http;
	private final ExecutorService threads;
	private final ScheduledExecutorService janitor;
	private final BrowserSessions sessions;

	private DiagramWebServer(DiagramServer diagrams, String sourceUri, int port, DiagramWebLimits limits,
			Consumer<String> log) throws IOException {
		this.sourceUri = sourceUri;
		this.limits = limits;
		this.log = log;
		this.sessions = new BrowserSessions(diagrams, sourceUri, limits, log);
		this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		// every session's event stream holds a thread while its page is open; the rest serve short requests
		this.threads = Executors.newFixedThreadPool(limits.maxSessions() + 8, r -> {
			Thread t = new Thread(r, "hvnet diagram web");
			t.setDaemon(true);
			return t;
		});
		this.janitor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "hvnet diagram idle sessions");
			t.setDaemon(true);
			return t;
		});
		http.setExecutor(threads);
		http.createContext("/", this::file);
		http.createContext("/glsp", this::message);
		http.createContext("/glsp/events", this::events);
		long every = Math.max(50, limits.idle().toMillis() / 4);
		janitor.scheduleWithFixedDelay(sessions::closeIdle, every, every, TimeUnit.MILLISECONDS);
	}

	/** Serves the diagram of the registered document {@code sourceUri}; port 0 takes any free port. */
	public static DiagramWebServer start(DiagramServer diagrams, String sourceUri, int port) throws IOException {
		return start(diagrams, sourceUri, port, DiagramWebLimits.DEFAULT, line -> System.err.println("hvnet: " + line));
	}

	/** {@code log} takes one line per refusal or closed session. */
	public static DiagramWebServer start(DiagramServer diagrams, String sourceUri, int port, DiagramWebLimits limits,
			Consumer<String> log) throws IOException {
		DiagramWebServer server = new DiagramWebServer(diagrams, sourceUri, port, limits, log);
		server.http.start();
		return server;
	}

	/** The page to open in a browser; its address carries the launch's key. */
	public URI page() {
		return URI.create(origin() + "/diagram.html?transport=http&source="
				+ URLEncoder.encode(sourceUri, StandardCharsets.UTF_8) + "&key=" + key.value());
	}

	/** Sessions open now (for tests). */
	public int sessionCount() {
		return sessions.size();
	}

	private String origin() {
		return "http://127.0.0.1:" + http.getAddress().getPort();
	}

	private void file(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!fromThisMachine(exchange)) {
				return;
			}
			String path = exchange.getRequestURI().getPath();
			byte[] content = path.equals("/") ? null : WebFiles.read(path.substring(1));
			if (content == null && path.equals("/favicon.ico")) {
				exchange.sendResponseHeaders(204, -1);
				return;
			}
			if (content == null) {
				// the root too: the page's address with its key is what the command printed, and only that
				answer(exchange, 404, path.equals("/") ? "open the address that `hvnet diagram` printed" : "not found");
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", WebFiles.contentType(path));
			// the key is in the page's address: it goes to no other site
			exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
			exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
			exchange.sendResponseHeaders(200, content.length);
			exchange.getResponseBody().write(content);
		}
	}

	private void message(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!fromThisMachine(exchange)) {
				return;
			}
			if (!"POST".equals(exchange.getRequestMethod())) {
				answer(exchange, 405, "POST only");
				return;
			}
			if (!fromOurPage(exchange, true, exchange.getRequestHeaders().getFirst(KEY_HEADER))) {
				return;
			}
			String type = exchange.getRequestHeaders().getFirst("Content-Type");
			if (type == null || !type.toLowerCase(java.util.Locale.ROOT).matches("application/json\\s*(;.*)?")) {
				refuse(exchange, 415, "a diagram message that is not application/json (" + type + ")");
				return;
			}
			String length = exchange.getRequestHeaders().getFirst("Content-Length");
			if (length != null && tooLong(length)) {
				refuse(exchange, 413, "a diagram message of " + length + " bytes (at most " + limits.maxMessageBytes()
						+ ")");
				return;
			}
			String session = session(exchange);
			if (session == null) {
				answer(exchange, 400, "no session");
				return;
			}
			// without a length (chunked), no more than the limit is read either
			byte[] body = readAtMost(exchange.getRequestBody(), limits.maxMessageBytes() + 1);
			if (body.length > limits.maxMessageBytes()) {
				refuse(exchange, 413, "a diagram message of more than " + limits.maxMessageBytes() + " bytes");
				return;
			}
			BrowserSession browser = sessions.open(session);
			if (browser == null) {
				answer(exchange, 429, "too many diagram sessions");
				return;
			}
			browser.fromBrowser(new String(body, StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(204, -1);
		}
	}

	private boolean tooLong(String length) {
		try {
			return Long.parseLong(length.strip()) > limits.maxMessageBytes();
		} catch (NumberFormatException e) {
			return true;
		}
	}

	private static byte[] readAtMost(InputStream in, int max) throws IOException {
		return in.readNBytes(max);
	}

	private void events(HttpExchange exchange) throws IOException {
		String id = null;
		BrowserSession session = null;
		boolean streaming = false;
		try (exchange) {
			if (!fromThisMachine(exchange) || !fromOurPage(exchange, false, parameter(exchange, "key"))) {
				return;
			}
			id = session(exchange);
			if (id == null) {
				answer(exchange, 400, "no session");
				return;
			}
			session = sessions.open(id);
			if (session == null) {
				answer(exchange, 429, "too many diagram sessions");
				return;
			}
			if (!session.streamOpened()) {
				refuse(exchange, 409, "a second event stream for diagram session " + id);
				session = null;
				return;
			}
			streaming = true;
			exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
			exchange.getResponseHeaders().set("Cache-Control", "no-store");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			out.write(": hvnet\n\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
			stream(session, out);
		} catch (IOException | InterruptedException closed) {
			// the page went away: its session goes with it (a reloaded page starts a new one)
		} finally {
			if (streaming) {
				session.streamClosed();
				sessions.close(id);
			}
		}
	}

	private static void stream(BrowserSession session, OutputStream out) throws IOException, InterruptedException {
		while (true) {
			String message = session.nextForBrowser(KEEPALIVE_MILLIS);
			String event = message == null ? ": keepalive\n\n" : "data: " + message.replace("\n", "\ndata: ") + "\n\n";
			out.write(event.getBytes(StandardCharsets.UTF_8));
			out.flush();
		}
	}

	private static String session(HttpExchange exchange) {
		String session = parameter(exchange, "session");
		return session != null && SESSION.matcher(session).matches() ? session : null;
	}

	private static String parameter(HttpExchange exchange, String name) {
		String query = exchange.getRequestURI().getRawQuery();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith(name + "=")) {
				return pair.substring(name.length() + 1);
			}
		}
		return null;
	}

	/**
	 * A web site the user visits must not reach the server through a DNS name pointed at 127.0.0.1: the Host must
	 * be this server's.
	 */
	private boolean fromThisMachine(HttpExchange exchange) throws IOException {
		String host = exchange.getRequestHeaders().getFirst("Host");
		int port = http.getAddress().getPort();
		if (host != null && (host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port))) {
			return true;
		}
		exchange.sendResponseHeaders(403, -1);
		return false;
	}

	/**
	 * The request comes from this server's page: the right key, and the page's own origin ({@code http://} and the
	 * Host it asked for). Browsers send an Origin with every POST; a same-origin GET (the event stream) may come
	 * without one. Any other origin is refused, {@code null} (a sandboxed frame, a file: page) included.
	 */
	private boolean fromOurPage(HttpExchange exchange, boolean post, String givenKey) throws IOException {
		String origin = exchange.getRequestHeaders().getFirst("Origin");
		String own = "http://" + exchange.getRequestHeaders().getFirst("Host");
		if (origin == null ? post : !origin.equals(own)) {
			refuse(exchange, 403, "a request from another origin (" + origin + ")");
			return false;
		}
		if (!key.matches(givenKey)) {
			refuse(exchange, 403, "a request without this launch's key (" + (givenKey == null ? "none" : "a wrong one")
					+ ")");
			return false;
		}
		return true;
	}

	private void refuse(HttpExchange exchange, int status, String what) throws IOException {
		log.accept("diagram server refused " + what);
		answer(exchange, status, "refused: " + what);
	}

	/**
	 * The answer is flushed before the exchange closes: closing first reads what is left of the request body, and a
	 * refused request's body may be huge or never come (the client waits for the answer).
	 */
	private static void answer(HttpExchange exchange, int status, String text) throws IOException {
		byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
		if (status >= 400) {
			exchange.getResponseHeaders().set("Connection", "close");
		}
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
		exchange.getResponseBody().flush();
	}

	@Override
	public void close() {
		http.stop(0);
		janitor.shutdownNow();
		sessions.close();
		threads.shutdownNow();
	}
}
