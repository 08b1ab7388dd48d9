package io.hvnet.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.ui.HvNetUiPlugin;

/** Alt+Shift+R: asks for the new name of the element at the caret and renames it across the project. */
public class RenameHandler extends EditorCommand {

	@Override
	protected void run(ActiveEditor active, ExecutionEvent event) {
		IFile file = active.file();
		if (file == null) {
			return;
		}
		try {
			NetworkNode element = Rename.elementAt(file, active.document().get(), active.selection().getOffset());
			if (element == null) {
				active.tell("put the caret on a name to rename it");
				return;
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
	}
}
