package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import io.hvnet.ui.tests.driver.Ui;

/** Alt+Shift+R on a NIC renames it and its references in another file of the package, comments untouched. */
public class RenameTest extends WorkbenchFixture {

	@Override
	protected String projectName() {
		return "rename-test";
	}

	@Test
	public void renameANicAcrossTwoFiles() throws Exception {
		IFile hosts = file("hosts.hvnet", "package lab\n// the hosts\nhost HV01 {\n    nic NIC1 { ip 10.0.0.1/24 }\n}\n");
		IFile wiring = file("wiring.hvnet",
				"package lab\nphysical switch P ports 4\ncable HV01.NIC1 to P port 1 // the uplink\n");
		StyledText text = openAndFocus(hosts);
		text.setCaretOffset(text.getText().indexOf("NIC1") + 1);
		boolean[] answered = { false };
		Display display = Display.getCurrent();
		display.timerExec(500, new Runnable() {
			@Override
			public void run() {
				Shell dialog = Arrays.stream(display.getShells()).filter(s -> "Rename".equals(s.getText())).findFirst()
						.orElse(null);
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				Ui.find(dialog, Text.class).setText("Uplink");
				Button ok = Arrays.stream(buttons(dialog)).filter(b -> b.getText().replace("&", "").equals("OK"))
						.findFirst().orElseThrow();
				ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				answered[0] = true;
			}
		});
		ui.shortcut('r', SWT.ALT, SWT.SHIFT);
		ui.waitUntil(() -> answered[0], 10_000, "the rename dialog answered");
		ui.waitUntil(() -> text.getText().contains("nic Uplink {"), 10_000, "the declaration renamed");
		assertEquals("package lab\n// the hosts\nhost HV01 {\n    nic Uplink { ip 10.0.0.1/24 }\n}\n", text.getText());
		String other = new String(wiring.getContents(true).readAllBytes(), StandardCharsets.UTF_8);
		assertEquals("package lab\nphysical switch P ports 4\ncable HV01.Uplink to P port 1 // the uplink\n", other);
		assertTrue(hosts.exists());
	}

	private static Button[] buttons(org.eclipse.swt.widgets.Composite root) {
		java.util.List<Button> found = new java.util.ArrayList<>();
		collect(root, found);
		return found.toArray(Button[]::new);
	}

	private static void collect(org.eclipse.swt.widgets.Composite root, java.util.List<Button> out) {
		for (var c : root.getChildren()) {
			if (c instanceof Button b) {
				out.add(b);
			} else if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				collect(composite, out);
			}
		}
	}
}
