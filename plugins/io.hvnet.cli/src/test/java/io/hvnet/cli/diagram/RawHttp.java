package io.hvnet.cli.diagram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * HTTP requests written byte by byte, as an attacking page's browser (or any program) can send them: Java's HTTP
 * client will not send a made-up Host or Content-Length.
 */
final class RawHttp {

	private final URI server;

	RawHttp(URI server) {
		this.server = server;
	}

	/** The status code of a POST to {@code path} with {@code headers} (Host is added unless given) and {@code body}. */
	int post(String path, Map<String, String> headers, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Host", "127.0.0.1:" + server.getPort());
		all.put("Content-Length", String.valueOf(bytes.length));
		all.putAll(headers);
		return request("POST", path, all, bytes);
	}

	int request(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
		try (Socket socket = new Socket(server.getHost(), server.getPort())) {
			StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			head.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
					.readLine();
			return Integer.parseInt(status.split(" ")[1]);
		}
	}

	/**
	 * Opens the event stream of {@code session} with {@code key}; its data lines go to the returned queue, from a
	 * reader thread that ends with the stream.
	 */
	BlockingQueue<String> events(String session, String key) throws IOException {
		Socket socket = new Socket(server.getHost(), server.getPort());
		// HTTP/1.0: the server sends the stream as it is, not in chunks that could split an event's line
		socket.getOutputStream().write(("GET /glsp/events?session=" + session + "&key=" + key + " HTTP/1.0\r\nHost: "
				+ "127.0.0.1:" + server.getPort() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			try (socket; BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					lines.add(line);
				}
			} catch (IOException closed) {
				// the test or the server ended the stream
			}
		}, "test event stream " + session);
		reader.setDaemon(true);
		reader.start();
		return lines;
	}
}
