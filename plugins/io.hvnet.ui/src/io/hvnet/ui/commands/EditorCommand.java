package io.hvnet.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** A command on the .hvnet text editor that is active: does nothing when another kind of part is. */
public abstract class EditorCommand extends AbstractHandler {

	/** The active text editor, its document and the caret or selection. */
	public record ActiveEditor(ITextEditor editor, IDocument document, ITextSelection selection) {

		public IFile file() {
			return editor.getEditorInput().getAdapter(IFile.class);
		}

		/** A one-line message in the status bar, for a command that has nothing to act on. */
		public void tell(String message) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage("hvnet: " + message);
		}
	}

	@Override
	public final Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor != null) {
			run(new ActiveEditor(editor, editor.getDocumentProvider().getDocument(editor.getEditorInput()),
					(ITextSelection) editor.getSelectionProvider().getSelection()), event);
		}
		return null;
	}

	protected abstract void run(ActiveEditor active, ExecutionEvent event);
}
