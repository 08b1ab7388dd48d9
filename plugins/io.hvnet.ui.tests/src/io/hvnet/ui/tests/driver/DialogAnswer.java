package io.hvnet.ui.tests.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a modal dialog that the action under test may open. The action's call does not return while its dialog
 * shows (the dialog runs its own event loop), so the answer has to come from inside that loop: set it up before the
 * call, and it presses the button as soon as the dialog shows. Read what happened after the call returned.
 */
public final class DialogAnswer {

	private final Display display;
	private final String title;
	private final String button;
	private final long deadline = System.currentTimeMillis() + Ui.SAFETY_NET_MS;
	private String message;
	private String failure;
	private boolean stopped;

	private DialogAnswer(Display display, String title, String button) {
		this.display = display;
		this.title = title;
		this.button = button;
	}

	/** Presses {@code button} in the next dialog titled {@code title} that shows. Call on the UI thread. */
	public static DialogAnswer press(String button, String title) {
		DialogAnswer answer = new DialogAnswer(Display.getCurrent(), title, button);
		answer.display.asyncExec(answer::poll);
		return answer;
	}

	private void poll() {
		if (stopped) {
			return;
		}
		Shell dialog = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && title.equals(s.getText()))
				.findFirst().orElse(null);
		if (dialog == null) {
			if (System.currentTimeMillis() > deadline) {
				stopped = true;
			} else {
				display.timerExec(20, this::poll);
			}
			return;
		}
		stopped = true;
		message = String.join("\n", labels(dialog));
		Button pressed = Ui.button(dialog, button);
		if (pressed == null) {
			failure = "no button '" + button + "' in '" + title + "': " + message;
			dialog.close(); // a test that hangs in a dialog nobody answers says nothing
			return;
		}
		pressed.notifyListeners(SWT.Selection, new Event());
	}

	/** The dialog's text, after its button was pressed; fails when no such dialog showed. */
	public String message() {
		stopped = true;
		if (failure != null) {
			throw new AssertionError(failure);
		}
		if (message == null) {
			throw new AssertionError("no dialog '" + title + "' showed");
		}
		return message;
	}

	/** Whether the dialog showed (and was answered); stops waiting for it. */
	public boolean showed() {
		stopped = true;
		return message != null;
	}

	private static List<String> labels(Composite root) {
		List<String> texts = new ArrayList<>();
		for (Control c : root.getChildren()) {
			if (c instanceof Label label && !label.getText().isEmpty()) {
				texts.add(label.getText());
			} else if (c instanceof Composite composite) {
				texts.addAll(labels(composite));
			}
		}
		return texts;
	}
}
