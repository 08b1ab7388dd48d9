package io.hvnet.diagram.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.participants.CheckConditionsContext;
import org.eclipse.ltk.core.refactoring.participants.RenameParticipant;

import io.hvnet.diagram.source.LayoutFiles;
import io.hvnet.ui.refactoring.HvNetElement;

/**
 * Joins the rename of an hvnet element: the diagram positions stored for it (and for what it contains) move to the
 * new name, so that a renamed element stays where the user put it.
 */
public class LayoutRenameParticipant extends RenameParticipant {

	private HvNetElement element;
	private Path sidecar;

	@Override
	protected boolean initialize(Object candidate) {
		if (candidate instanceof HvNetElement e && e.file().getLocation() != null) {
			Path layout = LayoutFiles.next(e.file().getLocation().toPath());
			if (Files.isRegularFile(layout)) {
				element = e;
				sidecar = layout;
				return true;
			}
		}
		return false;
	}

	@Override
	public String getName() {
		return "hvnet diagram positions";
	}

	@Override
	public RefactoringStatus checkConditions(IProgressMonitor pm, CheckConditionsContext context) {
		return new RefactoringStatus();
	}

	@Override
	public Change createChange(IProgressMonitor pm) {
		return new LayoutRenameChange(sidecar, element.qualifiedName(), element.renamedTo(getArguments().getNewName()));
	}
}
