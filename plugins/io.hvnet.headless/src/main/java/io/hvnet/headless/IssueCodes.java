package io.hvnet.headless;

import static io.hvnet.dsl.validation.IssueCodes.OTHER;
import static io.hvnet.dsl.validation.IssueCodes.SYNTAX;
import static io.hvnet.dsl.validation.IssueCodes.UNRESOLVED_REFERENCE;

/** Describes every HVNnnn code in reports, including the ones given to Xtext's syntax and link errors. */
final class IssueCodes {

	private IssueCodes() {
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
