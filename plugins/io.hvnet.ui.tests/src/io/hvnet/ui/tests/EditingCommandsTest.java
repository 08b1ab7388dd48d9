package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/** Ctrl+Shift+F formats with the language's formatter; Ctrl+/ comments lines out and back in. */
public class EditingCommandsTest extends WorkbenchFixture {

	@Override
	protected String projectName() {
		return "commands-test";
	}

	private StyledText open(String name, String text) throws Exception {
		return openAndFocus(file(name, text));
	}

	@Test
	public void ctrlShiftFFormats() throws Exception {
		StyledText text = open("format.hvnet", "server   S{nic N{ip 10.0.0.1/24   vlan 3}}\n");
		ui.shortcut('f', SWT.CTRL, SWT.SHIFT);
		String expected = "server S {\n    nic N {\n        ip 10.0.0.1/24\n        vlan 3\n    }\n}\n";
		ui.waitUntil(() -> text.getText().equals(expected), "the formatted text, got:\n" + text.getText());
	}

	@Test
	public void ctrlSlashTogglesLineComments() throws Exception {
		StyledText text = open("comment.hvnet", "physical switch P ports 8\nserver S { nic N }\n");
		text.setSelection(0, 5);
		ui.shortcut('/', SWT.CTRL);
		ui.waitUntil(() -> text.getText().startsWith("// physical switch P ports 8\nserver"),
				"the first line commented out, got:\n" + text.getText());
		ui.shortcut('/', SWT.CTRL);
		ui.waitUntil(() -> text.getText().startsWith("physical switch P ports 8\nserver"),
				"the comment removed again, got:\n" + text.getText());
	}

	@Test
	public void otherFilesInTheGenericEditorAreLeftAlone() throws Exception {
		String yaml = "name:   demo\nitems: [a,   b]\n";
		IEditorPart editor = IDE.openEditor(page, file("settings.yaml", yaml), "org.eclipse.ui.genericeditor.GenericEditor");
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		ui.focus(text);
		text.setSelection(0, 5);
		ui.shortcut('/', SWT.CTRL);
		ui.shortcut('f', SWT.CTRL, SWT.SHIFT);
		// keys are handled in order: once this one is typed, the two shortcuts have been handled (and did nothing)
		ui.key(SWT.END, (char) 0);
		ui.type("x");
		ui.waitUntil(() -> text.getText().startsWith("name:   demox\n"), "the key typed after the shortcuts");
		assertEquals(yaml.replace("demo", "demox"), text.getText(),
				"hvnet's comment and format commands act on .hvnet files only");
	}
}
