package io.hvnet.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The .hvnet editors of a workbench page as other views see them (the simulation view, navigation): a file with its
 * current text, and a place in it to show. The text-editor framework stays behind this class, in this bundle.
 */
public final class HvNetEditors {

	/** A .hvnet file open in an editor, with the editor's text (which may be unsaved). */
	public record EditedFile(IFile file, String text) {
	}

	private HvNetEditors() {
	}

	/** The .hvnet file of the page's active editor, or null when that editor shows something else. */
	public static EditedFile active(IWorkbenchPage page) {
		IEditorPart part = page.getActiveEditor();
		IFile file = part == null ? null : part.getEditorInput().getAdapter(IFile.class);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null || file == null || !"hvnet".equals(file.getFileExtension())) {
			return null;
		}
		return new EditedFile(file, editor.getDocumentProvider().getDocument(editor.getEditorInput()).get());
	}

	/** Opens {@code file} (or brings its editor to the front) and selects {@code length} characters at {@code offset}. */
	public static void reveal(IWorkbenchPage page, IFile file, int offset, int length) throws PartInitException {
		IEditorPart part = IDE.openEditor(page, file, true);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor != null) {
			editor.selectAndReveal(offset, length);
		}
	}
}
