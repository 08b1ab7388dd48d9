package io.hvnet.ui.tests.driver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * A small widget driver for UI tests (SWTBot cannot be had): it types through the operating system's event queue
 * ({@link Display#post}), as a user's keyboard would, waits for conditions while the UI thread keeps dispatching,
 * and takes screenshots. Call it on the UI thread.
 */
public final class Ui {

	private final Display display;

	public Ui(Display display) {
		this.display = display;
	}

	/** Dispatches pending events until none is left. */
	public void flush() {
		while (display.readAndDispatch()) {
			// keep going
		}
	}

	/** Dispatches events for {@code millis} (lets repaints and background results land). */
	public void idle(long millis) {
		long until = System.currentTimeMillis() + millis;
		waitUntil(() -> System.currentTimeMillis() >= until, millis + 5_000, "time to pass");
	}

	/** Waits, dispatching events, until {@code condition} holds; fails with {@code what} after {@code timeoutMs}. */
	public void waitUntil(BooleanSupplier condition, long timeoutMs, String what) {
		long deadline = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Gives the control the keyboard focus, as a click would. */
	public void focus(Control control) {
		control.getShell().forceActive();
		control.forceFocus();
		flush();
	}

	/** Types lower-case text, digits, spaces and line breaks into the focused control. */
	public void type(String text) {
		for (char c : text.toCharArray()) {
			if (c == '\n') {
				key(SWT.CR, '\r');
			} else {
				key(0, c);
			}
		}
	}

	public void backspace(int times) {
		for (int i = 0; i < times; i++) {
			key(SWT.BS, '\b');
		}
	}

	/** Presses a shortcut such as Ctrl+Shift+F: modifiers down, the key, then everything up in reverse order. */
	public void shortcut(char character, int... modifiers) {
		for (int m : modifiers) {
			Event down = new Event();
			down.type = SWT.KeyDown;
			down.keyCode = m;
			display.post(down);
		}
		key(0, character);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			Event up = new Event();
			up.type = SWT.KeyUp;
			up.keyCode = modifiers[i];
			display.post(up);
		}
		flush();
	}

	/** Presses and releases one key. */
	public void key(int keyCode, char character) {
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.keyCode = keyCode;
		down.character = character;
		display.post(down);
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.keyCode = keyCode;
		up.character = character;
		display.post(up);
		flush();
	}

	/**
	 * Picks an item of a pop-up's list (a content assist proposal) as a double-click on it would: selects it and
	 * sends the list's default selection, like SWTBot does at widget level.
	 */
	public void choose(Shell popup, String itemText) {
		org.eclipse.swt.widgets.Table table = find(popup, org.eclipse.swt.widgets.Table.class);
		if (table == null) {
			throw new AssertionError("no list in the pop-up");
		}
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText().equals(itemText)) {
				table.setSelection(i);
				Event select = new Event();
				select.item = table.getItem(i);
				table.notifyListeners(SWT.Selection, select);
				Event choose = new Event();
				choose.item = table.getItem(i);
				table.notifyListeners(SWT.DefaultSelection, choose);
				flush();
				return;
			}
		}
		throw new AssertionError("no item '" + itemText + "' in the pop-up");
	}

	/** The first widget of {@code type} inside {@code root}, depth first. */
	public static <T> T find(org.eclipse.swt.widgets.Composite root, Class<T> type) {
		return find(root, type, w -> true);
	}

	/** The first widget of {@code type} inside {@code root} that passes {@code test}, depth first. */
	public static <T> T find(org.eclipse.swt.widgets.Composite root, Class<T> type, java.util.function.Predicate<T> test) {
		for (Control c : root.getChildren()) {
			if (type.isInstance(c) && test.test(type.cast(c))) {
				return type.cast(c);
			}
			if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				T found = find(composite, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The button labelled {@code label} (mnemonic ampersands ignored) inside {@code root}, or null. */
	public static org.eclipse.swt.widgets.Button button(org.eclipse.swt.widgets.Composite root, String label) {
		for (Control c : root.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Button b && b.getText().replace("&", "").equals(label)) {
				return b;
			}
			if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Button found = button(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * Clicks with the mouse (posted events) at {@code x, y} of {@code control}, twice for a double-click; the
	 * control must be showing on screen.
	 */
	public void click(Control control, int x, int y, int clicks) {
		moveMouse(control, x, y);
		for (int i = 0; i < clicks; i++) {
			Event down = new Event();
			down.type = SWT.MouseDown;
			down.button = 1;
			display.post(down);
			Event up = new Event();
			up.type = SWT.MouseUp;
			up.button = 1;
			display.post(up);
		}
		flush();
	}

	/** Moves the mouse pointer (a posted event) to {@code x, y} of {@code control}. */
	public void moveMouse(Control control, int x, int y) {
		org.eclipse.swt.graphics.Point at = control.toDisplay(x, y);
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = at.x;
		move.y = at.y;
		display.post(move);
		flush();
	}

	/** Clicks a tree row with the mouse: where the tree itself says the row is (GTK's item bounds may be off). */
	public void click(org.eclipse.swt.widgets.TreeItem item) {
		org.eclipse.swt.widgets.Tree tree = item.getParent();
		tree.showItem(item);
		flush();
		Rectangle r = item.getBounds();
		int x = r.x + Math.min(r.width / 2, 40);
		java.util.List<Integer> hits = new java.util.ArrayList<>();
		for (int y = Math.max(0, r.y - r.height); y < r.y + 2 * r.height; y++) {
			if (tree.getItem(new org.eclipse.swt.graphics.Point(x, y)) == item) {
				hits.add(y);
			}
		}
		if (hits.isEmpty()) {
			throw new AssertionError("the tree does not show " + item.getText());
		}
		click(tree, x, hits.get(hits.size() / 2), 1);
	}

	/** Clicks a tool bar button with the mouse. */
	public void click(org.eclipse.swt.widgets.ToolItem item) {
		org.eclipse.swt.graphics.Rectangle r = item.getBounds();
		click(item.getParent(), r.x + r.width / 2, r.y + r.height / 2, 1);
	}

	/** Presses a button as a click would (its selection listeners run). */
	public void press(org.eclipse.swt.widgets.Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		flush();
	}

	/**
	 * Waits for a pop-up that was not among {@code before} and shows a list with at least one entry (content assist,
	 * quick fixes, Quick Outline), and returns it.
	 */
	public Shell awaitListPopup(Shell[] before, String what) {
		waitUntil(() -> listPopup(before) != null, 10_000, what);
		return listPopup(before);
	}

	private Shell listPopup(Shell[] before) {
		return newShells(before).stream().filter(s -> {
			org.eclipse.swt.widgets.Table list = find(s, org.eclipse.swt.widgets.Table.class);
			return list != null && list.getItemCount() > 0;
		}).findFirst().orElse(null);
	}

	/** The visible shells that were not in {@code before}. */
	public java.util.List<Shell> newShells(Shell[] before) {
		java.util.List<Shell> old = java.util.Arrays.asList(before);
		return java.util.Arrays.stream(display.getShells()).filter(s -> !old.contains(s) && s.isVisible()).toList();
	}

	/** Saves what the shell shows as a PNG. */
	public Path screenshot(Shell shell, Path file) throws Exception {
		flush();
		Rectangle area = shell.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(shell);
		try {
			gc.copyArea(image, 0, 0);
			Files.createDirectories(file.getParent());
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}
}
