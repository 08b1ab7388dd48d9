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
	 * that a removed setting takes its line, or one space, with it. New lines end as the text's lines do (CRLF or
	 * LF). Then the user's layout is kept wherever the old and new tokens agree ({@link UntouchedLayout}). The result
	 * is one edit from the first to the last changed character.
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
		// some lines before the changed ones and the layout after them up to the next token belong to the comparison:
		// an inserted line is indented as the lines beside it, a removed element's blank lines are weighed against
		// those on its other side
		int from = start;
		for (int lines = 0; from > 0 && lines <= CONTEXT_LINES; from--) {
			lines += before.charAt(from - 1) == '\n' ? 1 : 0;
		}
		if (from > 0) {
			from++; // after a line break: the region starts with a line
		}
		int to = end;
		while (to < before.length() && Character.isWhitespace(before.charAt(to))) {
			to++;
		}
		old = before.substring(from, to);
		changed = UntouchedLayout.keep(old, before.substring(from, start) + changed + before.substring(end, to));
		int same = commonPrefix(old, changed);
		int sameAtEnd = commonSuffix(old, changed, same);
		return old.equals(changed) ? List.of()
				: List.of(new TextEdit(from + same, old.length() - same - sameAtEnd,
						changed.substring(same, changed.length() - sameAtEnd)));
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

	/** How many unchanged lines before a change {@link UntouchedLayout} sees (for the indentation of the block). */
	private static final int CONTEXT_LINES = 40;
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
