package io.hvnet.headless;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Where a command's report goes: standard output, or the file given with --out (or --pcap). */
public final class Output {

	/** Made on first use: a text report needs no JSON, and Jackson's set-up is a tenth of a second of a short run. */
	private static final class Json {
		static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	}

	private Output() {
	}

	public static void write(PrintWriter stdout, Path out, String text) throws UsageException {
		if (out == null) {
			stdout.print(text);
			stdout.flush();
			return;
		}
		write(out, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Writes {@code bytes} to the file {@code out}, making its directory if needed. */
	public static void write(Path out, byte[] bytes) throws UsageException {
		try {
			Path parent = out.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.write(out, bytes);
		} catch (IOException e) {
			throw new UsageException("cannot write " + out + ": " + e.getMessage());
		}
	}

	public static String json(Object value) {
		try {
			return Json.MAPPER.writeValueAsString(value) + System.lineSeparator();
		} catch (IOException e) {
			throw new IllegalStateException("cannot serialise report", e);
		}
	}

	public static String lines(java.util.function.Consumer<PrintWriter> body) {
		StringWriter buffer = new StringWriter();
		try (PrintWriter w = new PrintWriter(buffer)) {
			body.accept(w);
		}
		return buffer.toString();
	}
}
