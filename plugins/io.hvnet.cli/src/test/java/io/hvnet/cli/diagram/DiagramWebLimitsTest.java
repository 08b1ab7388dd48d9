package io.hvnet.cli.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hvnet.diagram.launch.DiagramServer;
import io.hvnet.diagram.source.FileDiagramDocument;
import io.hvnet.dsl.ide.HvNetIdeSetup;

/** The diagram server's bounds: message size, sessions per launch, idle sessions; each refusal is one log line. */
class DiagramWebLimitsTest {

	private static final DiagramServer DIAGRAMS = new DiagramServer(
			new HvNetIdeSetup().createInjectorAndDoEMFRegistration());
	private static final Duration WAIT = Duration.ofSeconds(60);
	private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
			+ "{\"applicationId\":\"x\",\"protocolVersion\":\"1.0.0\"}}";

	@TempDir
	Path tmp;

	private final List<String> log = new CopyOnWriteArrayList<>();
	private DiagramWebServer web;
	private RawHttp http;
	private Map<String, String> own;

	private void start(DiagramWebLimits limits) throws IOException {
		Path file = tmp.resolve("s.hvnet");
		Files.writeString(file, "physical switch P ports 2\n");
		String sourceUri = DIAGRAMS.open(new FileDiagramDocument(file));
		web = DiagramWebServer.start(DIAGRAMS, sourceUri, 0, limits, log::add);
		http = new RawHttp(web.page());
		String key = web.page().getQuery().replaceAll(".*key=([^&]*).*", "$1");
		own = Map.of("Origin", "http://127.0.0.1:" + web.page().getPort(), "Content-Type", "application/json",
				DiagramWebServer.KEY_HEADER, key);
	}

	@AfterEach
	void stop() {
		if (web != null) {
			web.close();
		}
	}

	@Test
	void aMessageOverTheLimitIs413WithoutBeingRead() throws Exception {
		start(new DiagramWebLimits(1024, 4, Duration.ofMinutes(5)));
		// announces 1.5 GB and sends 10 bytes: an answer at all proves the server did not wait for the rest
		Map<String, String> headers = new java.util.LinkedHashMap<>(own);
		headers.put("Host", "127.0.0.1:" + web.page().getPort());
		headers.put("Content-Length", "1610612736");
		assertEquals(413, http.request("POST", "/glsp?session=big", headers, "{\"jsonrpc\"".getBytes()));
		// without a length (chunked), reading stops at the limit
		try (Socket socket = new Socket("127.0.0.1", web.page().getPort())) {
			StringBuilder request = new StringBuilder("POST /glsp?session=big HTTP/1.1\r\nHost: 127.0.0.1:"
					+ web.page().getPort() + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n");
			own.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
			request.append("\r\n").append("800\r\n").append("x".repeat(0x800)).append("\r\n0\r\n\r\n");
			socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
			String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
			assertEquals("HTTP/1.1 413", status);
		}
		assertEquals(0, web.sessionCount());
		assertTrue(log.stream().anyMatch(l -> l.contains("a diagram message of 1610612736 bytes (at most 1024)")), log::toString);
		assertEquals(204, http.post("/glsp?session=small", own, INITIALIZE), "a message under the limit goes through");
	}

	@Test
	void sessionsBeyondTheLimitAreRefused() throws Exception {
		start(new DiagramWebLimits(1024, 2, Duration.ofMinutes(5)));
		assertEquals(204, http.post("/glsp?session=one", own, INITIALIZE));
		assertEquals(204, http.post("/glsp?session=two", own, INITIALIZE));
		assertEquals(429, http.post("/glsp?session=three", own, INITIALIZE));
		assertEquals(204, http.post("/glsp?session=one", own, INITIALIZE), "open sessions go on working");
		assertEquals(2, web.sessionCount());
		assertEquals(1, log.stream().filter(l -> l.startsWith("refused a new diagram session: 2 are open")).count(),
				log::toString);
	}

	@Test
	void aSessionNoPageUsesIsClosed() throws Exception {
		start(new DiagramWebLimits(1024, 2, Duration.ofMillis(300)));
		assertEquals(204, http.post("/glsp?session=gone", own, INITIALIZE));
		String closed = "closed diagram session gone: no page used it for 0.3 s";
		long end = System.nanoTime() + WAIT.toNanos();
		// the log line is written after the session is gone: waiting for the count alone could read the log too early
		while (!log.contains(closed) && System.nanoTime() < end) {
			Thread.sleep(20); // polls for the closing; the condition ends the wait
		}
		assertTrue(log.contains(closed), log::toString);
		assertEquals(0, web.sessionCount());
	}

	@Test
	void aSecondEventStreamForOneSessionIsRefused() throws Exception {
		start(new DiagramWebLimits(1024, 4, Duration.ofMinutes(5)));
		String key = own.get(DiagramWebServer.KEY_HEADER);
		BlockingQueue<String> first = http.events("one", key);
		// the first stream is open once the server's first line of it (a comment) has come
		long end = System.nanoTime() + WAIT.toNanos();
		String line = "";
		while (!": hvnet".equals(line) && System.nanoTime() < end) {
			String next = first.poll(Math.max(1, (end - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
			line = next == null ? line : next;
		}
		assertEquals(": hvnet", line, "the first event stream opened");
		int second = http.request("GET", "/glsp/events?session=one&key=" + key,
				Map.of("Host", "127.0.0.1:" + web.page().getPort()), new byte[0]);
		assertEquals(409, second);
		assertTrue(log.contains("diagram server refused a second event stream for diagram session one"),
				log::toString);
		assertEquals(204, http.post("/glsp?session=one", own, INITIALIZE), "the session goes on working");
		assertEquals(1, web.sessionCount());
	}

	/**
	 * A client that sends its request a byte at a time holds one of the server's threads while it does; the server
	 * cuts such requests after {@link DiagramWebServer#REQUEST_SECONDS}, so as many of them as it has threads do not
	 * lock out the page. Half of them trickle their headers, half their body (a size within the limit).
	 */
	@Test
	void requestsThatTrickleAreCut() throws Exception {
		DiagramWebLimits limits = new DiagramWebLimits(1024, 2, Duration.ofMinutes(5));
		start(limits);
		int threads = limits.maxSessions() + 8;
		List<Socket> slow = new CopyOnWriteArrayList<>();
		for (int i = 0; i < threads; i++) {
			Socket socket = new Socket("127.0.0.1", web.page().getPort());
			String head = "POST /glsp?session=slow" + i + " HTTP/1.1\r\nHost: 127.0.0.1:" + web.page().getPort()
					+ "\r\n";
			if (i % 2 == 1) {
				StringBuilder all = new StringBuilder(head);
				own.forEach((name, value) -> all.append(name).append(": ").append(value).append("\r\n"));
				head = all.append("Content-Length: 1000\r\n\r\n").toString();
			}
			socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
			slow.add(socket);
		}
		// one byte per socket every 200 ms: a thousand of them would take more than three minutes
		Thread trickle = new Thread(() -> {
			while (!slow.isEmpty()) {
				for (Socket socket : slow) {
					try {
						socket.getOutputStream().write(slow.indexOf(socket) % 2 == 1 ? '{' : 'X');
					} catch (IOException cut) {
						slow.remove(socket);
					}
				}
				try {
					Thread.sleep(200); // the pace of the slow client, not a wait for a condition
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "test trickle");
		trickle.setDaemon(true);
		List<Socket> all = List.copyOf(slow);
		trickle.start();
		try {
			long end = System.nanoTime() + WAIT.toNanos();
			for (Socket socket : all) {
				socket.setSoTimeout((int) Math.max(1, (end - System.nanoTime()) / 1_000_000));
				try {
					while (socket.getInputStream().read() >= 0) {
						// the server's answer, if any, until it ends the connection
					}
				} catch (SocketTimeoutException e) {
					fail("a trickling request was not cut within " + WAIT);
				} catch (IOException reset) {
					// cut too
				}
			}
		} finally {
			slow.clear();
			trickle.interrupt();
			for (Socket socket : all) {
				socket.close();
			}
		}
		assertEquals(204, http.post("/glsp?session=one", own, INITIALIZE), "the page's requests are served");
	}
}
