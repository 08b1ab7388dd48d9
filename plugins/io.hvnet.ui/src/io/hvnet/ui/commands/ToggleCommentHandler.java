package io.hvnet.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;

/** Ctrl+/: comments out the selected lines with "// ", or uncomments them when all already are. */
public class ToggleCommentHandler extends EditorCommand {

	private static final String PREFIX = "// ";

	@Override
	protected void run(ActiveEditor active, ExecutionEvent event) {
		ITextSelection selection = active.selection();
		try {
			toggle(active.document(), selection.getStartLine(), selection.getEndLine(),
					active.editor().getAdapter(IRewriteTarget.class));
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	static void toggle(IDocument document, int first, int last, IRewriteTarget undoAsOne) throws BadLocationException {
		boolean allCommented = true;
		for (int line = first; line <= last; line++) {
			if (!text(document, line).stripLeading().startsWith("//")) {
				allCommented = false;
			}
		}
		if (undoAsOne != null) {
			undoAsOne.beginCompoundChange();
		}
		try {
			for (int line = last; line >= first; line--) {
				int start = document.getLineOffset(line);
				String text = text(document, line);
				int indent = text.length() - text.stripLeading().length();
				if (allCommented) {
					int remove = text.startsWith(PREFIX, indent) ? PREFIX.length() : 2;
					document.replace(start + indent, remove, "");
				} else {
					document.replace(start + indent, 0, PREFIX);
				}
			}
		} finally {
			if (undoAsOne != null) {
				undoAsOne.endCompoundChange();
			}
		}
	}

	private static String text(IDocument document, int line) throws BadLocationException {
		return document.get(document.getLineOffset(line), document.getLineLength(line)).replaceAll("\\R$", "");
	}
}
