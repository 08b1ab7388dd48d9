package io.hvnet.diagram.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.edits.TextEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

import io.hvnet.diagram.source.ListenedDiagramDocument;
import io.hvnet.diagram.source.LayoutFiles;
import io.hvnet.diagram.source.TextReplacement;
import io.hvnet.ui.validation.ProjectResources;

/**
 * The diagram's document in Eclipse: the file buffer an open text editor of the same file shares, with the same
 * undo history (the document's undo manager). Everything touching the document runs on the UI thread.
 * <p>
 * Another program may write the file at any time; what it wrote wins (issue #18, finding 3): a diagram edit or undo
 * while the file has changed on disk and the buffer has not yet taken it is refused, and the file is refreshed so
 * that the buffer takes it; taking it clears the undo history ({@link #contentReplacedFromDisk()}); a save asks
 * before it writes over the file ({@link BufferSave}); and while the text shows bytes the buffer could not read
 * (U+FFFD), the diagram takes no edits ({@link #whyReadOnly()}).
 */
final class EditorDiagramDocument extends ListenedDiagramDocument implements IDocumentListener {

	private final IFile file;
	private final ITextFileBuffer buffer;
	private final IDocument document;
	private final Display display;
	private final BufferSave saving;
	private final Job refresh;

	EditorDiagramDocument(IFile file, ITextFileBuffer buffer, Shell shell) {
		this.file = file;
		this.buffer = buffer;
		this.document = buffer.getDocument();
		this.display = shell.getDisplay();
		this.saving = new BufferSave(file, buffer, shell);
		this.refresh = Job.create("refresh " + file.getFullPath(), monitor -> {
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		});
		DocumentUndoManagerRegistry.connect(document);
		// the registry only makes the manager: it records changes while a client is connected, and without a text
		// editor of the file open the diagram is the only one (its undo did nothing)
		undoManager().connect(this);
		document.addDocumentListener(this);
	}

	void dispose() {
		document.removeDocumentListener(this);
		undoManager().disconnect(this);
		DocumentUndoManagerRegistry.disconnect(document);
	}

	private IDocumentUndoManager undoManager() {
		return DocumentUndoManagerRegistry.getDocumentUndoManager(document);
	}

	/**
	 * The buffer took the file's text from disk: the history is cleared. The document's undo manager records the
	 * buffer's reload as one more change, and Eclipse's text editor keeps it (its Undo puts back the text the other
	 * program replaced); the diagram's undo must never revert what another program wrote, and the history is one for
	 * both views.
	 */
	void contentReplacedFromDisk() {
		undoManager().reset();
	}

	/**
	 * Whether the file changed on disk and the buffer, unchanged itself, has not taken the new text yet (no refresh
	 * told the workspace, or the buffer's reload is still on its way): then the file is refreshed, which makes the
	 * buffer take it, and the caller changes nothing now.
	 */
	private boolean takingChangeOnDisk() {
		if (buffer.isDirty() || buffer.isSynchronized()) {
			return false;
		}
		refresh.schedule();
		return true;
	}

	IDocument document() {
		return document;
	}

	@Override
	public URI uri() {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	@Override
	public String text() {
		AtomicReference<String> text = new AtomicReference<>();
		onUi(() -> text.set(document.get()));
		return text.get();
	}

	@Override
	public void replace(List<TextReplacement> replacements, String label) {
		replaceIfUnchanged(null, replacements, label);
	}

	/** {@code base} null: whatever the text is, as long as it is the file's. */
	@Override
	public boolean replaceIfUnchanged(String base, List<TextReplacement> replacements, String label) {
		boolean[] applied = { false };
		onUi(() -> {
			// on the UI thread, where the user types and the buffer takes the file's text (the editor asks for its
			// synchronization context): nothing can change the text between the check and the edit
			String text = document.get();
			if (takingChangeOnDisk() || whyNotText(text) != null) {
				return;
			}
			if (base == null || text.equals(base)) {
				apply(replacements);
				applied[0] = true;
			}
		});
		return applied[0];
	}

	@Override
	public String whyReadOnly() {
		AtomicReference<String> why = new AtomicReference<>();
		onUi(() -> why.set(whyNotText(document.get())));
		return why.get();
	}

	private String whyNotText(String text) {
		String where = ReplacedBytes.where(file, buffer, text);
		return where == null ? null
				: where + "; the text shows those bytes as \uFFFD, and the diagram takes no edits that would save"
						+ " \uFFFD in their place until the file is text again";
	}

	/** All replacements or none: a text edit tree is checked against the document before any of it is applied. */
	private void apply(List<TextReplacement> replacements) {
		MultiTextEdit all = new MultiTextEdit();
		replacements.forEach(r -> all.addChild(new ReplaceEdit(r.offset(), r.length(), r.text())));
		IDocumentUndoManager undo = undoManager();
		undo.beginCompoundChange();
		try {
			all.apply(document, TextEdit.NONE);
		} catch (BadLocationException | MalformedTreeException e) {
			throw new IllegalStateException("diagram edit outside the text", e);
		} finally {
			undo.endCompoundChange();
		}
	}

	/**
	 * A move or layout becomes an operation of the workbench's history in the document's undo context: the text
	 * editor's and the diagram's Undo both reach it, in order with the text edits.
	 */
	@Override
	public void recordLayoutStep(String label, Runnable undo, Runnable redo) {
		onUi(() -> {
			AbstractOperation step = new AbstractOperation(label) {
				@Override
				public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
					return Status.OK_STATUS;
				}

				@Override
				public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
					undo.run();
					return Status.OK_STATUS;
				}

				@Override
				public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
					redo.run();
					return Status.OK_STATUS;
				}
			};
			step.addContext(undoManager().getUndoContext());
			OperationHistoryFactory.getOperationHistory().add(step);
		});
	}

	@Override
	public boolean undo() {
		return history(true);
	}

	@Override
	public boolean redo() {
		return history(false);
	}

	private boolean history(boolean undo) {
		AtomicBoolean done = new AtomicBoolean();
		onUi(() -> {
			if (takingChangeOnDisk()) {
				return; // the history is of a text another program has replaced
			}
			IDocumentUndoManager manager = undoManager();
			if (undo ? manager.undoable() : manager.redoable()) {
				try {
					if (undo) {
						manager.undo();
					} else {
						manager.redo();
					}
					done.set(true);
				} catch (org.eclipse.core.commands.ExecutionException e) {
					throw new IllegalStateException(e);
				}
			}
		});
		return done.get();
	}

	@Override
	public boolean isDirty() {
		return buffer.isDirty();
	}

	@Override
	public void save() {
		save(null);
	}

	/** Whether the text was written (see {@link BufferSave}). */
	boolean save(IProgressMonitor monitor) {
		AtomicBoolean saved = new AtomicBoolean();
		onUi(() -> saved.set(saving.save(monitor)));
		return saved.get();
	}

	@Override
	public Map<URI, String> siblings() {
		// the project's other files, as the text editor's validation sees them (open editors' text included)
		Map<URI, String> result = new LinkedHashMap<>();
		try {
			for (IFile other : ProjectResources.files(file.getProject())) {
				if (!other.equals(file)) {
					result.put(URI.createPlatformResourceURI(other.getFullPath().toString(), true),
							ProjectResources.text(other));
				}
			}
		} catch (CoreException | java.io.IOException e) {
			// without siblings, cross-file references show as link errors, as in a text editor without a build
		}
		return result;
	}

	@Override
	public Path layoutFile() {
		return file.getLocation() == null ? null : LayoutFiles.next(file.getLocation().toPath());
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		fireChanged();
	}

	private void onUi(Runnable r) {
		if (Display.getCurrent() == display) {
			r.run();
		} else {
			display.syncExec(r);
		}
	}
}
