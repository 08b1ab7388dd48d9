package io.hvnet.sim;

import io.hvnet.dsl.hvnet.Expectation;

/** One {@code expect} line, checked: a readable description, and when it failed, what happened instead. */
public record ExpectationResult(Expectation expectation, String description, boolean passed, String message) {
}
