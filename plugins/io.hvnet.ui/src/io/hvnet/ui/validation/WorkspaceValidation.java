package io.hvnet.ui.validation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.hvnet.ui.HvNetUiPlugin;

/**
 * Keeps problem markers on every .hvnet file of the workspace, open in an editor or not: a saved change (or a new,
 * deleted, moved file) revalidates the files of its project together, in a background job.
 */
public final class WorkspaceValidation implements IResourceChangeListener {

	/** Jobs of this family validate; tests join it. */
	public static final Object FAMILY = WorkspaceValidation.class;

	private static final long DELAY_MS = 300;

	public void start() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		for (IProject project : workspace.getRoot().getProjects()) {
			if (project.isOpen()) {
				schedule(project);
			}
		}
	}

	/** Stops listening and cancels pending validations (called before the workbench, and the workspace, go). */
	public void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		org.eclipse.core.runtime.jobs.Job.getJobManager().cancel(FAMILY);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		Set<IProject> changed = new HashSet<>();
		try {
			event.getDelta().accept(delta -> {
				IResource r = delta.getResource();
				boolean hvnet = r.getType() == IResource.FILE && "hvnet".equals(r.getFileExtension());
				boolean contentChanged = delta.getKind() != IResourceDelta.CHANGED
						|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
				if (hvnet && contentChanged) {
					changed.add(r.getProject());
				}
				if (r.getType() == IResource.PROJECT && (delta.getFlags() & IResourceDelta.OPEN) != 0) {
					changed.add((IProject) r);
				}
				return true;
			});
		} catch (CoreException e) {
			HvNetUiPlugin.getDefault().getLog().log(e.getStatus());
		}
		changed.forEach(WorkspaceValidation::schedule);
	}

	static void schedule(IProject project) {
		WorkspaceJob job = new WorkspaceJob("Validating hvnet files of " + project.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (!project.isOpen()) {
					return Status.OK_STATUS;
				}
				ProblemMarkers.replace(new ProjectValidation(HvNetUiPlugin.getDefault().getInjector())
						.validate(project, Map.<IFile, String>of(), () -> monitor.isCanceled()));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(project);
		job.setSystem(true);
		job.schedule(DELAY_MS);
	}

}
