package io.hvnet.diagram.source;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;

/** Parses, links and validates a document's text together with its siblings, as the text editor does. */
public final class SourceModelLoader {

	private final HvNetLoader loader;

	/** {@code language}: the hvnet IDE injector (it provides the change serializer the edits need). */
	public SourceModelLoader(Injector language) {
		this.loader = new HvNetLoader(language);
	}

	public Injector language() {
		return loader.language();
	}

	public SourceModel load(URI uri, String text, Map<URI, String> siblings) {
		XtextResourceSet resourceSet = loader.newResourceSet();
		XtextResource resource = loader.parse(resourceSet, uri, text);
		siblings.forEach((siblingUri, siblingText) -> loader.parse(resourceSet, siblingUri, siblingText));
		// only the drawn text is linked: the siblings are there for its references
		EcoreUtil.resolveAll(resource);
		return new SourceModel(text, resource, loader.validate(resource, CancelIndicator.NullImpl));
	}

	public SourceModel load(DiagramDocument document) {
		return load(document.uri(), document.text(), document.siblings());
	}
}
