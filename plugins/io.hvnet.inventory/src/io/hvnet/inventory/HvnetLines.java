package io.hvnet.inventory;

import java.util.ArrayList;
import java.util.List;

/** .hvnet text as indented lines, with the language's string and comment forms; the formatter has the last word. */
final class HvnetLines {

	private final List<String> lines = new ArrayList<>();
	private int depth;

	/** A STRING literal: backslash and double quote escaped, as the language's terminal reads them. */
	static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	HvnetLines line(String text) {
		lines.add("    ".repeat(depth) + text);
		return this;
	}

	/** One comment line per line of {@code text}. */
	HvnetLines comment(String text) {
		for (String line : text.split("\\R")) {
			line("// " + line);
		}
		return this;
	}

	HvnetLines blank() {
		if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
			lines.add("");
		}
		return this;
	}

	HvnetLines open(String head) {
		line(head + " {");
		depth++;
		return this;
	}

	HvnetLines close() {
		depth--;
		return line("}");
	}

	boolean isEmpty() {
		return lines.isEmpty();
	}

	String text() {
		return String.join("\n", lines) + "\n";
	}
}
