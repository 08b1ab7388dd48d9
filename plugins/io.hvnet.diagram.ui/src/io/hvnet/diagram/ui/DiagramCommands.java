package io.hvnet.diagram.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;

/** The diagram's commands: switch between text and diagram, zoom, layout, export. */
public final class DiagramCommands {

	private DiagramCommands() {
	}

	static DiagramEditor diagram(ExecutionEvent event) {
		return HandlerUtil.getActiveEditor(event) instanceof DiagramEditor d ? d : null;
	}

	/** Text editor ↔ diagram of the same file. */
	public static final class Toggle extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			IEditorPart editor = HandlerUtil.getActiveEditor(event);
			if (editor == null || !(editor.getEditorInput() instanceof IFileEditorInput input)) {
				return null;
			}
			try {
				open(editor.getSite().getPage(), input.getFile(), !(editor instanceof DiagramEditor));
			} catch (PartInitException e) {
				throw new ExecutionException("cannot open " + input.getFile().getName(), e);
			}
			return null;
		}
	}

	/**
	 * Opens the diagram (or the text editor) of the file; the other view stays open. Matching by editor id too, since
	 * by input alone the page would return the already open view.
	 */
	public static IEditorPart open(IWorkbenchPage page, IFile file, boolean diagram) throws PartInitException {
		String id = diagram ? DiagramEditor.ID : TEXT_EDITOR;
		return page.openEditor(new FileEditorInput(file), id, true, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
	}

	private static final String TEXT_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";

	public static final class ZoomIn extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			DiagramEditor d = diagram(event);
			if (d != null) {
				d.run("hvnet.zoom(1.25)");
			}
			return null;
		}
	}

	public static final class ZoomOut extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			DiagramEditor d = diagram(event);
			if (d != null) {
				d.run("hvnet.zoom(0.8)");
			}
			return null;
		}
	}

	public static final class Fit extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			DiagramEditor d = diagram(event);
			if (d != null) {
				d.run("hvnet.fit()");
			}
			return null;
		}
	}

	public static final class Layout extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			DiagramEditor d = diagram(event);
			if (d != null) {
				d.run("hvnet.layout()");
			}
			return null;
		}
	}

	/** Export as SVG (the client's own SVG export) or PNG (what the editor shows), chosen by the file name. */
	public static final class Export extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			DiagramEditor d = diagram(event);
			if (d == null) {
				return null;
			}
			FileDialog dialog = new FileDialog(d.getSite().getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
			dialog.setFileName(d.file().getName().replace(".hvnet", ".svg"));
			dialog.setOverwrite(true);
			String target = dialog.open();
			if (target != null) {
				try {
					export(d, Path.of(target));
				} catch (IOException e) {
					throw new ExecutionException("cannot export to " + target, e);
				}
			}
			return null;
		}
	}

	/** Writes the whole diagram to {@code target}, as SVG or (by its name) PNG, both drawn by the client. */
	public static void export(DiagramEditor d, Path target) throws IOException {
		d.run("hvnet.prepareExport()");
		try {
			if (!waitFor(d, "hvnet.exportMissing()", ""::equals)) {
				throw new IOException("the diagram was not drawn whole in time; missing: "
						+ d.evaluate("hvnet.exportMissing()"));
			}
			if (target.toString().endsWith(".png")) {
				Files.write(target, png(d));
				return;
			}
			Object svg = d.evaluate("window.hvnetSvg()");
			if (!(svg instanceof String text) || text.isEmpty()) {
				throw new IOException("the diagram did not produce SVG");
			}
			Files.writeString(target, text, StandardCharsets.UTF_8);
		} finally {
			d.run("hvnet.restoreViewport()");
		}
	}

	/** Runs the UI's events until {@code expression} evaluates to what {@code done} accepts; false after 20 s. */
	private static boolean waitFor(DiagramEditor d, String expression, java.util.function.Predicate<Object> done) {
		Display display = d.browser().getDisplay();
		long until = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < until) {
			if (done.test(d.evaluate(expression))) {
				return true;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		return false;
	}

	/** The client draws the PNG asynchronously; the UI thread keeps running events until it is there. */
	private static byte[] png(DiagramEditor d) throws IOException {
		d.run("window.hvnetStartPng()");
		waitFor(d, "window.hvnetPngResult", String.class::isInstance);
		Object result = d.evaluate("window.hvnetPngResult");
		if (!(result instanceof String text) || !text.startsWith("data:image/png;base64,")) {
			throw new IOException("the diagram could not be drawn as PNG: " + result);
		}
		return Base64.getDecoder().decode(text.substring(text.indexOf(',') + 1));
	}
}
