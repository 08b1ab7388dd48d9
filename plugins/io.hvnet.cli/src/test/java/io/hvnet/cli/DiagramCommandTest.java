package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hvnet.cli.diagram.StandaloneDiagram;
import io.hvnet.dsl.ide.HvNetIdeSetup;

/** `hvnet diagram`'s arguments and its web server; the page itself is tested in Chromium (diagram client's test/). */
class DiagramCommandTest {

	@TempDir
	Path tmp;

	@Test
	void aMissingFileIsAUsageError() {
		CliRun run = CliRun.of("diagram", tmp.resolve("nothere.hvnet").toString());
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("nothere.hvnet: not a .hvnet file"), run.toString());
		assertTrue(!run.err().contains("Exception"), run.toString());
	}

	@Test
	void servesTheClientToThisMachineOnly() throws Exception {
		Path file = tmp.resolve("fig12.hvnet");
		Files.copy(Path.of(CliRun.example("fig12")), file);
		HttpClient http = HttpClient.newHttpClient();
		try (StandaloneDiagram diagram = StandaloneDiagram.open(new HvNetIdeSetup().createInjectorAndDoEMFRegistration(),
				file, 0)) {
			URI page = diagram.page();
			assertEquals("127.0.0.1", page.getHost());
			assertTrue(page.getQuery().contains("source=file:" + file.toAbsolutePath().normalize()), page.toString());
			HttpResponse<String> html = http.send(HttpRequest.newBuilder(page).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(200, html.statusCode());
			assertTrue(html.body().contains("bundle.js"), html.body());
			HttpResponse<String> root = http.send(HttpRequest.newBuilder(page.resolve("/")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(404, root.statusCode(), "the root does not lead to the page: its address carries the key");
			HttpResponse<String> missing = http.send(HttpRequest.newBuilder(page.resolve("/../../etc/passwd")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(404, missing.statusCode());
			assertEquals("HTTP/1.1 403 Forbidden", statusLine(page, "attacker.example"),
					"a page from another site, through a DNS name pointing here, gets nothing");
		}
	}

	/** A raw request: Java's HTTP client will not send a made-up Host header. */
	private static String statusLine(URI page, String host) throws Exception {
		try (Socket socket = new Socket(page.getHost(), page.getPort())) {
			socket.getOutputStream().write(("GET /bundle.js HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
					.readLine();
		}
	}
}
