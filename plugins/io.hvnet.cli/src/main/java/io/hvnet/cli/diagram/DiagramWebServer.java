package io.hvnet.cli.diagram;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.hvnet.diagram.server.DiagramServer;

/**
 * The standalone diagram viewer's web server, on the loopback interface only: the web client's files, and the GLSP
 * connection as HTTP (the page POSTs its JSON-RPC messages to {@code /glsp} and reads the server's from the event
 * stream {@code /glsp/events}). The JDK's own HTTP server is enough for one user's browser tabs.
 */
public final class DiagramWebServer implements AutoCloseable {

	private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9]{1,64}");
	/** A comment line now and then: the only way to notice a closed tab is a failing write. */
	private static final long KEEPALIVE_MILLIS = 10_000;

	private final DiagramServer diagrams;
	private final String sourceUri;
	private final HttpServer http;
	private final ExecutorService threads;
	private final Map<String, BrowserSession> sessions = new ConcurrentHashMap<>();

	private DiagramWebServer(DiagramServer diagrams, String sourceUri, int port) throws IOException {
		this.diagrams = diagrams;
		this.sourceUri = sourceUri;
		this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		// event streams hold their thread while the page is open
		this.threads = Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "hvnet diagram web");
			t.setDaemon(true);
			return t;
		});
		http.setExecutor(threads);
		http.createContext("/", this::file);
		http.createContext("/glsp", this::message);
		http.createContext("/glsp/events", this::events);
	}

	/** Serves the diagram of the registered document {@code sourceUri}; port 0 takes any free port. */
	public static DiagramWebServer start(DiagramServer diagrams, String sourceUri, int port) throws IOException {
		DiagramWebServer server = new DiagramWebServer(diagrams, sourceUri, port);
		server.http.start();
		return server;
	}

	/** The page to open in a browser. */
	public URI page() {
		return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/diagram.html?transport=http&source="
				+ URLEncoder.encode(sourceUri, StandardCharsets.UTF_8));
	}

	private void file(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!fromThisMachine(exchange)) {
				return;
			}
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/")) {
				exchange.getResponseHeaders().set("Location", page().toString());
				exchange.sendResponseHeaders(302, -1);
				return;
			}
			byte[] content = WebFiles.read(path.substring(1));
			if (content == null && path.equals("/favicon.ico")) {
				exchange.sendResponseHeaders(204, -1);
				return;
			}
			if (content == null) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", WebFiles.contentType(path));
			exchange.sendResponseHeaders(200, content.length);
			exchange.getResponseBody().write(content);
		}
	}

	private void message(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!fromThisMachine(exchange)) {
				return;
			}
			String session = session(exchange);
			if (!"POST".equals(exchange.getRequestMethod()) || session == null) {
				exchange.sendResponseHeaders(400, -1);
				return;
			}
			String message = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			sessions.computeIfAbsent(session, s -> new BrowserSession(diagrams)).fromBrowser(message);
			exchange.sendResponseHeaders(204, -1);
		}
	}

	private void events(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!fromThisMachine(exchange)) {
				return;
			}
			String id = session(exchange);
			if (id == null) {
				exchange.sendResponseHeaders(400, -1);
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
			exchange.getResponseHeaders().set("Cache-Control", "no-store");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			out.write(": hvnet\n\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
			// the page goes on setting itself up once the stream is open, while the session is made here (the
			// first one takes a while in a fresh server); its first message waits for the session in message()
			stream(sessions.computeIfAbsent(id, s -> new BrowserSession(diagrams)), out);
		} catch (IOException | InterruptedException closed) {
			// the page went away: its session goes with it (a reloaded page starts a new one)
		} finally {
			String id = session(exchange);
			BrowserSession gone = id == null ? null : sessions.remove(id);
			if (gone != null) {
				gone.close();
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
		String query = exchange.getRequestURI().getRawQuery();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith("session=") && SESSION.matcher(pair.substring(8)).matches()) {
				return pair.substring(8);
			}
		}
		return null;
	}

	/**
	 * The server writes the user's file, so it answers only pages it served itself: a web site the user visits must
	 * not reach it through a DNS name pointed at 127.0.0.1.
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

	@Override
	public void close() {
		http.stop(0);
		sessions.values().forEach(BrowserSession::close);
		sessions.clear();
		threads.shutdownNow();
	}
}
