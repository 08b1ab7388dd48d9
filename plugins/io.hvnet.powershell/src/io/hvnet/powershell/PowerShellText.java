package io.hvnet.powershell;

import java.util.ArrayList;
import java.util.List;

/**
 * A PowerShell script as lines with indentation, and PowerShell's literals. Values from a .hvnet file (names, display
 * names, addresses) only ever reach the script inside single-quoted strings, where PowerShell expands nothing and a
 * quote is written twice (about_Quoting_Rules), so no text of the file can become code.
 */
final class PowerShellText {

	private final List<String> lines = new ArrayList<>();
	private int depth;

	/** {@code 'text'}, with every single quote (also the typographic ones PowerShell treats alike) doubled. */
	static String quote(String text) {
		StringBuilder quoted = new StringBuilder("'");
		for (char c : text.toCharArray()) {
			if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B') {
				quoted.append(c);
			}
			quoted.append(c);
		}
		return quoted.append('\'').toString();
	}

	/** A list argument: {@code 'a','b'}. */
	static String quoteAll(List<String> texts) {
		return String.join(",", texts.stream().map(PowerShellText::quote).toList());
	}

	/** A comment line; a line break in the text starts a new comment line. */
	PowerShellText comment(String text) {
		for (String line : text.split("\\R", -1)) {
			line("# " + line);
		}
		return this;
	}

	PowerShellText line(String text) {
		lines.add(text.isEmpty() ? "" : "    ".repeat(depth) + text);
		return this;
	}

	PowerShellText blank() {
		lines.add("");
		return this;
	}

	/** {@code head {}, the block's lines, }}. */
	PowerShellText block(String head, Runnable body) {
		line(head + " {");
		depth++;
		body.run();
		depth--;
		line("}");
		return this;
	}

	/** The script, CRLF-terminated: Windows PowerShell 5.1 reads it that way on every Windows. */
	String text() {
		return String.join("\r\n", lines) + "\r\n";
	}
}
