package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.PerformRefactoringOperation;
import org.eclipse.ltk.core.refactoring.RefactoringContribution;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.RefactoringDescriptor;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.resource.DeleteResourcesDescriptor;
import org.eclipse.ltk.core.refactoring.resource.MoveResourcesDescriptor;
import org.eclipse.ltk.core.refactoring.resource.RenameResourceDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The diagram's positions (FILE.hvnet.layout.json) follow their .hvnet file through the workspace's own Rename,
 * Move and Delete refactorings (what F2, drag and drop and Delete in the Project Explorer run).
 */
public class LayoutSidecarTest extends WorkbenchFixture {

	private static final String POSITIONS = "{\"PSW1\":{\"x\":40.0,\"y\":300.0}}";

	@Override
	protected String projectName() {
		return "layout-sidecar";
	}

	@Test
	public void positionsFollowRenameMoveAndDelete() throws Exception {
		IFile lab = file("lab.hvnet", "physical switch PSW1 ports 8\n");
		file("lab.hvnet.layout.json", POSITIONS);

		RenameResourceDescriptor rename = descriptor(RenameResourceDescriptor.ID);
		rename.setResourcePath(lab.getFullPath());
		rename.setNewName("core.hvnet");
		perform(rename);
		assertFalse(project.getFile("lab.hvnet.layout.json").exists());
		IFile renamed = project.getFile("core.hvnet.layout.json");
		assertTrue(renamed.exists(), "the positions were renamed with the file");
		assertEquals(POSITIONS, new String(renamed.getContents().readAllBytes()));

		IFolder sites = project.getFolder("sites");
		sites.create(true, true, null);
		MoveResourcesDescriptor move = descriptor(MoveResourcesDescriptor.ID);
		move.setResourcesToMove(new IResource[] { project.getFile("core.hvnet") });
		move.setDestination(sites);
		perform(move);
		assertTrue(sites.getFile("core.hvnet").exists());
		assertTrue(sites.getFile("core.hvnet.layout.json").exists(), "the positions moved with the file");
		assertFalse(renamed.exists());

		DeleteResourcesDescriptor delete = descriptor(DeleteResourcesDescriptor.ID);
		delete.setResources(new IResource[] { sites.getFile("core.hvnet") });
		perform(delete);
		assertFalse(sites.getFile("core.hvnet").exists());
		assertFalse(sites.getFile("core.hvnet.layout.json").exists(), "the positions went with the file");
	}

	@SuppressWarnings("unchecked")
	private static <T extends RefactoringDescriptor> T descriptor(String id) {
		RefactoringContribution contribution = RefactoringCore.getRefactoringContribution(id);
		return (T) contribution.createDescriptor();
	}

	private static void perform(RefactoringDescriptor descriptor) throws Exception {
		RefactoringStatus status = new RefactoringStatus();
		var refactoring = descriptor.createRefactoring(status);
		assertTrue(status.isOK(), status.toString());
		PerformRefactoringOperation operation = new PerformRefactoringOperation(refactoring,
				CheckConditionsOperation.ALL_CONDITIONS);
		ResourcesPlugin.getWorkspace().run(operation, new NullProgressMonitor());
		assertFalse(operation.getConditionStatus() != null && operation.getConditionStatus().hasFatalError(),
				String.valueOf(operation.getConditionStatus()));
	}
}
