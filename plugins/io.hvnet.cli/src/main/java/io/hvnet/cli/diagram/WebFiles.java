package io.hvnet.cli.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The diagram's web client, as built into the io.hvnet.diagram bundle's {@code web/} folder, read from the class path. */
final class WebFiles {

	private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
			"text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "ttf", "font/ttf", "woff", "font/woff",
			"woff2", "font/woff2", "svg", "image/svg+xml", "map", "application/json");

	private WebFiles() {
	}

	/** The file's bytes, or null when the client has no such file. */
	static byte[] read(String name) throws IOException {
		if (name.isEmpty() || name.contains("..") || name.startsWith("/")) {
			return null;
		}
		try (InputStream in = WebFiles.class.getClassLoader().getResourceAsStream("web/" + name)) {
			return in == null ? null : in.readAllBytes();
		}
	}

	static String contentType(String name) {
		int dot = name.lastIndexOf('.');
		return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
	}
}
