package io.hvnet.headless;

import java.nio.file.Path;

/** One problem in one file, as every output format reports it. Lines and columns start at 1. */
public record Diagnostic(Path file, int line, int column, Severity severity, String code, String message)
		implements Comparable<Diagnostic> {

	public enum Severity {
		ERROR("error", "error"), WARNING("warning", "warning"), INFO("info", "note");

		private final String text;
		final String sarifLevel;

		Severity(String text, String sarifLevel) {
			this.text = text;
			this.sarifLevel = sarifLevel;
		}

		/** The word in text and JSON reports. */
		public String text() {
			return text;
		}
	}

	@Override
	public int compareTo(Diagnostic o) {
		int c = file.toString().compareTo(o.file.toString());
		if (c == 0) {
			c = Integer.compare(line, o.line);
		}
		if (c == 0) {
			c = Integer.compare(column, o.column);
		}
		return c;
	}

	public String toText() {
		return file + ":" + line + ":" + column + ": " + severity.text + " " + code + ": " + message;
	}
}
