package io.hvnet.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * The serializer's text of a change, laid out as the user laid out the text around it. Xtext's serializer formats
 * the whole container a change is in (for an element added to the file, the whole file): one-line blocks come back
 * on several lines, a comment at a line's end may move. Here the old and the new text are compared token by token
 * (a token is a word, a string, a comment or a sign; what lies between tokens is layout): where the two agree, the old
 * layout stays byte for byte; only around the tokens the change inserts or removes does the layout come from the
 * serializer, fitted to the old one — within a line what is inserted stays on that line, between lines it gets lines
 * of its own, and a removed part takes its line or its space with it.
 * <p>
 * The result always has the serializer's tokens in the serializer's order, with space between two tokens exactly
 * where the serializer has some and a line break after every line comment, so it reads as the serializer's text
 * does (issue #18, finding 4).
 */
final class UntouchedLayout {

	private UntouchedLayout() {
	}

	/** {@code changed} with the layout of {@code old} wherever the two have the same tokens. */
	static String keep(String old, String changed) {
		return keep(old, changed, true);
	}

	private static String keep(String old, String changed, boolean commentsMayMove) {
		Tokens before = Tokens.of(old);
		Tokens after = Tokens.of(changed);
		if (before.texts().equals(after.texts())) {
			return old; // only the layout changed
		}
		if (before.size() == 0 || after.size() == 0) {
			return changed;
		}
		// the diff of what lies between the common start and end (a whole file, for an element added to it)
		int same = 0;
		while (same < before.size() && same < after.size() && before.text(same).equals(after.text(same))) {
			same++;
		}
		int sameAtEnd = 0;
		while (sameAtEnd < before.size() - same && sameAtEnd < after.size() - same
				&& before.text(before.size() - 1 - sameAtEnd).equals(after.text(after.size() - 1 - sameAtEnd))) {
			sameAtEnd++;
		}
		List<AbstractDelta<String>> deltas = DiffUtils.diff(before.texts().subList(same, before.size() - sameAtEnd),
				after.texts().subList(same, after.size() - sameAtEnd)).getDeltas();
		if (commentsMayMove) {
			String moved = commentsKeptOnTheirLines(before, after, deltas, same);
			if (moved != null) {
				return keep(old, moved, false);
			}
		}
		String[] gaps = new String[after.size() + 1];
		int i = 0; // the next old token
		int j = 0; // the next new token
		for (AbstractDelta<String> delta : deltas) {
			int p = same + delta.getSource().getPosition();
			for (; i < p; i++, j++) {
				if (gaps[j] == null) {
					gaps[j] = kept(before, i, after, j);
				}
			}
			int removed = delta.getSource().size();
			int inserted = delta.getTarget().size();
			fit(before, i, removed, after, j, inserted, gaps);
			i += removed;
			j += inserted;
		}
		for (; j <= after.size(); i++, j++) {
			if (gaps[j] == null) {
				gaps[j] = kept(before, i, after, j);
			}
		}
		StringBuilder result = new StringBuilder(changed.length());
		for (int k = 0; k < after.size(); k++) {
			result.append(safe(gaps[k], after, k)).append(after.text(k));
		}
		return result.append(safe(gaps[after.size()], after, after.size())).toString();
	}

	/**
	 * The old layout before a token that stays (old token {@code i}, new token {@code j}): a line keeps its line
	 * breaks and, unless the change put it into another block (or out of one), its indentation.
	 */
	private static String kept(Tokens before, int i, Tokens after, int j) {
		String gap = before.gap(i);
		if (hasLineBreak(gap) && i < before.size() && j < after.size() && before.depth(i) != after.depth(j)
				&& hasLineBreak(after.gap(j))) {
			return gap.substring(0, lastLineBreak(gap)) + indentOf(after.gap(j));
		}
		return gap;
	}

	/**
	 * The serializer moves a comment at the end of a line behind what it inserts after that line's element (for it,
	 * the comment belongs to what follows). Such a comment is put back on its line, so that what is inserted goes on
	 * lines of its own after it. Returns {@code null} when no comment moved.
	 */
	private static String commentsKeptOnTheirLines(Tokens before, Tokens after, List<AbstractDelta<String>> deltas,
			int same) {
		StringBuilder text = null;
		// from the end, so that the positions of earlier deltas stay valid
		for (int d = deltas.size() - 1; d >= 0; d--) {
			AbstractDelta<String> delta = deltas.get(d);
			int i = same + delta.getSource().getPosition();
			int j = same + delta.getTarget().getPosition();
			int inserted = delta.getTarget().size();
			if (delta.getSource().size() != 0 || i == 0 || j == 0 || i >= before.size()
					|| !before.text(i).startsWith("//") || hasLineBreak(before.gap(i))
					|| !hasLineBreak(after.gap(j)) || !before.text(i).equals(after.text(j + inserted))) {
				continue;
			}
			if (text == null) {
				text = new StringBuilder(after.text());
			}
			int comment = j + inserted;
			String replacement = before.gap(i) + after.text(comment) + after.gap(j) + after.between(j, comment);
			text.replace(after.end(j - 1), after.end(comment), replacement);
		}
		return text == null ? null : text.toString();
	}

	/**
	 * The layout around one change: old tokens {@code [i, i + removed)} become new tokens {@code [j, j + inserted)};
	 * sets the gaps before, between and after the new tokens.
	 */
	private static void fit(Tokens before, int i, int removed, Tokens after, int j, int inserted, String[] gaps) {
		String oldLead = before.gap(i);
		String oldTrail = before.gap(i + removed);
		String newLead = after.gap(j);
		String newTrail = after.gap(j + inserted);
		if (inserted == 0) {
			gaps[j] = removedLayout(oldLead, oldTrail);
			return;
		}
		boolean oneLine;
		String lead;
		String trail;
		// the serializer indents what it inserts into a block only where it formats the block; the inserted lines
		// take the indentation of the old lines beside them instead, where there are such lines
		String shiftFrom = "";
		String shiftTo = "";
		if (removed > 0) {
			// a replacement takes the place of what it replaces; on one line, it stays on that line
			oneLine = !hasLineBreak(before.between(i, i + removed));
			lead = oldLead;
			trail = oldTrail;
		} else if (!hasLineBreak(oldLead)) {
			// an insertion into a block written on one line stays on that line; elsewhere within a line (between an
			// element's name and its block, say) the serializer's layout is as good as any
			oneLine = insideOneLineBlock(before, i);
			lead = oneLine ? flat(newLead) : newLead;
			trail = oneLine ? flat(newTrail) : newTrail;
		} else {
			// an insertion between lines gets lines of its own where the serializer gives it lines of its own,
			// laid out as the serializer lays it out; the next token keeps its line and, unless the change moved it
			// into another block, its indentation
			oneLine = false;
			int next = j + inserted;
			String indent = i < before.size() && next < after.size() && before.depth(i) != after.depth(next)
					? indentOf(newTrail)
					: indentOf(oldLead);
			if (hasLineBreak(newLead)) {
				shiftFrom = indentOf(newLead);
				String beside = siblingIndent(before, i, after.depth(j));
				shiftTo = beside == null ? shiftFrom : beside;
				lead = newLead.substring(0, lastLineBreak(newLead)) + shiftTo;
				// the blank lines the old text had there stay, after what is inserted
				long breaks = Math.max(lineBreaks(newTrail), lineBreaks(oldLead) - lineBreaks(newLead) + 1);
				String lineEnd = oldLead.contains("\r\n") ? "\r\n" : "\n";
				trail = hasLineBreak(newTrail) ? lineEnd.repeat((int) breaks) + indent : flat(newTrail);
			} else {
				lead = flat(newLead);
				trail = oldLead;
			}
		}
		gaps[j] = lead;
		for (int k = j + 1; k < j + inserted; k++) {
			String gap = after.gap(k);
			if (oneLine) {
				gaps[k] = flat(gap);
			} else if (hasLineBreak(gap) && indentOf(gap).startsWith(shiftFrom)) {
				gaps[k] = gap.substring(0, lastLineBreak(gap)) + shiftTo + indentOf(gap).substring(shiftFrom.length());
			} else {
				gaps[k] = gap;
			}
		}
		gaps[j + inserted] = trail;
	}

	/**
	 * The indentation of the old lines that start at {@code depth} in the block around old token {@code i}, before
	 * it or else after it; {@code null} when the block has no such line (in the part of the text at hand).
	 */
	private static String siblingIndent(Tokens before, int i, int depth) {
		for (int k = Math.min(i, before.size()) - 1; k >= 0 && before.depth(k) >= depth; k--) {
			if (before.depth(k) == depth && hasLineBreak(before.gap(k))) {
				return indentOf(before.gap(k));
			}
		}
		for (int k = i; k < before.size() && before.depth(k) >= depth; k++) {
			if (before.depth(k) == depth && hasLineBreak(before.gap(k))) {
				return indentOf(before.gap(k));
			}
		}
		return null;
	}

	/**
	 * Where tokens were removed: within a line, one of the spaces around them stays; a removed line takes its line
	 * break with it, and the blank lines on either side of it stay as the larger of the two.
	 */
	private static String removedLayout(String lead, String trail) {
		if (!hasLineBreak(lead)) {
			return trail;
		}
		if (!hasLineBreak(trail)) {
			return lead;
		}
		String leadLines = lead.substring(0, lastLineBreak(lead));
		String trailLines = trail.substring(0, lastLineBreak(trail));
		String lines = lineBreaks(leadLines) >= lineBreaks(trailLines) ? leadLines : trailLines;
		return lines + trail.substring(lastLineBreak(trail));
	}

	/**
	 * {@code gap} made to separate the new tokens around it as the serializer separates them: no space where it has
	 * none, some where it has some, and a line break after a line comment.
	 */
	private static String safe(String gap, Tokens after, int k) {
		String wanted = after.gap(k);
		if (wanted.isEmpty()) {
			return "";
		}
		boolean afterComment = k > 0 && after.text(k - 1).startsWith("//");
		if (afterComment && !hasLineBreak(gap) && k < after.size()) {
			return wanted;
		}
		return gap.isEmpty() ? " " : gap;
	}

	/**
	 * Whether the place before old token {@code i} lies in a block that opens and closes on that line, as in
	 * {@code parent { vnic V switch S } // c}.
	 */
	private static boolean insideOneLineBlock(Tokens tokens, int i) {
		int open = 0;
		for (int k = i - 1; k >= 0 && open <= 0; k--) {
			open += tokens.text(k).equals("{") ? 1 : tokens.text(k).equals("}") ? -1 : 0;
			if (open <= 0 && hasLineBreak(tokens.gap(k))) {
				return false; // the line's start, and no block open on it
			}
		}
		if (open <= 0) {
			return false;
		}
		int depth = 1;
		for (int k = i; k < tokens.size(); k++) {
			if (k > i && hasLineBreak(tokens.gap(k))) {
				return false;
			}
			depth += tokens.text(k).equals("{") ? 1 : tokens.text(k).equals("}") ? -1 : 0;
			if (depth == 0) {
				return true;
			}
		}
		return false;
	}

	/** The indentation of the line a gap ends with (all of it, without a line break). */
	private static String indentOf(String gap) {
		return gap.substring(lastLineBreak(gap));
	}

	/** Layout on one line: a run of space with a line break becomes one space. */
	private static String flat(String gap) {
		return hasLineBreak(gap) ? " " : gap;
	}

	private static boolean hasLineBreak(String text) {
		return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
	}

	/** Where the last line of {@code gap} starts (after its last line break). */
	private static int lastLineBreak(String gap) {
		return Math.max(gap.lastIndexOf('\n'), gap.lastIndexOf('\r')) + 1;
	}

	private static long lineBreaks(String text) {
		return text.chars().filter(c -> c == '\n').count();
	}

	/**
	 * The tokens of a text and the layout between them. The split need not be the grammar's: two texts split alike
	 * are compared alike, and the layout between tokens is only ever taken where the serializer has layout too.
	 */
	private record Tokens(String text, int[] starts, int[] ends, List<String> texts, int[] depths) {

		static Tokens of(String text) {
			int[] starts = new int[16];
			int[] ends = new int[16];
			List<String> texts = new ArrayList<>();
			int n = 0;
			int i = 0;
			while (true) {
				while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
					i++;
				}
				if (i >= text.length()) {
					break;
				}
				int end = end(text, i);
				if (n == starts.length) {
					starts = Arrays.copyOf(starts, 2 * n);
					ends = Arrays.copyOf(ends, 2 * n);
				}
				starts[n] = i;
				ends[n] = end;
				texts.add(text.substring(i, end));
				n++;
				i = end;
			}
			int[] depths = new int[n];
			int depth = 0;
			for (int k = 0; k < n; k++) {
				depth -= texts.get(k).equals("}") ? 1 : 0;
				depths[k] = depth;
				depth += texts.get(k).equals("{") ? 1 : 0;
			}
			return new Tokens(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), texts, depths);
		}

		private static int end(String text, int start) {
			char c = text.charAt(start);
			if (text.startsWith("//", start)) {
				int i = start;
				while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
					i++;
				}
				return i;
			}
			if (text.startsWith("/*", start)) {
				int close = text.indexOf("*/", start + 2);
				return close < 0 ? text.length() : close + 2;
			}
			if (c == '"' || c == '\'') {
				int i = start + 1;
				while (i < text.length() && text.charAt(i) != c) {
					i += text.charAt(i) == '\\' ? 2 : 1;
				}
				return Math.min(text.length(), i + 1);
			}
			if (!isWordPart(c)) {
				return start + 1;
			}
			int i = start;
			while (i < text.length() && isWordPart(text.charAt(i)) && !text.startsWith("//", i)
					&& !text.startsWith("/*", i)) {
				i++;
			}
			return i;
		}

		private static boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '-' || c == '/'
					|| c == '^';
		}

		int size() {
			return starts.length;
		}

		String text(int k) {
			return texts.get(k);
		}

		/** How many blocks token {@code k} is in (a block's braces are outside it), counted from the text's start. */
		int depth(int k) {
			return depths[k];
		}

		int end(int k) {
			return ends[k];
		}

		/** The layout before token {@code k} ({@code k == size()}: after the last token). */
		String gap(int k) {
			int from = k == 0 ? 0 : ends[k - 1];
			int to = k == size() ? text.length() : starts[k];
			return text.substring(from, to);
		}

		/** The text from token {@code from} to the end of token {@code to - 1}. */
		String between(int from, int to) {
			return text.substring(starts[from], ends[to - 1]);
		}
	}
}
