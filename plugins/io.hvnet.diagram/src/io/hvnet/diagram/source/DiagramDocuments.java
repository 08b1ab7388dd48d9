package io.hvnet.diagram.source;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The documents diagrams may be opened on, by the source URI the web client asks for. */
public final class DiagramDocuments {

	private final Map<String, DiagramDocument> documents = new ConcurrentHashMap<>();

	/** Registers the document under its URI; returns the key the client must use as its {@code sourceUri}. */
	public String register(DiagramDocument document) {
		String key = document.uri().toString();
		documents.put(key, document);
		return key;
	}

	public void unregister(DiagramDocument document) {
		documents.remove(document.uri().toString(), document);
	}

	public Optional<DiagramDocument> get(String sourceUri) {
		return Optional.ofNullable(sourceUri == null ? null : documents.get(sourceUri));
	}
}
