package io.hvnet.diagram.ui;

import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves the diagram's file buffer without writing over what another program wrote: a file changed on disk since the
 * buffer read it, or bytes the buffer could only show as U+FFFD, are written over only when the user says so. (A
 * forced commit, as the diagram did, wrote the older text over a change on disk without a word.) Runs on the UI
 * thread.
 */
final class BufferSave {

	static final String CHANGED_TITLE = "File Changed on Disk";
	static final String NOT_TEXT_TITLE = "Not Text";
	static final String KEEP = "Keep Unsaved";
	static final String LOAD = "Load from Disk";
	static final String OVERWRITE = "Overwrite";
	static final String SAVE_ANYWAY = "Save Anyway";
	static final String DELETED_TITLE = "File Deleted";
	static final String SAVE_AGAIN = "Save Again";

	private final IFile file;
	private final ITextFileBuffer buffer;
	private final Shell shell;

	BufferSave(IFile file, ITextFileBuffer buffer, Shell shell) {
		this.file = file;
		this.buffer = buffer;
		this.shell = shell;
	}

	/** Whether the buffer was written (false: kept unsaved, or replaced by the file's text at the user's word). */
	boolean save(IProgressMonitor monitor) {
		if (!buffer.isDirty()) {
			return true;
		}
		String replaced = ReplacedBytes.where(file, buffer, buffer.getDocument().get());
		if (replaced != null && ask(NOT_TEXT_TITLE, replaced + ". The text shows those bytes as \uFFFD, and saving"
				+ " writes \uFFFD in their place.", KEEP, SAVE_ANYWAY) != 1) {
			return false;
		}
		if (!file.exists()) {
			// deleted under the diagram (the buffer keeps what was not saved): writing it again is the user's call
			if (ask(DELETED_TITLE, "'" + file.getName() + "' was deleted since its text was read. Saving writes it"
					+ " again with the diagram's text.", KEEP, SAVE_AGAIN) != 1) {
				return false;
			}
			run(() -> buffer.commit(monitor, true));
			return true;
		}
		try {
			buffer.commit(monitor, false);
			return true;
		} catch (CoreException e) {
			if (e.getStatus().getCode() != IResourceStatus.OUT_OF_SYNC_LOCAL) {
				throw new IllegalStateException("cannot save " + file.getFullPath(), e);
			}
		}
		return switch (ask(CHANGED_TITLE, "'" + file.getName() + "' was changed on disk since its text was read."
				+ " Saving now would write the diagram's text over that change.\n\n" + KEEP
				+ ": the file stays as it is, the diagram's changes stay unsaved.\n" + LOAD
				+ ": the diagram takes the file's text; its unsaved changes are dropped.\n" + OVERWRITE
				+ ": the diagram's text replaces the file's.", KEEP, LOAD, OVERWRITE)) {
		case 1 -> {
			run(() -> buffer.revert(monitor));
			yield false;
		}
		case 2 -> {
			run(() -> buffer.commit(monitor, true));
			yield true;
		}
		default -> false;
		};
	}

	/** The index of the button pressed; closing the dialog counts as the first, which keeps things as they are. */
	private int ask(String title, String message, String... buttons) {
		return Math.max(0, new MessageDialog(shell, title, null, message, MessageDialog.WARNING, 0, buttons).open());
	}

	private interface BufferAction {
		void run() throws CoreException;
	}

	private void run(BufferAction action) {
		try {
			action.run();
		} catch (CoreException e) {
			throw new IllegalStateException("cannot save " + file.getFullPath(), e);
		}
	}
}
