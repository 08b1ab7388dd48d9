package io.hvnet.diagram.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

import io.hvnet.dsl.HvNetText;

/**
 * A .hvnet file as a diagram document, outside Eclipse (the standalone viewer, tests): changes stay in memory with
 * their own undo history until {@link #save()} writes the file.
 */
public final class FileDiagramDocument extends ListenedDiagramDocument {

	private final Path file;
	private final URI uri;
	/** One step of the history: a text before and after, or a change of the drawing only. */
	private interface Step {
	}

	private record TextStep(String before, String after) implements Step {
	}

	private record LayoutStep(Runnable undo, Runnable redo) implements Step {
	}

	private final Deque<Step> undo = new ArrayDeque<>();
	private final Deque<Step> redo = new ArrayDeque<>();
	private String text;
	private String saved;
	/** Written back on save: the diagram keeps the file's byte order mark, as editors do. */
	private boolean byteOrderMark;

	public FileDiagramDocument(Path file) throws IOException {
		this.file = file.toAbsolutePath().normalize();
		this.uri = URI.createFileURI(this.file.toString());
		this.text = read(this.file);
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
	public void replace(List<TextReplacement> replacements, String label) {
		replaceIfUnchanged(null, replacements, label);
	}

	/** {@code base} null: whatever the text is. */
	@Override
	public boolean replaceIfUnchanged(String base, List<TextReplacement> replacements, String label) {
		synchronized (this) {
			if (base != null && !text.equals(base)) {
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

	@Override
	public synchronized void save() {
		try {
			Files.writeString(file, byteOrderMark ? HvNetText.BYTE_ORDER_MARK + text : text, StandardCharsets.UTF_8);
			saved = text;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot save " + file, e);
		}
	}

	/**
	 * Takes the file's text when another program changed the file since it was read or saved (a viewer follows edits
	 * made in a text editor); one undo step. Returns whether the text changed.
	 */
	public boolean reloadIfChangedOnDisk() throws IOException {
		String disk = read(file);
		synchronized (this) {
			if (disk.equals(saved)) {
				return false;
			}
			undo.push(new TextStep(text, disk));
			redo.clear();
			text = disk;
			saved = disk;
		}
		fireChanged();
		return true;
	}

	private String read(Path path) throws IOException {
		byte[] bytes = Files.readAllBytes(path);
		byteOrderMark = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
				&& (bytes[2] & 0xff) == 0xbf;
		return HvNetText.decode(bytes);
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
