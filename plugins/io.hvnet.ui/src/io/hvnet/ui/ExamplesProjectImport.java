package io.hvnet.ui;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;

/**
 * {@code ./hvnet studio} starts HVNet Studio with {@code -Dhvnet.importProject=<dir>}: the folder becomes the
 * workspace project "hvnet-examples" (in place, nothing copied), so the examples are there on first start.
 */
public class ExamplesProjectImport implements IStartup {

	static final String PROPERTY = "hvnet.importProject";
	static final String PROJECT = "hvnet-examples";

	@Override
	public void earlyStartup() {
		String dir = System.getProperty(PROPERTY);
		if (dir == null || dir.isBlank()) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Opening the hvnet examples") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IWorkspace workspace = ResourcesPlugin.getWorkspace();
				IProject project = workspace.getRoot().getProject(PROJECT);
				if (!project.exists()) {
					IProjectDescription description = workspace.newProjectDescription(PROJECT);
					description.setLocation(new Path(dir));
					project.create(description, monitor);
				}
				if (!project.isOpen()) {
					project.open(monitor);
				}
				// open() may leave discovering the folder's files to a background refresh
				project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, monitor);
				return Status.OK_STATUS;
			}
		};
		job.schedule();
	}
}
