package io.hvnet.cli;

import org.eclipse.xtext.diagnostics.Diagnostic;

/** Gives every diagnostic an HVNnnn code: the validator's own, or a reserved one for Xtext's syntax/link errors. */
final class IssueCodes {

	static final String SYNTAX = "HVN900";
	static final String UNRESOLVED_REFERENCE = "HVN901";
	static final String OTHER = "HVN999";

	private IssueCodes() {
	}

	static String of(String xtextCode) {
		if (xtextCode == null) {
			return OTHER;
		}
		if (xtextCode.matches("HVN\\d{3}")) {
			return xtextCode;
		}
		if (xtextCode.equals(Diagnostic.SYNTAX_DIAGNOSTIC)) {
			return SYNTAX;
		}
		if (xtextCode.equals(Diagnostic.LINKING_DIAGNOSTIC)) {
			return UNRESOLVED_REFERENCE;
		}
		return OTHER;
	}

	static String describe(String code) {
		return switch (code) {
		case SYNTAX -> "The text does not follow the hvnet grammar.";
		case UNRESOLVED_REFERENCE -> "A name refers to nothing that exists.";
		case OTHER -> "Another problem found while reading the model.";
		default -> io.hvnet.dsl.validation.IssueCodes.descriptions().getOrDefault(code, "hvnet rule " + code + " (see docs/language.md).");
		};
	}
}
