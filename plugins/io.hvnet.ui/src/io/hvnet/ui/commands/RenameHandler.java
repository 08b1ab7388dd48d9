package io.hvnet.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.ui.handlers.HandlerUtil;

import io.hvnet.ui.refactoring.RenameElementProcessor;
import io.hvnet.ui.refactoring.RenameElementWizard;

/** Alt+Shift+R: the rename refactoring of the element at the caret (new name, preview, references follow). */
public class RenameHandler extends EditorCommand {

	@Override
	protected void run(ActiveEditor active, ExecutionEvent event) {
		IFile file = active.file();
		if (file == null) {
			return;
		}
		RenameElementProcessor processor = new RenameElementProcessor(file, active.document().get(),
				active.selection().getOffset());
		try {
			new RefactoringWizardOpenOperation(new RenameElementWizard(processor)).run(HandlerUtil.getActiveShell(event),
					"Rename");
		} catch (InterruptedException cancelled) {
			Thread.currentThread().interrupt();
		}
	}
}
