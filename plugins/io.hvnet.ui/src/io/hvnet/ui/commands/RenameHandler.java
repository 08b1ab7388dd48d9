package io.hvnet.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.ui.HvNetUiPlugin;

/** Alt+Shift+R: asks for the new name of the element at the caret and renames it across the project. */
public class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		IFile file = part == null ? null : part.getEditorInput().getAdapter(IFile.class);
		if (editor == null || file == null) {
			return null;
		}
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		int offset = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		try {
			NetworkNode element = Rename.elementAt(file, text, offset);
			if (element == null) {
				editor.getEditorSite().getActionBars().getStatusLineManager()
						.setErrorMessage("hvnet: put the caret on a name to rename it");
				return null;
			}
			InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), "Rename",
					"New name for " + element.getName() + " (references in the project follow):", element.getName(),
					name -> name.matches("[A-Za-z_][A-Za-z0-9_]*") ? null : "Not a valid name");
			if (dialog.open() == Window.OK && !dialog.getValue().equals(element.getName())) {
				Rename.apply(element, dialog.getValue());
			}
		} catch (CoreException e) {
			HvNetUiPlugin.getDefault().getLog().log(e.getStatus());
		}
		return null;
	}
}
