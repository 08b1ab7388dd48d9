package io.hvnet.diagram.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One replacement in a text; a diagram edit is a list of them, computed by Xtext's change serializer. */
public record TextReplacement(int offset, int length, String text) {

	/** The text after every replacement (they must not overlap). */
	public static String applyAll(String text, List<TextReplacement> replacements) {
		StringBuilder result = new StringBuilder(text);
		for (TextReplacement r : backwards(replacements)) {
			result.replace(r.offset, r.offset + r.length, r.text);
		}
		return result.toString();
	}

	/** Last first, so that applying one does not move the offsets of the others. */
	public static List<TextReplacement> backwards(List<TextReplacement> replacements) {
		List<TextReplacement> sorted = new ArrayList<>(replacements);
		sorted.sort(Comparator.comparingInt(TextReplacement::offset).reversed());
		return sorted;
	}
}
