package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * PowerShell scripts read back by tree-sitter's PowerShell grammar (web-tree-sitter under node,
 * src/test/powershell-parser/parse.mjs): per script, the syntax errors and every command with its elements as written
 * and whether an {@code if} guards it. Loading the grammar's WebAssembly takes node several seconds, so scripts are
 * parsed many to one call.
 */
final class PowerShellParser {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Path HOME = Paths.get("src/test/powershell-parser").toAbsolutePath();

	private PowerShellParser() {
	}

	/** The locked packages, installed once per checkout ({@code npm ci}, from the default registry). */
	static void install() throws Exception {
		if (!Files.isDirectory(HOME.resolve("node_modules/web-tree-sitter"))) {
			run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"));
		}
	}

	static JsonNode parse(Path script) throws Exception {
		return parseAll(List.of(script)).get(script.toAbsolutePath());
	}

	/** Each script's parse, by its absolute path. */
	static Map<Path, JsonNode> parseAll(Collection<Path> scripts) throws Exception {
		Map<Path, JsonNode> parsed = new HashMap<>();
		if (scripts.isEmpty()) {
			return parsed;
		}
		List<String> command = new ArrayList<>(List.of("node", "parse.mjs"));
		scripts.forEach(s -> command.add(s.toAbsolutePath().toString()));
		run(command).lines().filter(l -> l.startsWith("{")).forEach(line -> {
			try {
				JsonNode result = JSON.readTree(line);
				parsed.put(Paths.get(result.get("file").asText()), result);
			} catch (IOException e) {
				throw new UncheckedIOException(line, e);
			}
		});
		assertEquals(scripts.size(), parsed.size(), () -> "a parse for every script: " + parsed.keySet());
		return parsed;
	}

	/** The script's commands in order. */
	static List<JsonNode> commands(JsonNode parsed) {
		List<JsonNode> commands = new ArrayList<>();
		parsed.get("commands").forEach(commands::add);
		return commands;
	}

	/** A command's elements (parameters and arguments) as written. */
	static List<String> elements(JsonNode command) {
		List<String> elements = new ArrayList<>();
		command.get("elements").forEach(e -> elements.add(e.asText()));
		return elements;
	}

	private static String run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true).start();
		byte[] out = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), command + " did not end");
		String text = new String(out, StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), () -> command + " failed (node and npm are needed):\n" + text);
		return text;
	}
}
