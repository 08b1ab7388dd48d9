package io.hvnet.diagram.source;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;

/**
 * The text a diagram shows and edits. The text is the only truth: the diagram reads it, and every diagram edit is a
 * text edit, so that undo, dirty state and save are the text's own. In Eclipse this is the editor's document (shared
 * with an open text editor of the same file); on the command line and in tests it is a file.
 */
public interface DiagramDocument {

	/** Identifies the document; also the URI of the Xtext resource it is parsed into. */
	URI uri();

	String text();

	/** Applies the replacements as one change (one undo step). */
	void replace(List<TextReplacement> replacements, String label);

	/**
	 * Applies the replacements as one change if the text is still {@code base}, the text they were computed on;
	 * otherwise changes nothing and returns false: replacements computed on an older text would land in the wrong
	 * places (the user typed while a diagram edit was being prepared).
	 */
	boolean replaceIfUnchanged(String base, List<TextReplacement> replacements, String label);

	boolean undo();

	/**
	 * Why the diagram must not edit the document now (its file on disk cannot be read as text), or null. Diagram edits
	 * are refused with this sentence.
	 */
	default String whyReadOnly() {
		return null;
	}

	/**
	 * A change of the drawing only (stored positions) joins the text's history: undo and redo, from either view, go
	 * back and forth through moves and text edits in the order they were made. The runnables may run on any thread.
	 */
	default void recordLayoutStep(String label, Runnable undo, Runnable redo) {
	}

	boolean redo();

	boolean isDirty();

	void save();

	/**
	 * Other .hvnet texts the document may refer to, by URI: in Eclipse the project's (as the text editor's
	 * validation sees them), on the command line the same folder's.
	 */
	default java.util.Map<URI, String> siblings() {
		return java.util.Map.of();
	}

	/** Where moved positions are kept (next to the file), or null when the document has no file. */
	Path layoutFile();

	/** Called, on any thread, after every change of the text. */
	void addChangeListener(Runnable listener);

	void removeChangeListener(Runnable listener);
}
