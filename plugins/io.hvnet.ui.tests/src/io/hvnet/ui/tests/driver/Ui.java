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

	/** The last key events SWT dispatched, and to which widget: a failed wait says whether a posted key arrived. */
	private static final java.util.Deque<String> KEYS = new java.util.ArrayDeque<>();
	private static boolean recording;

	public Ui(Display display) {
		this.display = display;
		if (!recording) {
			recording = true;
			org.eclipse.swt.widgets.Listener record = e -> {
				synchronized (KEYS) {
					if (KEYS.size() == 20) {
						KEYS.removeFirst();
					}
					KEYS.addLast((e.type == SWT.KeyDown ? "down " : "up ") + e.keyCode + "/" + (int) e.character
							+ " to " + e.widget.getClass().getSimpleName());
				}
			};
			display.addFilter(SWT.KeyDown, record);
			display.addFilter(SWT.KeyUp, record);
		}
	}

	/** Dispatches pending events until none is left. */
	public void flush() {
		while (display.readAndDispatch()) {
			// keep going
		}
	}

	/**
	 * Dispatches events for {@code millis}. Only for what has no event to wait for: a benchmark's pause between
	 * keystrokes, WebKit's asynchronous repaint before a screenshot. Never to let an action "settle" before an
	 * assertion: wait for the condition that proves it instead.
	 */
	public void idle(long millis) {
		long until = System.currentTimeMillis() + millis;
		waitUntil(() -> System.currentTimeMillis() >= until, "time to pass");
	}

	/** The state a failed assertion needs to be understood afterwards (focus, shells, the last keys and where they went). */
	public String state(String what) {
		return describeState(what);
	}

	/**
	 * What a failed wait needs to be understood afterwards: which control has the keyboard focus, which shells are
	 * showing; and a screenshot of the whole display in target/screenshots.
	 */
	private String describeState(String what) {
		StringBuilder b = new StringBuilder();
		Control focus = display.getFocusControl();
		b.append("focus: ").append(focus == null ? "none" : focus.getClass().getSimpleName() + " in '"
				+ focus.getShell().getText() + "'");
		Shell active = display.getActiveShell();
		b.append(", active shell: ").append(active == null ? "none" : "'" + active.getText() + "'");
		synchronized (KEYS) {
			b.append(", last keys: ").append(KEYS);
		}
		b.append(", GDK toplevels: ").append(toplevels());
		b.append(", visible shells: ").append(java.util.Arrays.stream(display.getShells()).filter(Shell::isVisible)
				.map(s -> "'" + s.getText() + "' " + s.getBounds()).toList());
		try {
			Path file = Path.of("target/screenshots/timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-") + ".png");
			save(display, display.getBounds(), file);
			b.append(", screenshot: ").append(file);
		} catch (Exception | Error e) {
			b.append(", no screenshot: ").append(e);
		}
		return b.toString();
	}

	/**
	 * How long a wait may take before the test fails: a safety net against a hang, not a speed check (speed is the
	 * benchmarks' business). A shared CI machine under load can take seconds for what takes milliseconds here.
	 */
	public static final long SAFETY_NET_MS = Long.getLong("hvnet.ui.safetyNetMs", 60_000);

	/** Waits, dispatching events, until {@code condition} holds; fails with {@code what} after the safety net. */
	public void waitUntil(BooleanSupplier condition, String what) {
		long deadline = System.currentTimeMillis() + SAFETY_NET_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out after " + SAFETY_NET_MS + " ms waiting for " + what + "; "
						+ describeState(what));
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/**
	 * Gives the control the keyboard focus, as a click would, and waits until posted keys will reach it. SWT's
	 * {@link Display#post} on GTK 3 does not go through the X server: it puts a synthetic key event on the GDK
	 * window whose state says FOCUSED (Display.findFocusedWindow), and drops the event when none does. GDK sets that
	 * state when the X server's FocusIn arrives (or, under a window manager, when the manager says so with
	 * _NET_WM_STATE_FOCUSED), some time after forceActive() asked for it. Keys posted before then were lost: the
	 * cause of content assist "not opening" after another test had focused a view (issue #19).
	 */
	public void focus(Control control) {
		Shell shell = control.getShell();
		org.eclipse.swt.graphics.Point size = control.getSize();
		moveMouse(control, size.x / 2, size.y / 2);
		shell.forceActive();
		control.forceFocus();
		waitUntil(() -> postsTo(shell), "the window of '" + shell.getText() + "' to get the keyboard focus");
		if (!control.isFocusControl()) {
			control.forceFocus();
		}
		flush();
	}

	/**
	 * Waits until posted keys go to a window of ours. GDK also marks a GTK tooltip (a toplevel window that is no SWT
	 * shell) FOCUSED while it shows under the resting pointer, and SWT's post sends keys to the first FOCUSED window
	 * it finds: into the tooltip, lost. Moving the pointer (focus() does) hides such a tooltip. An SWT pop-up that has
	 * the focus (content assist opened while typing) takes the keys as it would a user's.
	 */
	private void awaitKeyTarget() {
		waitUntil(() -> {
			long focused = focusedWindow();
			return focused != 0 && java.util.Arrays.stream(display.getShells())
					.anyMatch(shell -> shell.isVisible() && gdkWindow(shell) == focused);
		}, "posted keys to reach a window of the workbench");
	}

	/** Whether {@link Display#post} sends key events to this shell's window now. */
	private boolean postsTo(Shell shell) {
		long focused = focusedWindow();
		return focused != 0 && focused == gdkWindow(shell);
	}

	/** SWT internals the focus check reads (a test driver may; the product must not). */
	private static final class SwtInternals {
		static final java.lang.reflect.Method FIND_FOCUSED_WINDOW;
		static final java.lang.reflect.Method UNREF;
		static final java.lang.reflect.Field SHELL_HANDLE;
		static final java.lang.reflect.Method WIDGET_WINDOW;
		static {
			try {
				ClassLoader swt = Display.class.getClassLoader();
				FIND_FOCUSED_WINDOW = Display.class.getDeclaredMethod("findFocusedWindow");
				FIND_FOCUSED_WINDOW.setAccessible(true);
				UNREF = swt.loadClass("org.eclipse.swt.internal.gtk.OS").getMethod("g_object_unref", long.class);
				SHELL_HANDLE = Shell.class.getDeclaredField("shellHandle");
				SHELL_HANDLE.setAccessible(true);
				WIDGET_WINDOW = swt.loadClass("org.eclipse.swt.internal.gtk3.GTK3").getMethod("gtk_widget_get_window",
						long.class);
			} catch (ReflectiveOperationException e) {
				throw new ExceptionInInitializerError("this SWT lacks what Ui.focus reads: " + e);
			}
		}
	}

	/** The GDK window SWT posts key events to (package-private Display.findFocusedWindow). */
	private long focusedWindow() {
		try {
			long window = (long) SwtInternals.FIND_FOCUSED_WINDOW.invoke(display);
			if (window != 0) {
				// findFocusedWindow takes a reference for its caller
				SwtInternals.UNREF.invoke(null, window);
			}
			return window;
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static long gdkWindow(Shell shell) {
		try {
			return (long) SwtInternals.WIDGET_WINDOW.invoke(null, SwtInternals.SHELL_HANDLE.getLong(shell));
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** GDK's toplevel windows with their state bits and the SWT shell each belongs to: who is FOCUSED (128). */
	private String toplevels() {
		try {
			ClassLoader swt = Display.class.getClassLoader();
			Class<?> gdk = swt.loadClass("org.eclipse.swt.internal.gtk.GDK");
			Class<?> os = swt.loadClass("org.eclipse.swt.internal.gtk.OS");
			long root = (long) gdk.getMethod("gdk_get_default_root_window").invoke(null);
			long list = (long) gdk.getMethod("gdk_window_get_children", long.class).invoke(null, root);
			java.util.List<String> result = new java.util.ArrayList<>();
			for (long l = list; l != 0; l = (long) os.getMethod("g_list_next", long.class).invoke(null, l)) {
				long w = (long) os.getMethod("g_list_data", long.class).invoke(null, l);
				int state = (int) gdk.getMethod("gdk_window_get_state", long.class).invoke(null, w);
				String owner = java.util.Arrays.stream(display.getShells()).filter(sh -> gdkWindow(sh) == w)
						.map(sh -> "'" + sh.getText() + "'" + (sh.isVisible() ? "" : " hidden")).findFirst().orElse("?");
				result.add(Long.toHexString(w) + " state " + state + " " + owner);
			}
			os.getMethod("g_list_free", long.class).invoke(null, list);
			return result + ", findFocusedWindow " + Long.toHexString(focusedWindow());
		} catch (ReflectiveOperationException | RuntimeException e) {
			return "? " + e;
		}
	}

	/** Posts an event; a refused one fails the test at once instead of a wait for its effect later. */
	private void post(Event event) {
		if (!display.post(event)) {
			throw new AssertionError("SWT refused to post " + (event.type == SWT.KeyDown ? "key down " : "event ")
					+ event.keyCode + "/" + (int) event.character + ": no window has the keyboard focus; "
					+ describeState("posting"));
		}
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
		awaitKeyTarget();
		for (int m : modifiers) {
			Event down = new Event();
			down.type = SWT.KeyDown;
			down.keyCode = m;
			post(down);
		}
		key(0, character);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			Event up = new Event();
			up.type = SWT.KeyUp;
			up.keyCode = modifiers[i];
			post(up);
		}
		flush();
	}

	/** Presses and releases one key. */
	public void key(int keyCode, char character) {
		awaitKeyTarget();

		Event down = new Event();
		down.type = SWT.KeyDown;
		down.keyCode = keyCode;
		down.character = character;
		post(down);
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.keyCode = keyCode;
		up.character = character;
		post(up);
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
			post(down);
			Event up = new Event();
			up.type = SWT.MouseUp;
			up.button = 1;
			post(up);
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
		post(move);
		// SWT warps the X pointer; a button event posted before GDK sees it there goes nowhere (post refuses it)
		waitUntil(() -> at.equals(display.getCursorLocation()) && display.getCursorControl() == control,
				"the pointer over the " + control.getClass().getSimpleName() + " at " + at);
		flush();
	}

	/**
	 * Clicks a tree row with the mouse: where the tree itself says the row is (GTK's item bounds may be off), once its
	 * hit test finds the row (a view that is still being laid out, e.g. while the diagram beside it opens, can report
	 * bounds before it hit-tests them).
	 */
	public void click(org.eclipse.swt.widgets.TreeItem item) {
		org.eclipse.swt.widgets.Tree tree = item.getParent();
		tree.showItem(item);
		int[] at = new int[2];
		// GTK scrolls a tree when it next lays it out, not at showItem
		waitUntil(() -> {
			Rectangle shown = item.getBounds();
			if (shown.height <= 0 || !tree.getClientArea().contains(shown.x + 1, shown.y + shown.height / 2)) {
				return false;
			}
			int x = shown.x + Math.min(shown.width / 2, 40);
			java.util.List<Integer> hits = new java.util.ArrayList<>();
			for (int y = Math.max(0, shown.y - shown.height); y < shown.y + 2 * shown.height; y++) {
				if (tree.getItem(new org.eclipse.swt.graphics.Point(x, y)) == item) {
					hits.add(y);
				}
			}
			if (hits.isEmpty()) {
				return false;
			}
			at[0] = x;
			at[1] = hits.get(hits.size() / 2);
			return true;
		}, "the tree to show " + item.getText() + " where the mouse can hit it");
		click(tree, at[0], at[1], 1);
	}

	/** Clicks a table row with the mouse, in its first column, once the table shows it where the mouse can hit it. */
	public void click(org.eclipse.swt.widgets.TableItem item) {
		org.eclipse.swt.widgets.Table table = item.getParent();
		table.showItem(item);
		int[] at = { -1, -1 };
		// GTK scrolls and lays a table out later, and its item bounds and hit test may differ by the header's height
		waitUntil(() -> {
			Rectangle r = item.getBounds(0);
			at[0] = r.x + Math.min(r.width / 2, 20);
			java.util.List<Integer> hits = new java.util.ArrayList<>();
			for (int y = 0; y < table.getClientArea().height + table.getHeaderHeight(); y++) {
				if (table.getItem(new org.eclipse.swt.graphics.Point(at[0], y)) == item) {
					hits.add(y);
				}
			}
			at[1] = hits.isEmpty() ? -1 : hits.get(hits.size() / 2);
			return at[1] >= 0;
		}, "the table to show row " + item.getText());
		click(table, at[0], at[1], 1);
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
		waitUntil(() -> listPopup(before) != null, what);
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
		save(shell, shell.getBounds(), file);
		return file;
	}

	/** Saves what {@code drawable} (a shell, or the whole display) shows in {@code area}'s size as a PNG. */
	private void save(org.eclipse.swt.graphics.Drawable drawable, Rectangle area, Path file) throws Exception {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(drawable);
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
	}
}
