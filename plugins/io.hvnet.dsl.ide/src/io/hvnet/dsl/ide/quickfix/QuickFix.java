package io.hvnet.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import io.hvnet.dsl.ide.edit.TextEdit;

/** A fix a user can apply to a diagnostic: a label and the text edits it makes. */
public record QuickFix(String label, List<TextEdit> edits) {

	/** Applies the edits to {@code text} (edits do not overlap). */
	public String applyTo(String text) {
		List<TextEdit> backwards = new ArrayList<>(edits);
		backwards.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
		StringBuilder s = new StringBuilder(text);
		for (TextEdit e : backwards) {
			s.replace(e.offset(), e.offset() + e.length(), e.text());
		}
		return s.toString();
	}
}
