package io.hvnet.diagram.ui;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.participants.CheckConditionsContext;
import org.eclipse.ltk.core.refactoring.participants.DeleteParticipant;
import org.eclipse.ltk.core.refactoring.participants.MoveParticipant;
import org.eclipse.ltk.core.refactoring.participants.RenameParticipant;
import org.eclipse.ltk.core.refactoring.resource.DeleteResourceChange;
import org.eclipse.ltk.core.refactoring.resource.MoveResourceChange;
import org.eclipse.ltk.core.refactoring.resource.RenameResourceChange;

import io.hvnet.diagram.source.LayoutFiles;

/**
 * A .hvnet file's diagram positions live in a sidecar next to it ({@code lab.hvnet.layout.json}): when the file is
 * renamed, moved or deleted in the workspace, the sidecar goes with it, in the same refactoring (one undo).
 */
public final class LayoutFileFollows {

	private LayoutFileFollows() {
	}

	/** The sidecar of the .hvnet file, or null when it has none. */
	static IFile sidecarOf(Object element) {
		if (element instanceof IFile file && "hvnet".equals(file.getFileExtension())) {
			IFile sidecar = file.getParent().getFile(new org.eclipse.core.runtime.Path(file.getName() + LayoutFiles.SUFFIX));
			return sidecar.exists() ? sidecar : null;
		}
		return null;
	}

	/** Renaming {@code lab.hvnet} to {@code core.hvnet} renames the sidecar to {@code core.hvnet.layout.json}. */
	public static final class Rename extends RenameParticipant {
		private IFile sidecar;

		@Override
		protected boolean initialize(Object element) {
			sidecar = sidecarOf(element);
			return sidecar != null;
		}

		@Override
		public String getName() {
			return "hvnet diagram positions follow the file";
		}

		@Override
		public RefactoringStatus checkConditions(IProgressMonitor pm, CheckConditionsContext context) {
			return new RefactoringStatus();
		}

		@Override
		public Change createChange(IProgressMonitor pm) throws OperationCanceledException {
			return new RenameResourceChange(sidecar.getFullPath(), getArguments().getNewName() + LayoutFiles.SUFFIX);
		}
	}

	/** Moving a .hvnet file to another folder takes its sidecar along. */
	public static final class Move extends MoveParticipant {
		private IFile sidecar;

		@Override
		protected boolean initialize(Object element) {
			sidecar = sidecarOf(element);
			return sidecar != null && getArguments().getDestination() instanceof IContainer;
		}

		@Override
		public String getName() {
			return "hvnet diagram positions follow the file";
		}

		@Override
		public RefactoringStatus checkConditions(IProgressMonitor pm, CheckConditionsContext context) {
			return new RefactoringStatus();
		}

		@Override
		public Change createChange(IProgressMonitor pm) throws OperationCanceledException {
			return new MoveResourceChange(sidecar, (IContainer) getArguments().getDestination());
		}
	}

	/** Deleting a .hvnet file deletes its sidecar: positions of elements nobody can show any more. */
	public static final class Delete extends DeleteParticipant {
		private IFile sidecar;

		@Override
		protected boolean initialize(Object element) {
			sidecar = sidecarOf(element);
			return sidecar != null;
		}

		@Override
		public String getName() {
			return "hvnet diagram positions go with the file";
		}

		@Override
		public RefactoringStatus checkConditions(IProgressMonitor pm, CheckConditionsContext context) {
			return new RefactoringStatus();
		}

		@Override
		public Change createChange(IProgressMonitor pm) throws OperationCanceledException {
			return new DeleteResourceChange(sidecar.getFullPath(), true);
		}
	}
}
