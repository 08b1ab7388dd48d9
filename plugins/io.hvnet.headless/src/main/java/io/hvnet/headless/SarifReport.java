package io.hvnet.headless;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** SARIF 2.1.0 for code-scanning UIs: one run, one rule per HVN code that occurs, one result per diagnostic. */
public final class SarifReport {

	private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private SarifReport() {
	}

	/**
	 * The shown diagnostics as results; when some were left out, the run's invocation says so in a tool execution
	 * notification (SARIF 2.1.0 §3.20.21), so a code-scanning UI does not present a partial list as complete.
	 */
	public static Map<String, Object> of(ShownDiagnostics shown, String toolVersion) {
		Map<String, Object> log = of(shown.shown(), toolVersion);
		if (shown.notice() != null) {
			@SuppressWarnings("unchecked")
			Map<String, Object> run = ((List<Map<String, Object>>) log.get("runs")).get(0);
			run.put("invocations", List.of(Map.of("executionSuccessful", true, "toolExecutionNotifications",
					List.of(Map.of("level", "warning", "message", Map.of("text", shown.notice()))))));
		}
		return log;
	}

	public static Map<String, Object> of(List<Diagnostic> diagnostics, String toolVersion) {
		List<Map<String, Object>> rules = new ArrayList<>();
		for (String code : new TreeSet<>(diagnostics.stream().map(Diagnostic::code).toList())) {
			rules.add(Map.of("id", code, "shortDescription", Map.of("text", io.hvnet.dsl.validation.IssueCodes.describe(code))));
		}
		List<Map<String, Object>> results = new ArrayList<>();
		for (Diagnostic d : diagnostics) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("ruleId", d.code());
			result.put("level", d.severity().sarifLevel);
			result.put("message", Map.of("text", d.message()));
			result.put("locations", List.of(Map.of("physicalLocation",
					Map.of("artifactLocation", Map.of("uri", uri(d.file())), "region",
							Map.of("startLine", d.line(), "startColumn", d.column())))));
			results.add(result);
		}
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "hvnet");
		driver.put("version", toolVersion);
		driver.put("rules", rules);
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", Map.of("driver", driver));
		run.put("results", results);
		Map<String, Object> log = new LinkedHashMap<>();
		log.put("$schema", SCHEMA);
		log.put("version", "2.1.0");
		log.put("runs", List.of(run));
		return log;
	}

	/** Relative paths stay relative (code-scanning UIs resolve them against the checkout). */
	private static String uri(Path file) {
		String s = file.toString().replace('\\', '/');
		return file.isAbsolute() ? file.toUri().toString() : s;
	}
}
