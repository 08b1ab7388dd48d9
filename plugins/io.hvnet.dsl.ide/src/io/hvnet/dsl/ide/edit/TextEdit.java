package io.hvnet.dsl.ide.edit;

/** Replace {@code length} characters at {@code offset} with {@code text}. */
public record TextEdit(int offset, int length, String text) {
}
