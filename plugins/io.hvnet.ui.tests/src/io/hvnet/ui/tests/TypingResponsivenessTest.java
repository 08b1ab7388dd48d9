package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import io.hvnet.ui.tests.driver.Ui;
import io.hvnet.ui.validation.ProblemMarkers;

/**
 * Typing into a 5,000-line file: prints how long each keystroke keeps the UI thread busy and how long validation
 * (in the background) takes to show a marker. A measurement, reported in the build log, not a timing assertion.
 */
public class TypingResponsivenessTest {

	@Test
	public void typingInALargeFileStaysResponsive() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; text.chars().filter(c -> c == '\n').count() < 5_000; i++) {
			text.append("server S").append(i).append(" {\n    nic N {\n        mac ")
					.append(String.format("02:00:00:%02X:%02X:%02X", (i >> 16) & 255, (i >> 8) & 255, i & 255))
					.append("\n        ip 10.").append(i / 250 % 250).append('.').append(i % 250).append(".1/16\n    }\n}\n");
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("typing-perf");
		project.create(null);
		project.open(null);
		try {
			IFile file = project.getFile("large.hvnet");
			file.create(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), true, null);
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			IEditorPart editor = IDE.openEditor(page, file, true);
			StyledText styled = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
			Ui ui = new Ui(Display.getCurrent());
			ui.focus(styled);
			styled.setCaretOffset(styled.getCharCount() / 2);
			ui.flush();
			String typed = "cable  "; // the middle of the file now has a broken line
			long[] times = new long[typed.length()];
			for (int i = 0; i < typed.length(); i++) {
				long t0 = System.nanoTime();
				ui.key(0, typed.charAt(i));
				times[i] = System.nanoTime() - t0;
			}
			long typedAt = System.nanoTime();
			ui.waitUntil(() -> syntaxMarkers(file) > 0, 30_000, "the syntax error marker");
			long validated = System.nanoTime() - typedAt;
			double avg = Arrays.stream(times).average().orElse(0) / 1e6;
			double max = Arrays.stream(times).max().orElse(0) / 1e6;
			System.out.printf("[hvnet] typing in a %d-line file: %.1f ms per keystroke on the UI thread on average, "
					+ "%.1f ms at most; marker shown %.0f ms after the last keystroke%n", styled.getLineCount(), avg, max,
					validated / 1e6);
			assertTrue(styled.getLineCount() > 5_000);
			assertTrue(styled.getText().contains(typed), "the keystrokes reached the editor");
		} finally {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
			project.delete(true, true, null);
		}
	}

	private static long syntaxMarkers(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute("code", "").equals("HVN900")).count();
		} catch (CoreException e) {
			return 0;
		}
	}
}
