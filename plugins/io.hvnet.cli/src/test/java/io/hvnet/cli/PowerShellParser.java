package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * tree-sitter's PowerShell grammar (web-tree-sitter under node, src/test/powershell-parser/parse.mjs) for the tests
 * that read PowerShell: each script's syntax errors and every command it runs, with its elements as written and
 * whether an {@code if} guards it.
 */
final class PowerShellParser {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Path PARSER = Paths.get("src/test/powershell-parser").toAbsolutePath();

	private PowerShellParser() {
	}

	/** npm ci of the locked grammar, once per checkout. */
	static void install() throws Exception {
		if (!Files.isDirectory(PARSER.resolve("node_modules/web-tree-sitter"))) {
			run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"));
		}
	}

	/** {@code {file, hasError, errors: [{line, column, text}], commands: [{line, guarded, name, elements}]}}. */
	static JsonNode parse(Path script) throws Exception {
		String out = run(List.of("node", "parse.mjs", script.toAbsolutePath().toString()));
		return JSON.readTree(out.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow());
	}

	static List<JsonNode> commands(JsonNode parsed) {
		List<JsonNode> commands = new ArrayList<>();
		parsed.get("commands").forEach(commands::add);
		return commands;
	}

	static List<String> elements(JsonNode command) {
		List<String> elements = new ArrayList<>();
		command.get("elements").forEach(e -> elements.add(e.asText()));
		return elements;
	}

	private static String run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).directory(PARSER.toFile()).redirectErrorStream(true).start();
		byte[] out = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), command + " did not end");
		String text = new String(out, StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), () -> command + " failed (node and npm are needed):\n" + text);
		return text;
	}
}
