package io.hvnet.diagram.ui;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;

import io.hvnet.diagram.layout.Positions;

/** Moves the stored positions of an element and its contents to a new id in a layout sidecar; undone by its inverse. */
final class LayoutRenameChange extends Change {

	private final Path sidecar;
	private final String oldId;
	private final String newId;

	LayoutRenameChange(Path sidecar, String oldId, String newId) {
		this.sidecar = sidecar;
		this.oldId = oldId;
		this.newId = newId;
	}

	@Override
	public String getName() {
		return "Keep the diagram positions of " + oldId + " for " + newId;
	}

	@Override
	public void initializeValidationData(IProgressMonitor pm) {
	}

	@Override
	public RefactoringStatus isValid(IProgressMonitor pm) {
		return new RefactoringStatus();
	}

	@Override
	public Change perform(IProgressMonitor pm) throws CoreException {
		Positions positions = Positions.load(sidecar);
		positions.rename(oldId, newId);
		positions.save();
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(
				org.eclipse.core.runtime.Path.fromOSString(sidecar.toString()));
		if (file != null) {
			file.refreshLocal(IResource.DEPTH_ZERO, pm);
		}
		return new LayoutRenameChange(sidecar, newId, oldId);
	}

	@Override
	public Object getModifiedElement() {
		return sidecar;
	}
}
