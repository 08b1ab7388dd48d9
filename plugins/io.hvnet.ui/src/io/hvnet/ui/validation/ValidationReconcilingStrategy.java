package io.hvnet.ui.validation;

import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;

import io.hvnet.ui.HvNetUiPlugin;

/**
 * Validation as you type: after a pause the reconciler (its own thread, never the UI thread) parses and validates
 * the editor's text with its project's other files and updates the markers.
 */
public class ValidationReconcilingStrategy implements IReconcilingStrategy {

	private IDocument document;

	@Override
	public void setDocument(IDocument newDocument) {
		this.document = newDocument;
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validate();
	}

	@Override
	public void reconcile(IRegion partition) {
		validate();
	}

	private void validate() {
		IDocument doc = document;
		ITextFileBuffer buffer = doc == null ? null : FileBuffers.getTextFileBufferManager().getTextFileBuffer(doc);
		if (buffer == null || buffer.getLocation() == null) {
			return;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		if (!file.exists()) {
			return;
		}
		String text = doc.get();
		try {
			var issues = new ProjectValidation(HvNetUiPlugin.getDefault().getInjector()).validate(file.getProject(),
					Map.of(file, text), () -> false);
			ResourcesPlugin.getWorkspace().run(monitor -> ProblemMarkers.replace(issues), file.getProject(),
					IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			HvNetUiPlugin.getDefault().getLog().log(e.getStatus());
		}
	}
}
