package io.hvnet.diagram.ui;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.hvnet.diagram.launch.DiagramServer;
import io.hvnet.diagram.launch.GlspConnection;

/**
 * The hvnet diagram of a .hvnet file: the GLSP web client in an SWT Browser, talking to the workbench's in-process
 * diagram server through browser functions. The diagram edits the file's text (shared with an open text editor), so
 * dirty state, save and undo/redo are the text's; Edit menu actions and zoom keys are forwarded to the client.
 */
public class DiagramEditor extends EditorPart implements ISelectionProvider {

	public static final String ID = "io.hvnet.diagram.ui.editor";
	public static final String CONTEXT = "io.hvnet.diagram.ui.context";

	private IFile file;
	private ITextFileBuffer buffer;
	private EditorDiagramDocument document;
	private DiagramServer server;
	private GlspConnection connection;
	private Browser browser;
	private final List<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
	private final List<BiConsumer<String, String>> eventListeners = new CopyOnWriteArrayList<>();
	private ISelection selection = StructuredSelection.EMPTY;
	/** Whether a text field of the page has the keyboard focus, as the page tells (see {@link #diagramAction}). */
	private volatile boolean typingInPage;
	private final IFileBufferListener bufferListener = new BufferListener();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("the hvnet diagram opens .hvnet files of the workspace");
		}
		setSite(site);
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		// The buffer takes a file changed on disk on the thread of the workspace's change event (a refresh job)
		// unless asked for a synchronization context: the diagram's check-then-edit on the UI thread would race it.
		// The context is the UI thread, as the text editor's document provider sets it (only once one exists).
		Display display = site.getShell().getDisplay();
		manager.setSynchronizationContext(runnable -> {
			if (Display.getCurrent() != null) {
				runnable.run();
			} else {
				display.asyncExec(runnable);
			}
		});
		try {
			bind(fileInput.getFile());
		} catch (CoreException e) {
			throw new PartInitException(e.getStatus());
		}
		manager.addFileBufferListener(bufferListener);
		site.setSelectionProvider(this);
	}

	/** Shows {@code shown}: the editor's input and title, its file buffer and the diagram's document on it. */
	private void bind(IFile shown) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(shown.getFullPath(), LocationKind.IFILE, null);
		file = shown;
		setInput(new FileEditorInput(shown));
		setPartName(shown.getName() + " (diagram)");
		setTitleToolTip(shown.getFullPath() + " (diagram)");
		buffer = manager.getTextFileBuffer(shown.getFullPath(), LocationKind.IFILE);
		buffer.requestSynchronizationContext();
		document = new EditorDiagramDocument(shown, buffer, getSite().getShell());
	}

	/** Lets go of the file {@link #bind} took: the document, the buffer's synchronization context, the buffer. */
	private static void release(IFile shown, ITextFileBuffer itsBuffer, EditorDiagramDocument itsDocument) {
		if (itsDocument != null) {
			itsDocument.dispose();
		}
		if (itsBuffer != null) {
			itsBuffer.releaseSynchronizationContext();
		}
		try {
			FileBuffers.getTextFileBufferManager().disconnect(shown.getFullPath(), LocationKind.IFILE, null);
		} catch (CoreException e) {
			// the buffer goes away with the workbench anyway
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		browser = new Browser(parent, SWT.NONE);
		// The client talks to the server in process, through this browser function: no HTTP server, no socket, so
		// no other origin can reach the server (the standalone viewer's token and Origin checks have no
		// counterpart to apply here). The connection is bound to this editor's document all the same.
		new BrowserFunction(browser, "hvnetSend") {
			@Override
			public Object function(Object[] arguments) {
				if (connection != null && arguments.length == 1 && arguments[0] instanceof String text) {
					connection.receive(text);
				}
				return null;
			}
		};
		new BrowserFunction(browser, "hvnetEvent") {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length == 2 && arguments[0] instanceof String kind && arguments[1] instanceof String data) {
					onClientEvent(kind, data);
				}
				return null;
			}
		};
		// SWT's WebKit browser on GTK keeps Escape from the page (it hands it to the workbench as a traversal key):
		// without this, Escape could not cancel the edit of a name in place
		browser.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ESC) {
				run("hvnet.escape()");
			}
		});
		server = DiagramUiPlugin.getDefault().server();
		showDiagram();
		getSite().getService(IContextService.class).activateContext(CONTEXT);
		installEditActions();
	}

	/** Opens a diagram session on the document and loads the page that shows it. */
	private void showDiagram() {
		typingInPage = false; // a page that goes away while a field has the focus says nothing
		String source = server.open(document);
		Display display = browser.getDisplay();
		connection = server.connect(source, text -> display.asyncExec(() -> {
			if (!browser.isDisposed()) {
				browser.execute("window.hvnetReceive && window.hvnetReceive(" + new JsonPrimitive(text) + ")");
			}
		}));
		try {
			String url = WebClientFiles.page().toUri() + "?transport=swt&source="
					+ URLEncoder.encode(source, StandardCharsets.UTF_8);
			browser.setUrl(url);
		} catch (IOException e) {
			browser.setText("<p>" + e.getMessage() + "</p>");
		}
	}

	private void closeDiagram() {
		if (connection != null) {
			connection.close();
			connection = null;
		}
		if (server != null) {
			server.close(document);
		}
	}

	/**
	 * The file was renamed or moved in the workspace: the diagram shows it there, as a text editor does (Eclipse's
	 * TextFileDocumentProvider): a buffer for the new place, which takes text the old one had not saved yet.
	 */
	private void follow(IFile moved) {
		IFile oldFile = file;
		ITextFileBuffer oldBuffer = buffer;
		EditorDiagramDocument oldDocument = document;
		String unsaved = oldBuffer.isDirty() ? oldBuffer.getDocument().get() : null;
		closeDiagram();
		try {
			bind(moved);
		} catch (CoreException e) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		if (unsaved != null && !buffer.isDirty()) {
			buffer.getDocument().set(unsaved);
		}
		release(oldFile, oldBuffer, oldDocument);
		showDiagram();
		firePropertyChange(PROP_INPUT);
		firePropertyChange(PROP_TITLE);
		firePropertyChange(PROP_DIRTY);
	}

	/**
	 * The file was deleted (the buffer says so only when it has nothing unsaved): the diagram closes, as a text editor
	 * does. With unsaved edits the diagram stays, and a save writes the file again.
	 */
	private void fileDeleted() {
		if (!buffer.isDirty()) {
			getSite().getPage().closeEditor(this, false);
		}
	}

	private void installEditActions() {
		var bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), diagramAction(() -> document.undo()));
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), diagramAction(() -> document.redo()));
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), diagramAction(() -> run("hvnet.deleteSelection()")));
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), diagramAction(() -> run("hvnet.selectAll()")));
		bars.updateActionBars();
	}

	/**
	 * An Edit action on the diagram and its file, which does nothing while a text field of the page has the focus
	 * (a name edited in place): WebKitGTK hands the workbench the keys typed there too, and the field does its own
	 * undo, delete and select all.
	 */
	private Action diagramAction(Runnable run) {
		return new Action() {
			@Override
			public void run() {
				if (!typingInPage) {
					run.run();
				}
			}
		};
	}

	/** Runs a call of the client's window.hvnet API (zoom, layout, export…). */
	public void run(String hvnetCall) {
		if (browser != null && !browser.isDisposed()) {
			browser.execute("window.hvnet && void (window." + hvnetCall + ")");
		}
	}

	/** Evaluates a JavaScript expression in the client (tests, export). */
	public Object evaluate(String expression) {
		return browser.evaluate("return " + expression + ";");
	}

	public Browser browser() {
		return browser;
	}

	public IFile file() {
		return file;
	}

	/** Sends an action to the diagram server as if the client had (the Properties view's edits). */
	public void dispatch(String actionJson) {
		connection.receive("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"hvnet\",\"action\":"
				+ actionJson + "}}");
	}

	/** Listens to the client's notifications (loaded, model, selection, status, svg, flow). */
	public void addClientListener(BiConsumer<String, String> listener) {
		eventListeners.add(listener);
	}

	public void removeClientListener(BiConsumer<String, String> listener) {
		eventListeners.remove(listener);
	}

	private void onClientEvent(String kind, String data) {
		switch (kind) {
		case "selection" -> setSelection(selectionOf(data));
		case "typing" -> typingInPage = Boolean.parseBoolean(data);
		case "status", "message" -> status(data);
		default -> {
		}
		}
		eventListeners.forEach(l -> l.accept(kind, data));
	}

	private ISelection selectionOf(String json) {
		JsonArray ids = JsonParser.parseString(json).getAsJsonArray();
		List<DiagramElement> elements = new ArrayList<>();
		ids.forEach(id -> elements.add(new DiagramElement(this, id.getAsString())));
		return elements.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(elements);
	}

	private void status(String json) {
		var o = JsonParser.parseString(json).getAsJsonObject();
		IStatusLineManager line = getEditorSite().getActionBars().getStatusLineManager();
		String message = o.get("message").getAsString();
		if ("ERROR".equals(o.get("severity").getAsString())) {
			line.setErrorMessage(message);
		} else {
			line.setErrorMessage(null);
			line.setMessage(message);
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!document.save(monitor) && monitor != null) {
			monitor.setCanceled(true); // not saved: the workbench's save reports it so
		}
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return buffer != null && buffer.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.setFocus();
		}
	}

	@Override
	public void dispose() {
		closeDiagram();
		FileBuffers.getTextFileBufferManager().removeFileBufferListener(bufferListener);
		if (file != null) {
			release(file, buffer, document);
		}
		super.dispose();
	}

	// ------------------------------------------------------------------ selection (for the Properties view)

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	@Override
	public void setSelection(ISelection selection) {
		this.selection = selection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		selectionListeners.forEach(l -> l.selectionChanged(event));
	}

	private final class BufferListener implements IFileBufferListener {

		@Override
		public void dirtyStateChanged(IFileBuffer changed, boolean isDirty) {
			if (changed == buffer && browser != null) {
				browser.getDisplay().asyncExec(() -> firePropertyChange(PROP_DIRTY));
			}
		}

		@Override
		public void bufferCreated(IFileBuffer b) {
		}

		@Override
		public void bufferDisposed(IFileBuffer b) {
		}

		@Override
		public void bufferContentAboutToBeReplaced(IFileBuffer b) {
		}

		@Override
		public void bufferContentReplaced(IFileBuffer b) {
			if (b == buffer && document != null) {
				document.contentReplacedFromDisk();
			}
		}

		@Override
		public void stateChanging(IFileBuffer b) {
		}

		@Override
		public void stateChangeFailed(IFileBuffer b) {
		}

		@Override
		public void stateValidationChanged(IFileBuffer b, boolean isStateValidated) {
		}

		@Override
		public void underlyingFileMoved(IFileBuffer b, IPath target) {
			onUiIfStill(b, () -> follow(ResourcesPlugin.getWorkspace().getRoot().getFile(target)));
		}

		@Override
		public void underlyingFileDeleted(IFileBuffer b) {
			onUiIfStill(b, DiagramEditor.this::fileDeleted);
		}

		/** Runs {@code r} later on the UI thread if the editor still shows the buffer {@code b} then. */
		private void onUiIfStill(IFileBuffer b, Runnable r) {
			if (browser != null && !browser.isDisposed()) {
				browser.getDisplay().asyncExec(() -> {
					if (b == buffer && !browser.isDisposed()) {
						r.run();
					}
				});
			}
		}
	}
}
