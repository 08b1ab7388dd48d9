package io.hvnet.ui.commands;

import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * Right-click a .hvnet file (or in its editor) > Export PowerShell Script: writes one script per host next to the file
 * ({@link PowerShellExport}) and opens the first; a design with errors gets a dialog that lists them instead.
 */
public class ExportPowerShellHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IFile file = selectedFile(event);
		if (file == null) {
			return null;
		}
		PowerShellExport.Result result;
		try {
			result = PowerShellExport.of(file);
		} catch (CoreException e) {
			throw new ExecutionException("cannot export " + file.getName() + ": " + e.getMessage(), e);
		}
		if (!result.errors().isEmpty()) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), "Export PowerShell Script",
					file.getName() + " has errors; fix them before exporting:\n\n"
							+ result.errors().stream().limit(20).collect(Collectors.joining("\n")));
			return null;
		}
		if (result.scripts().isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Export PowerShell Script",
					file.getName() + " declares no Hyper-V host: there is nothing to export.");
			return null;
		}
		try {
			IDE.openEditor(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), result.scripts().get(0),
					"org.eclipse.ui.DefaultTextEditor");
		} catch (PartInitException e) {
			throw new ExecutionException("cannot open " + result.scripts().get(0).getName(), e);
		}
		return null;
	}

	private static IFile selectedFile(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && "hvnet".equals(file.getFileExtension())) {
				return file;
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		return file != null && "hvnet".equals(file.getFileExtension()) ? file : null;
	}
}
