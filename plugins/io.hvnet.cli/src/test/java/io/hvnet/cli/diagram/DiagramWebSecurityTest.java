package io.hvnet.cli.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import io.hvnet.dsl.ide.HvNetIdeSetup;

/**
 * The standalone diagram server against a page of another site that knows the server's port and the file's path
 * (both easy to guess): it posts the JSON-RPC messages that would rename an element and save the file, in every way a
 * browser lets a cross-origin page send them. Each is refused before it reaches a diagram session, and the file's
 * bytes stay as they were. The same messages from the server's own page do rename (so the attack is a real one).
 */
class DiagramWebSecurityTest {

	private static final Injector LANGUAGE = new HvNetIdeSetup().createInjectorAndDoEMFRegistration();
	private static final Duration WAIT = Duration.ofSeconds(60);

	@TempDir
	Path tmp;

	private Path file;
	private byte[] original;
	private StandaloneDiagram diagram;
	private RawHttp http;
	private String origin;
	private String key;

	@BeforeEach
	void open() throws Exception {
		file = tmp.resolve("fig12.hvnet");
		Path examples = Paths.get(System.getProperty("hvnet.examples", "../../examples")).resolve("seed");
		try (var files = Files.list(examples)) {
			Files.copy(files.filter(p -> p.getFileName().toString().startsWith("fig12")).findFirst().orElseThrow(), file);
		}
		original = Files.readAllBytes(file);
		diagram = StandaloneDiagram.open(LANGUAGE, file, 0);
		URI page = diagram.page();
		http = new RawHttp(page);
		origin = "http://127.0.0.1:" + page.getPort();
		key = page.getQuery().replaceAll(".*[?&]?key=([^&]*).*", "$1");
	}

	@AfterEach
	void close() {
		diagram.close();
	}

	private String sourceUri() {
		return org.eclipse.emf.common.util.URI.createFileURI(file.toAbsolutePath().normalize().toString()).toString();
	}

	/** The messages of a client that renames VM1 (the rename is saved to the file at once). */
	private static List<String> renameVm1(String sourceUri) {
		return List.of(
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"applicationId\":\"x\",\"protocolVersion\":\"1.0.0\"}}",
				"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initializeClientSession\",\"params\":{\"clientSessionId\":\"c\","
						+ "\"diagramType\":\"hvnet-diagram\",\"clientActionKinds\":[\"setModel\",\"updateModel\",\"status\","
						+ "\"message\",\"setMarkers\",\"setDirtyState\",\"hvnetShowFlow\",\"requestBounds\","
						+ "\"setEditMode\",\"setTypeHints\",\"setContextActions\",\"deleteMarkers\"]}}",
				"{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"c\",\"action\":{\"kind\":\"requestModel\","
						+ "\"options\":{\"sourceUri\":\"" + sourceUri + "\",\"diagramType\":\"hvnet-diagram\"}}}}",
				"{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"c\",\"action\":{\"kind\":\"applyLabelEdit\","
						+ "\"isOperation\":true,\"labelId\":\"HV01.VM1/name\",\"text\":\"Pwned\"}}}");
	}

	/** Posts the rename as a session with the given headers; returns the statuses, one per message. */
	private List<Integer> attack(String session, Map<String, String> headers) throws Exception {
		return renameVm1(sourceUri()).stream().map(m -> {
			try {
				return http.post("/glsp?session=" + session, headers, m);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		}).toList();
	}

	private void assertRefused(List<Integer> statuses, int status) throws Exception {
		assertEquals(List.of(status, status, status, status), statuses);
		assertEquals(0, diagram.sessionCount(), "a refused request opens no session");
		assertArrayEquals(original, Files.readAllBytes(file), "the file is unchanged");
	}

	@Test
	void aSimpleCrossOriginRequestIsRefused() throws Exception {
		// what a form or fetch(mode: no-cors) of another site sends: text/plain needs no CORS preflight
		assertRefused(attack("a1", Map.of("Origin", "http://evil.example", "Content-Type", "text/plain")), 403);
	}

	@Test
	void aForeignOriginIsRefusedEvenWithTheKeyAndJson() throws Exception {
		assertRefused(attack("a2", Map.of("Origin", "http://evil.example", "Content-Type", "application/json",
				DiagramWebServer.KEY_HEADER, key)), 403);
		assertRefused(attack("a3", Map.of("Origin", "http://localhost:1", "Content-Type", "application/json",
				DiagramWebServer.KEY_HEADER, key)), 403);
	}

	@Test
	void theNullOriginIsRefused() throws Exception {
		// a sandboxed iframe or a page opened from a file sends Origin: null
		assertRefused(attack("a4", Map.of("Origin", "null", "Content-Type", "application/json",
				DiagramWebServer.KEY_HEADER, key)), 403);
	}

	@Test
	void aPostWithoutAnOriginIsRefused() throws Exception {
		assertRefused(attack("a5", Map.of("Content-Type", "application/json", DiagramWebServer.KEY_HEADER, key)), 403);
	}

	@Test
	void noKeyOrAWrongKeyIsRefused() throws Exception {
		assertRefused(attack("a6", Map.of("Origin", origin, "Content-Type", "application/json")), 403);
		assertRefused(attack("a7", Map.of("Origin", origin, "Content-Type", "application/json",
				DiagramWebServer.KEY_HEADER, key.substring(1) + "A")), 403);
	}

	@Test
	void textPlainIsRefusedEvenFromTheOwnOriginWithTheKey() throws Exception {
		assertRefused(attack("a8", Map.of("Origin", origin, "Content-Type", "text/plain",
				DiagramWebServer.KEY_HEADER, key)), 415);
	}

	@Test
	void theEventStreamNeedsTheKey() throws Exception {
		int status = http.request("GET", "/glsp/events?session=e1",
				Map.of("Host", "127.0.0.1:" + diagram.page().getPort()), new byte[0]);
		assertEquals(403, status);
		int foreign = http.request("GET", "/glsp/events?session=e2&key=" + key,
				Map.of("Host", "127.0.0.1:" + diagram.page().getPort(), "Origin", "http://evil.example"), new byte[0]);
		assertEquals(403, foreign);
		assertEquals(0, diagram.sessionCount());
	}

	@Test
	void theKeyIsUnguessableAndNewForEveryLaunch() throws Exception {
		assertTrue(key.matches("[A-Za-z0-9_-]{43}"), key);
		try (StandaloneDiagram other = StandaloneDiagram.open(LANGUAGE, file, 0)) {
			assertNotEquals(key, other.page().getQuery().replaceAll(".*key=([^&]*).*", "$1"));
		}
		int root = http.request("GET", "/", Map.of("Host", "127.0.0.1:" + diagram.page().getPort()), new byte[0]);
		assertEquals(404, root, "the root does not lead to the page (and so to its key)");
	}

	@Test
	void anotherFilesDiagramIsRefusedOnTheOwnConnection() throws Exception {
		Path other = tmp.resolve("other.hvnet");
		Files.writeString(other, "physical switch P ports 2\n");
		byte[] otherBytes = Files.readAllBytes(other);
		BlockingQueue<String> events = http.events("own", key);
		String otherUri = org.eclipse.emf.common.util.URI.createFileURI(other.toString()).toString();
		Map<String, String> own = Map.of("Origin", origin, "Content-Type", "application/json",
				DiagramWebServer.KEY_HEADER, key);
		for (String message : renameVm1(otherUri)) {
			assertEquals(204, http.post("/glsp?session=own", own, message));
		}
		awaitLine(events, "this diagram shows " + sourceUri() + " only, not " + otherUri);
		assertArrayEquals(original, Files.readAllBytes(file));
		assertArrayEquals(otherBytes, Files.readAllBytes(other));
	}

	@Test
	void theOwnPageRenames() throws Exception {
		BlockingQueue<String> events = http.events("page", key);
		Map<String, String> own = Map.of("Origin", origin, "Content-Type", "application/json; charset=utf-8",
				DiagramWebServer.KEY_HEADER, key);
		for (String message : renameVm1(sourceUri())) {
			assertEquals(204, http.post("/glsp?session=page", own, message));
		}
		assertTrue(events != null);
		long end = System.nanoTime() + WAIT.toNanos();
		while (!Files.readString(file).contains("vm Pwned") && System.nanoTime() < end) {
			Thread.sleep(20); // polling the file for the saved rename; the condition, not the sleep, ends the wait
		}
		assertTrue(Files.readString(file).contains("vm Pwned"), Files.readString(file));
	}

	private static void awaitLine(BlockingQueue<String> lines, String part) throws InterruptedException {
		long end = System.nanoTime() + WAIT.toNanos();
		StringBuilder seen = new StringBuilder();
		while (System.nanoTime() < end) {
			String line = lines.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (line != null && line.contains(part)) {
				return;
			}
			if (line != null && seen.length() < 4000) {
				seen.append(line, 0, Math.min(line.length(), 200)).append('\n');
			}
		}
		assertFalse(true, "no event saying '" + part + "' within " + WAIT + "; got:\n" + seen);
	}
}
