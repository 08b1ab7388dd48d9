package io.hvnet.diagram.model;

import io.hvnet.diagram.source.DiagramDocument;

/**
 * Drawings made before a session asked for them (the launcher draws a document while the client loads); the
 * session's storage takes the one of its document instead of parsing and drawing again.
 */
public interface PreparedDrawings {

	/** The document's drawing as it is now, or null when none was made or it is stale. */
	Drawing take(DiagramDocument document);
}
