package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

import io.hvnet.ui.ExamplesProjectImport;

/** What ./hvnet studio relies on: the folder named by -Dhvnet.importProject becomes a workspace project in place. */
public class ExamplesProjectImportTest {

	@Test
	public void theExamplesFolderBecomesAProject() throws Exception {
		Path dir = Files.createTempDirectory("hvnet-examples");
		Files.writeString(dir.resolve("fig09.hvnet"), "physical switch P ports 8\n");
		System.setProperty("hvnet.importProject", dir.toString());
		try {
			new ExamplesProjectImport().earlyStartup();
			Job.getJobManager().join(org.eclipse.core.resources.ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("hvnet-examples");
			new io.hvnet.ui.tests.driver.Ui(org.eclipse.swt.widgets.Display.getCurrent()).waitUntil(
					() -> project.exists() && project.isOpen() && project.getFile("fig09.hvnet").exists(),
					"the workspace job to make the project");
			assertTrue(project.isOpen(), "project opened");
			assertEquals(dir.toRealPath(), Path.of(project.getLocation().toOSString()).toRealPath());
			assertTrue(project.getFile("fig09.hvnet").exists(), "the folder's files are in the project");
		} finally {
			System.clearProperty("hvnet.importProject");
		}
	}
}
