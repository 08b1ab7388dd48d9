package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;

import io.hvnet.dsl.validation.IssueCodes;

/**
 * docs/language.md's table of diagnostics says, for every code, what the code itself says: {@link IssueCodes} owns
 * the descriptions (the CLI's SARIF rules print them) and the validation tests own the severities. A code added,
 * reworded or given another severity without the table (or the reverse) fails here.
 */
public class DiagnosticsTableTest {

	private static final Pattern ROW = Pattern.compile("^\\| (HVN\\d{3}) \\| (\\w+) \\| (.*) \\|$", Pattern.MULTILINE);

	private record Row(String severity, String meaning) {
	}

	@Test
	public void theTableSaysWhatTheCodeSays() throws Exception {
		Map<String, Row> table = table();
		for (Map.Entry<String, String> code : IssueCodes.descriptions().entrySet()) {
			Row row = table.get(code.getKey());
			assertTrue(row != null, code.getKey() + " is missing from docs/language.md");
			assertEquals(code.getValue(), row.meaning(), code.getKey() + "'s description");
		}
		for (String code : new String[] { IssueCodes.SYNTAX, IssueCodes.UNRESOLVED_REFERENCE, IssueCodes.OTHER }) {
			assertTrue(table.containsKey(code), code + " is missing from docs/language.md");
			assertEquals(IssueCodes.describe(code), table.get(code).meaning(), code + "'s description");
		}
		for (String code : table.keySet()) {
			assertTrue(IssueCodes.descriptions().containsKey(code) || code.startsWith("HVN9"),
					"docs/language.md describes " + code + ", which no rule raises");
		}
	}

	@Test
	public void theTableGivesEachRuleItsSeverity() throws Exception {
		Map<String, Row> table = table();
		ValidationRulesTest.rules().forEach(arguments -> {
			String code = (String) arguments.get()[0];
			Severity severity = (Severity) arguments.get()[1];
			assertEquals(severity.name().toLowerCase(), table.get(code).severity(), code + "'s severity");
		});
	}

	private static Map<String, Row> table() throws Exception {
		Path doc = Examples.root().toAbsolutePath().getParent().resolve("docs/language.md");
		Matcher m = ROW.matcher(Files.readString(doc));
		Map<String, Row> rows = new LinkedHashMap<>();
		while (m.find()) {
			assertTrue(rows.put(m.group(1), new Row(m.group(2), m.group(3))) == null, m.group(1) + " has two rows");
		}
		assertTrue(rows.size() > 40, "the table was not found in " + doc);
		return rows;
	}
}
