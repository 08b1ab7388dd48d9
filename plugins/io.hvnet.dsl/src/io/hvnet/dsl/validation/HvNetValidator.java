package io.hvnet.dsl.validation;

/** Placeholder replaced below. */
public class HvNetValidator extends AbstractHvNetValidator {
}
