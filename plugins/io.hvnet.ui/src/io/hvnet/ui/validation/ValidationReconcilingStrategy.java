package io.hvnet.ui.validation;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;

import io.hvnet.ui.HvNetUiPlugin;

/**
 * Validation as you type: after a pause the reconciler (its own thread, never the UI thread) validates the editor's
 * text with its project's other files (parsed once per version, {@link DocumentModels}) and updates the markers.
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
		if (doc == null || DocumentModels.fileOf(doc) == null) {
			return;
		}
		DocumentModels.Version version = DocumentModels.of(doc);
		if (version.file() == null) {
			return; // the file went away while the text was parsed
		}
		IProject project = version.file().getProject();
		try {
			var issues = new ProjectValidation(HvNetUiPlugin.getDefault().getInjector()).validate(version.project(),
					() -> false);
			ResourcesPlugin.getWorkspace().run(monitor -> ProblemMarkers.replace(issues), project,
					IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			HvNetUiPlugin.getDefault().getLog().log(e.getStatus());
		}
	}
}
