package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import io.hvnet.ui.tests.driver.Ui;

/**
 * Alt+Shift+R on a NIC: the rename refactoring's dialog, its preview of both files' edits, then OK renames the NIC
 * and its reference in another file of the package (comments untouched), and the diagram's stored positions follow.
 */
public class RenameTest extends WorkbenchFixture {

	@Override
	protected String projectName() {
		return "rename-test";
	}

	@Test
	public void renameANicAcrossTwoFilesWithPreview() throws Exception {
		IFile hosts = file("hosts.hvnet", "package lab\n// the hosts\nhost HV01 {\n    nic NIC1 { ip 10.0.0.1/24 }\n}\n");
		IFile wiring = file("wiring.hvnet",
				"package lab\nphysical switch P ports 4\ncable HV01.NIC1 to P port 1 // the uplink\n");
		IFile layout = file("hosts.hvnet.layout.json",
				"{\"lab.HV01\": {\"x\": 40, \"y\": 40}, \"lab.HV01.NIC1\": {\"x\": 12, \"y\": 120}}\n");
		StyledText text = openAndFocus(hosts);
		text.setCaretOffset(text.getText().indexOf("NIC1") + 1);
		List<String> previewed = new ArrayList<>();
		List<Throwable> failure = new ArrayList<>();
		Path screenshot = Path.of("target", "screenshots", "rename-preview.png");
		Display display = Display.getCurrent();
		display.timerExec(300, new Runnable() {
			private final long deadline = System.currentTimeMillis() + Ui.SAFETY_NET_MS;
			private int step;

			@Override
			public void run() {
				try {
					act();
				} catch (RuntimeException | AssertionError e) {
					failure.add(e);
					Arrays.stream(display.getShells()).filter(s -> s.getParent() != null).forEach(Shell::close);
				}
			}

			private void act() {
				if (System.currentTimeMillis() > deadline) {
					throw new AssertionError("no rename dialog, or no preview, within " + Ui.SAFETY_NET_MS + " ms; shells: "
							+ Arrays.stream(display.getShells()).map(Shell::getText).toList());
				}
				Shell dialog = Arrays.stream(display.getShells()).filter(s -> s.getText().startsWith("Rename"))
						.findFirst().orElse(null);
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				if (step == 0) {
					Ui.find(dialog, Text.class).setText("Uplink");
					ui.press(Ui.button(dialog, "Preview >"));
					step = 1;
				}
				Tree changes = Ui.find(dialog, Tree.class);
				if (changes == null || changes.getItemCount() == 0) {
					display.timerExec(100, this);
					return;
				}
				collect(changes.getItems(), previewed);
				try {
					ui.screenshot(dialog, screenshot);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
				ui.press(Ui.button(dialog, "OK"));
			}
		});
		ui.shortcut('r', SWT.ALT, SWT.SHIFT);
		ui.waitUntil(() -> !failure.isEmpty() || text.getText().contains("nic Uplink {"),
				"the declaration renamed");
		if (!failure.isEmpty()) {
			throw new AssertionError("driving the rename dialog failed", failure.get(0));
		}
		assertTrue(previewed.stream().anyMatch(s -> s.contains("hosts.hvnet")), () -> "preview: " + previewed);
		assertTrue(previewed.stream().anyMatch(s -> s.contains("wiring.hvnet")), () -> "preview: " + previewed);
		assertEquals("package lab\n// the hosts\nhost HV01 {\n    nic Uplink { ip 10.0.0.1/24 }\n}\n", text.getText());
		String other = new String(wiring.getContents(true).readAllBytes(), StandardCharsets.UTF_8);
		assertEquals("package lab\nphysical switch P ports 4\ncable HV01.Uplink to P port 1 // the uplink\n", other);
		String positions = Files.readString(layout.getLocation().toPath());
		assertTrue(positions.contains("\"lab.HV01.Uplink\"") && !positions.contains("NIC1"),
				"the diagram keeps the renamed NIC's position: " + positions);
		assertTrue(Files.exists(screenshot));
	}

	@Test
	public void renamingToANameAlreadyTakenIsRefused() throws Exception {
		Renaming renaming = renaming("clash.hvnet", "host HV01 {\n    nic NIC1\n    nic NIC2\n}\nserver NIC1 { nic N }\n");
		var processor = renaming.processor();
		var refactoring = renaming.refactoring();
		processor.setNewName("NIC2");
		var taken = refactoring.checkFinalConditions(new org.eclipse.core.runtime.NullProgressMonitor());
		assertTrue(taken.hasFatalError(), taken.toString());
		assertTrue(taken.getMessageMatchingSeverity(org.eclipse.ltk.core.refactoring.RefactoringStatus.FATAL)
				.contains("HV01.NIC2 already has that name"), taken.toString());
		// the server named NIC1 does not count: its name is NIC1, the renamed one would be HV01.NIC3
		processor.setNewName("NIC3");
		var free = refactoring.checkFinalConditions(new org.eclipse.core.runtime.NullProgressMonitor());
		assertTrue(!free.hasError(), free.toString());
	}

	/** A word of the language names an element when written ^word; the refactoring writes the ^ in every reference. */
	@Test
	public void renamingToAWordOfTheLanguageWritesItWithACaret() throws Exception {
		Renaming renaming = renaming("words.hvnet", "host HV01 {\n    nic NIC1\n    external switch Ext on NIC1\n}\n");
		var refactoring = renaming.refactoring();
		var monitor = new org.eclipse.core.runtime.NullProgressMonitor();
		renaming.processor().setNewName("^cable");
		assertTrue(refactoring.checkFinalConditions(monitor).isOK());
		refactoring.createChange(monitor).perform(monitor);
		assertEquals("host HV01 {\n    nic ^cable\n    external switch Ext on ^cable\n}\n",
				new String(renaming.file().getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
	}

	private record Renaming(IFile file, io.hvnet.ui.refactoring.RenameElementProcessor processor,
			org.eclipse.ltk.core.refactoring.participants.ProcessorBasedRefactoring refactoring) {
	}

	/** The rename refactoring of the file's first NIC1, as the wizard starts it: the element is checked first. */
	private Renaming renaming(String name, String text) throws Exception {
		IFile file = file(name, text);
		var processor = new io.hvnet.ui.refactoring.RenameElementProcessor(file, text, text.indexOf("NIC1"));
		var refactoring = new org.eclipse.ltk.core.refactoring.participants.ProcessorBasedRefactoring(processor);
		assertTrue(refactoring.checkInitialConditions(new org.eclipse.core.runtime.NullProgressMonitor()).isOK());
		return new Renaming(file, processor, refactoring);
	}

	private static void collect(TreeItem[] items, List<String> out) {
		for (TreeItem item : items) {
			out.add(item.getText());
			item.setExpanded(true);
			collect(item.getItems(), out);
		}
	}
}
