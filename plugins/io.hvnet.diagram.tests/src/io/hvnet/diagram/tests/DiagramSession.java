package io.hvnet.diagram.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Injector;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.diagram.launch.DiagramServer;
import io.hvnet.diagram.launch.GlspConnection;
import io.hvnet.diagram.source.FileDiagramDocument;
import io.hvnet.dsl.ide.HvNetIdeSetup;

/**
 * A diagram client as the web client is one: JSON-RPC texts through a {@link GlspConnection} (initialize, request
 * the model, send actions), receiving what the server sends. Works on a copy of a .hvnet file in a temp folder.
 */
final class DiagramSession implements AutoCloseable {

	static final Injector LANGUAGE = new HvNetIdeSetup().createInjectorAndDoEMFRegistration();
	private static final String CLIENT = "test-client";
	/** A safety net against a hang, not a speed check: a busy CI machine may take seconds. */
	private static final Duration WAIT = Duration.ofSeconds(60);

	final Path file;
	final FileDiagramDocument document;
	/** The model the server sent for the client's first request. */
	final JsonObject firstModel;
	private final GlspConnection connection;
	private final LinkedBlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
	private final List<JsonObject> seen = new ArrayList<>();
	private int ids = 1;

	private DiagramSession(Path file) throws Exception {
		this(file, document -> {
		});
	}

	/**
	 * {@code beforeRequest} runs after the document was opened on the server and its background drawing finished,
	 * before the client asks for the model.
	 */
	private DiagramSession(Path file, Consumer<FileDiagramDocument> beforeRequest) throws Exception {
		this.file = file;
		this.document = new FileDiagramDocument(file);
		DiagramServer server = new DiagramServer(LANGUAGE);
		String sourceUri = server.open(document);
		if (!server.awaitFirstDrawing(document, WAIT)) {
			throw new AssertionError("the background drawing of " + file + " did not finish within " + WAIT);
		}
		beforeRequest.accept(document);
		connection = server.connect(sourceUri, text -> inbox.add(JsonParser.parseString(text).getAsJsonObject()));
		request("initialize", "{\"applicationId\":\"hvnet-tests\",\"protocolVersion\":\"1.0.0\"}");
		request("initializeClientSession", "{\"clientSessionId\":\"" + CLIENT + "\",\"diagramType\":\""
				+ DiagramTypes.DIAGRAM_TYPE + "\",\"clientActionKinds\":[\"setModel\",\"updateModel\",\"status\","
				+ "\"message\",\"setMarkers\",\"setDirtyState\",\"hvnetShowFlow\",\"hvnetShowStep\",\"hvnetShowSteps\",\"requestBounds\","
				+ "\"setEditMode\",\"setTypeHints\",\"setContextActions\",\"deleteMarkers\"]}");
		send("{\"kind\":\"requestModel\",\"options\":{\"sourceUri\":\"" + sourceUri + "\",\"diagramType\":\""
				+ DiagramTypes.DIAGRAM_TYPE + "\"}}");
		firstModel = awaitAction("setModel").getAsJsonObject("newRoot");
	}

	/** A session on a copy of {@code example} (and of the layout sidecar when there is one). */
	static DiagramSession open(Path example) throws Exception {
		Path dir = Files.createTempDirectory("hvnet-diagram");
		Path copy = dir.resolve(example.getFileName());
		Files.copy(example, copy);
		return new DiagramSession(copy);
	}

	/** A session on a copy of {@code example}, changed by {@code edit} between opening and the first request. */
	static DiagramSession openEditedBeforeRequest(Path example, Consumer<FileDiagramDocument> edit) throws Exception {
		Path dir = Files.createTempDirectory("hvnet-diagram");
		Path copy = dir.resolve(example.getFileName());
		Files.copy(example, copy);
		return new DiagramSession(copy, edit);
	}

	static DiagramSession openText(String name, String text) throws Exception {
		Path dir = Files.createTempDirectory("hvnet-diagram");
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return new DiagramSession(file);
	}

	private void request(String method, String params) throws InterruptedException {
		int id = ids++;
		connection.receive("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params
				+ "}");
		JsonObject response = await(m -> m.has("id") && m.get("id").getAsInt() == id);
		if (response.has("error")) {
			throw new AssertionError(method + " failed: " + response.get("error"));
		}
	}

	/** Sends a JSON-RPC request as any client could write it, and returns the server's response to it. */
	JsonObject rawRequest(String method, String params) throws InterruptedException {
		int id = ids++;
		connection.receive("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":"
				+ params + "}");
		return await(m -> m.has("id") && m.get("id").getAsInt() == id && !m.has("method"));
	}

	/** Sends an action (JSON object text) to the server. */
	void send(String action) {
		connection.receive("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"" + CLIENT
				+ "\",\"action\":" + action + "}}");
	}

	/**
	 * Sends an action and returns the first action of kind {@code kind} that arrives afterwards. Only for kinds the
	 * server sends while it processes the action (updateModel, hvnetShowFlow): GLSP processes one client's actions
	 * in order on one thread, so such an answer cannot belong to an earlier action. Statuses, messages and markers
	 * can also come late from an earlier action (GLSP's live validation runs on a 100 ms debounce timer and sends
	 * "Validate Model..." as an INFO status), so those are awaited with {@link #sendAndAwait(String, String, Predicate)}.
	 */
	JsonObject sendAndAwait(String action, String kind) throws InterruptedException {
		if (LATE_KINDS.contains(kind)) {
			throw new IllegalArgumentException(kind + " can come late from an earlier action: say which one proves this action");
		}
		return sendAndAwait(action, kind, a -> true);
	}

	/** Kinds that the server may send after it finished an earlier action (debounced live validation). */
	private static final java.util.Set<String> LATE_KINDS = java.util.Set.of("status", "message", "setMarkers");

	/**
	 * Sends an action and returns the action of kind {@code kind} for which {@code provesThisAction} holds: the
	 * content that only the answer to this action has (the refusal's reason, the renamed element).
	 */
	JsonObject sendAndAwait(String action, String kind, Predicate<JsonObject> provesThisAction)
			throws InterruptedException {
		inbox.clear();
		send(action);
		return awaitAction(kind, provesThisAction);
	}

	JsonObject awaitAction(String kind) throws InterruptedException {
		return awaitAction(kind, a -> true);
	}

	JsonObject awaitAction(String kind, Predicate<JsonObject> wanted) throws InterruptedException {
		return await(m -> kind.equals(kindOf(m)) && wanted.test(actionOf(m))).getAsJsonObject("params")
				.getAsJsonObject("action");
	}

	/** A status or message whose text contains {@code part}. */
	static Predicate<JsonObject> saying(String part) {
		return a -> a.has("message") && a.get("message").getAsString().contains(part);
	}

	private static JsonObject actionOf(JsonObject message) {
		return message.getAsJsonObject("params").getAsJsonObject("action");
	}

	private JsonObject await(Predicate<JsonObject> wanted) throws InterruptedException {
		long end = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < end) {
			JsonObject m = inbox.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (m != null) {
				seen.add(m);
				if (wanted.test(m)) {
					return m;
				}
			}
		}
		throw new AssertionError("no such message from the server within " + WAIT + "; got: "
				+ seen.stream().map(DiagramSession::brief).toList());
	}

	/** A message without its (long) model: kind, and the text of statuses and messages. */
	private static String brief(JsonObject message) {
		String kind = kindOf(message);
		if (kind == null) {
			return message.has("error") ? "error " + message.get("error") : "response";
		}
		JsonObject action = message.getAsJsonObject("params").getAsJsonObject("action");
		return action.has("message") ? kind + ": " + action.get("message").getAsString() : kind;
	}

	private static String kindOf(JsonObject message) {
		if (!"process".equals(message.has("method") ? message.get("method").getAsString() : null)) {
			return null;
		}
		JsonObject action = message.getAsJsonObject("params").getAsJsonObject("action");
		return action.has("kind") ? action.get("kind").getAsString() : null;
	}

	String text() {
		return document.text();
	}

	@Override
	public void close() {
		connection.close();
	}

	// ------------------------------------------------------------------ reading a GModel (JSON)

	static List<JsonObject> all(JsonObject element) {
		List<JsonObject> result = new ArrayList<>();
		collect(element, result);
		return result;
	}

	private static void collect(JsonObject element, List<JsonObject> into) {
		into.add(element);
		JsonArray children = element.getAsJsonArray("children");
		if (children != null) {
			children.forEach(c -> collect(c.getAsJsonObject(), into));
		}
	}

	static long count(JsonObject root, String type) {
		return all(root).stream().filter(e -> type.equals(e.get("type").getAsString())).count();
	}

	static JsonObject byId(JsonObject root, String id) {
		return all(root).stream().filter(e -> id.equals(e.get("id").getAsString())).findFirst()
				.orElseThrow(() -> new AssertionError("no element " + id));
	}

	static boolean has(JsonObject root, String id) {
		return all(root).stream().anyMatch(e -> id.equals(e.get("id").getAsString()));
	}
}
