package io.hvnet.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A change of the model written back as text, the Xtext way: the change is made on the parsed model and Xtext's
 * change serializer computes the smallest replacements of the text, so that comments and formatting outside the
 * changed elements stay byte for byte. The diagram's edits and the quick fixes both go through here.
 */
public final class SerializedChange {

	private SerializedChange() {
	}

	/**
	 * The edits of {@code resource}'s text that make {@code change}. The resource's model is changed too: pass a
	 * copy ({@link ResourceCopy}) unless it is one already.
	 *
	 * @throws OtherFileChanged when the change would also edit another file (a name other files refer to)
	 */
	public static List<TextEdit> edits(XtextResource resource, Consumer<XtextResource> change) {
		String before = resource.getParseResult().getRootNode().getText();
		IChangeSerializer serializer = resource.getResourceServiceProvider().get(IChangeSerializer.class);
		serializer.addModification(resource, change::accept);
		List<IEmfResourceChange> changes = new ArrayList<>();
		serializer.applyModifications(changes::add);
		List<TextEdit> raw = new ArrayList<>();
		for (IEmfResourceChange c : changes) {
			if (!(c instanceof ITextDocumentChange text) || text.getReplacements().isEmpty()) {
				continue;
			}
			if (!c.getResource().getURI().equals(resource.getURI())) {
				throw new OtherFileChanged(c.getResource().getURI().lastSegment());
			}
			text.getReplacements()
					.forEach(r -> raw.add(new TextEdit(r.getOffset(), r.getLength(), r.getReplacementText())));
		}
		return tidy(before, raw);
	}

	/**
	 * Where tokens were removed, Xtext joins the space before and after them. In the changed lines, a blank line or
	 * a double space between words or a space at a line's end that those lines did not have before is dropped, so
	 * that a removed setting takes its line, or one space, with it. New lines end as the text's lines do (CRLF or LF). The result is one edit from
	 * the first to the last changed character.
	 */
	static List<TextEdit> tidy(String before, List<TextEdit> edits) {
		if (edits.isEmpty()) {
			return edits;
		}
		List<TextEdit> backwards = new ArrayList<>(edits);
		backwards.sort(Comparator.comparingInt(TextEdit::offset));
		Collections.reverse(backwards); // insertions at one offset keep their order
		StringBuilder after = new StringBuilder(before);
		backwards.forEach(e -> after.replace(e.offset(), e.offset() + e.length(), e.text()));
		int prefix = commonPrefix(before, after);
		// the changed lines with the line breaks around them, where a removed line leaves a blank one
		int start = Math.max(0, before.lastIndexOf('\n', prefix - 1));
		if (start > 0 && before.charAt(start - 1) == '\r') {
			start--; // a CRLF line end stays whole
		}
		int fromEnd = commonSuffix(before, after, prefix);
		int end = before.indexOf('\n', before.length() - fromEnd);
		end = end < 0 ? before.length() : end + 1;
		fromEnd = before.length() - end;
		String old = before.substring(start, end);
		String changed = after.substring(start, after.length() - fromEnd);
		// the serializer writes LF; a file with CRLF lines (as Windows editors save them) keeps CRLF in its new lines
		String lineEnd = before.contains("\r\n") ? "\r\n" : "\n";
		if (lineEnd.equals("\r\n")) {
			changed = LONE_LF.matcher(changed).replaceAll("\r\n");
		}
		if (!BLANK_LINE.matcher(old).find()) {
			changed = BLANK_LINE.matcher(changed).replaceAll(lineEnd);
		}
		if (!DOUBLE_SPACE.matcher(old).find()) {
			changed = DOUBLE_SPACE.matcher(changed).replaceAll(" ");
		}
		if (!TRAILING_SPACE.matcher(old).find()) {
			changed = TRAILING_SPACE.matcher(changed).replaceAll("");
		}
		changed = keepUntouchedLayout(old, changed);
		int same = commonPrefix(old, changed);
		int sameAtEnd = commonSuffix(old, changed, same);
		return old.equals(changed) ? List.of()
				: List.of(new TextEdit(start + same, old.length() - same - sameAtEnd,
						changed.substring(same, changed.length() - sameAtEnd)));
	}

	/**
	 * The serializer formats the whole container a change is in (for an element added to or removed from the file,
	 * the whole file), which rewrites one-line blocks and other layouts the user chose around it. Before the first and
	 * after the last character where {@code changed} says something else than {@code old} (whitespace aside), the old
	 * text is kept as it was; only what lies between comes from the serializer. The result says what {@code changed}
	 * says, character for character outside whitespace.
	 */
	static String keepUntouchedLayout(String old, String changed) {
		int i = 0;
		int j = 0;
		int oldFrom = 0;
		int changedFrom = 0;
		while (true) {
			i = skipSpace(old, i);
			j = skipSpace(changed, j);
			if (i >= old.length() || j >= changed.length() || old.charAt(i) != changed.charAt(j)) {
				break;
			}
			oldFrom = ++i;
			changedFrom = ++j;
		}
		if (i >= old.length() && j >= changed.length()) {
			return old; // only the layout changed
		}
		int k = old.length();
		int l = changed.length();
		int oldTo = k;
		int changedTo = l;
		while (true) {
			while (k > oldFrom && Character.isWhitespace(old.charAt(k - 1))) {
				k--;
			}
			while (l > changedFrom && Character.isWhitespace(changed.charAt(l - 1))) {
				l--;
			}
			if (k <= oldFrom || l <= changedFrom || old.charAt(k - 1) != changed.charAt(l - 1)) {
				break;
			}
			oldTo = --k;
			changedTo = --l;
		}
		String middle = changed.substring(changedFrom, changedTo);
		String replaced = old.substring(oldFrom, oldTo);
		String core = middle.strip();
		if (!replaced.isBlank() && !core.isEmpty() && !core.contains("\n") && !core.contains("\r")) {
			// a change within a line: the space around it stays as the old text had it, where that kept to the line
			String before = replaced.substring(0, replaced.length() - replaced.stripLeading().length());
			String after = replaced.substring(replaced.stripTrailing().length());
			if (!before.contains("\n") && !after.contains("\n")) {
				middle = before + core + after;
			}
		}
		if (!replaced.isBlank() && core.isEmpty() && !replaced.contains("\n")) {
			// a part of a line removed: the line keeps its other tokens on it, one space where the part was
			String before = replaced.substring(0, replaced.length() - replaced.stripLeading().length());
			middle = before.isEmpty() ? replaced.substring(replaced.stripTrailing().length()) : before;
		}
		String inserted = middle.replaceFirst("^[ \t]+", "");
		if (old.substring(oldFrom, oldTo).isBlank() && old.startsWith("//", oldTo) && !middle.contains("//")
				&& (inserted.startsWith("\n") || inserted.startsWith("\r\n"))) {
			// an insertion after an element that ends its line with a comment: the comment stays on that line
			int commentEnd = lineEnd(old, oldTo);
			return old.substring(0, commentEnd) + middle.stripTrailing() + old.substring(commentEnd);
		}
		return old.substring(0, oldFrom) + middle + old.substring(oldTo);
	}

	/** Where the line of {@code at} ends, before its CR or LF. */
	private static int lineEnd(String text, int at) {
		int i = at;
		while (i < text.length() && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
			i++;
		}
		return i;
	}

	private static int skipSpace(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int commonPrefix(CharSequence a, CharSequence b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
			n++;
		}
		return n;
	}

	/** The common end of {@code a} and {@code b}, not reaching into their first {@code from} characters. */
	private static int commonSuffix(CharSequence a, CharSequence b, int from) {
		int n = 0;
		while (n < a.length() - from && n < b.length() - from
				&& a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
			n++;
		}
		return n;
	}

	private static final Pattern BLANK_LINE = Pattern.compile("\r?\n[ \t]*\r?\n");
	private static final Pattern LONE_LF = Pattern.compile("(?<!\r)\n");
	private static final Pattern DOUBLE_SPACE = Pattern.compile("(?<=\\S)[ \t]{2,}(?=\\S)");
	/** Spaces that end a line (before its line break), left where the last tokens of a line were removed. */
	private static final Pattern TRAILING_SPACE = Pattern.compile("(?<=\\S)[ \t]+(?=\r?\n)");

	/** A change that reaches beyond its file; such a change belongs to a refactoring (rename), not to one edit. */
	public static final class OtherFileChanged extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String fileName;

		OtherFileChanged(String fileName) {
			super("the change would also edit " + fileName);
			this.fileName = fileName;
		}

		public String fileName() {
			return fileName;
		}
	}
}
