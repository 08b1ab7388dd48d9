package io.hvnet.diagram.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.emf.common.util.URI;

import io.hvnet.dsl.HvNetText;

/**
 * A .hvnet file as a diagram document, outside Eclipse (the standalone viewer, tests): changes stay in memory with
 * their own undo history until {@link #save()} writes the file.
 * <p>
 * Another program may write the file at any time (the user's text editor). What it wrote wins, always: a diagram edit
 * is applied only when the file still holds what this document last read or wrote, so an edit computed on the older
 * text is refused instead of written over the newer one; {@link #save()} writes only over what it last saw; and
 * taking the file's new text clears the history, so that undo never puts back what the other program replaced. A
 * file whose bytes are not UTF-8 text is never replaced: the diagram keeps the last good text and takes no edits
 * until the file reads again ({@link #whyReadOnly()}). (Issue #18, finding 3.)
 */
public final class FileDiagramDocument extends ListenedDiagramDocument {

	private static final Logger LOG = LogManager.getLogger(FileDiagramDocument.class);

	private final Path file;
	private final URI uri;
	/** One step of the history: a text before and after, or a change of the drawing only. */
	private interface Step {
	}

	private record TextStep(String before, String after) implements Step {
	}

	private record LayoutStep(Runnable undo, Runnable redo) implements Step {
	}

	/** The file's content as read: its text and whether it starts with a byte order mark. */
	private record Content(String text, boolean byteOrderMark) {
	}

	private final Deque<Step> undo = new ArrayDeque<>();
	private final Deque<Step> redo = new ArrayDeque<>();
	private String text;
	/** What the file held when this document last read or wrote it. */
	private String saved;
	/** Written back on save: the diagram keeps the file's byte order mark, as editors do. */
	private boolean byteOrderMark;
	/** Why the file on disk cannot be taken (not UTF-8), or null. */
	private String unreadable;

	public FileDiagramDocument(Path file) throws IOException {
		this.file = file.toAbsolutePath().normalize();
		this.uri = URI.createFileURI(this.file.toString());
		byte[] bytes = Files.readAllBytes(this.file);
		Content content = decode(bytes);
		if (content == null) {
			throw new IOException(notText(bytes));
		}
		this.text = content.text();
		this.byteOrderMark = content.byteOrderMark();
		this.saved = text;
	}

	@Override
	public URI uri() {
		return uri;
	}

	@Override
	public synchronized String text() {
		return text;
	}

	@Override
	public String whyReadOnly() {
		synchronized (this) {
			if (unreadable == null) {
				return null;
			}
		}
		takeChangeOnDisk(); // the file may read again
		synchronized (this) {
			return unreadable;
		}
	}

	@Override
	public void replace(List<TextReplacement> replacements, String label) {
		replaceIfUnchanged(null, replacements, label);
	}

	/**
	 * {@code base} null: whatever the text is. The file is read first: when another program changed it, its text is
	 * taken and an edit computed on an older text is refused.
	 */
	@Override
	public boolean replaceIfUnchanged(String base, List<TextReplacement> replacements, String label) {
		takeChangeOnDisk();
		synchronized (this) {
			if (unreadable != null || (base != null && !text.equals(base))) {
				return false;
			}
			String before = text;
			text = TextReplacement.applyAll(text, replacements);
			undo.push(new TextStep(before, text));
			redo.clear();
		}
		fireChanged();
		return true;
	}

	@Override
	public synchronized void recordLayoutStep(String label, Runnable undoIt, Runnable redoIt) {
		undo.push(new LayoutStep(undoIt, redoIt));
		redo.clear();
	}

	@Override
	public boolean undo() {
		return step(undo, redo, true);
	}

	@Override
	public boolean redo() {
		return step(redo, undo, false);
	}

	private boolean step(Deque<Step> from, Deque<Step> to, boolean back) {
		if (takeChangeOnDisk()) {
			return false; // the history was of a text another program has since replaced
		}
		Step step;
		synchronized (this) {
			step = from.poll();
			if (step == null) {
				return false;
			}
			to.push(step);
			if (step instanceof TextStep t) {
				text = back ? t.before() : t.after();
			}
		}
		if (step instanceof LayoutStep l) {
			(back ? l.undo() : l.redo()).run();
		} else {
			fireChanged();
		}
		return true;
	}

	@Override
	public synchronized boolean isDirty() {
		return !text.equals(saved);
	}

	/**
	 * Writes the text, unless the file no longer holds what this document last read or wrote: then another program's
	 * text is taken instead and this document's unsaved change is dropped (logged), never written over it.
	 */
	@Override
	public void save() {
		if (takeChangeOnDisk()) {
			LOG.warn(file + " was changed by another program; its text is kept and the diagram's change is dropped");
			return;
		}
		synchronized (this) {
			if (unreadable != null) {
				return;
			}
			try {
				Files.writeString(file, byteOrderMark ? HvNetText.BYTE_ORDER_MARK + text : text, StandardCharsets.UTF_8);
				saved = text;
			} catch (IOException e) {
				throw new UncheckedIOException("cannot save " + file, e);
			}
		}
	}

	/**
	 * Takes the file's text when another program changed the file since it was read or saved (a viewer follows edits
	 * made in a text editor). Returns whether the text changed.
	 */
	public boolean reloadIfChangedOnDisk() throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		Content disk = decode(bytes);
		synchronized (this) {
			if (disk == null) {
				if (unreadable == null) {
					unreadable = notText(bytes) + "; the diagram shows the last text that could be read and takes no"
							+ " edits until the file is UTF-8 text again";
					LOG.warn(unreadable);
				}
				return false;
			}
			unreadable = null;
			if (disk.text().equals(saved)) {
				return false;
			}
			undo.clear();
			redo.clear();
			text = disk.text();
			saved = text;
			byteOrderMark = disk.byteOrderMark();
		}
		fireChanged();
		return true;
	}

	/** {@link #reloadIfChangedOnDisk()}, for edits: a file that cannot be read now counts as unchanged. */
	private boolean takeChangeOnDisk() {
		try {
			return reloadIfChangedOnDisk();
		} catch (IOException e) {
			return false; // being replaced (editors save by rename) or gone for now
		}
	}

	private static Content decode(byte[] bytes) {
		try {
			return new Content(HvNetText.decode(bytes), bytes.length >= 3 && (bytes[0] & 0xff) == 0xef
					&& (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf);
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	private String notText(byte[] bytes) {
		return file + ":" + HvNetText.malformedAt(bytes) + ": not UTF-8 text";
	}

	public Path file() {
		return file;
	}

	@Override
	public Map<URI, String> siblings() {
		Map<URI, String> result = new LinkedHashMap<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), "*.hvnet")) {
			for (Path other : files) {
				if (!other.toAbsolutePath().normalize().equals(file)) {
					result.put(URI.createFileURI(other.toAbsolutePath().normalize().toString()),
							HvNetText.decode(Files.readAllBytes(other)));
				}
			}
		} catch (IOException e) {
			// siblings only resolve cross-file references; without them the diagram shows link errors, as the text does
		}
		return result;
	}

	@Override
	public Path layoutFile() {
		return LayoutFiles.next(file);
	}
}
