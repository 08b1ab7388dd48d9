package io.hvnet.diagram.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

import io.hvnet.dsl.HvNetText;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

/** Parses, links and validates a document's text together with its siblings, as the text editor does. */
public final class SourceModelLoader {

	private final Injector language;

	/** {@code language}: the hvnet IDE injector (it provides the change serializer the edits need). */
	public SourceModelLoader(Injector language) {
		this.language = language;
	}

	public Injector language() {
		return language;
	}

	public SourceModel load(URI uri, String text, Map<URI, String> siblings) {
		XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
		XtextResource resource = parse(resourceSet, uri, text);
		siblings.forEach((siblingUri, siblingText) -> parse(resourceSet, siblingUri, siblingText));
		EcoreUtil.resolveAll(resource);
		IResourceValidator validator = language.getInstance(IResourceValidator.class);
		return new SourceModel(text, resource, validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
	}

	public SourceModel load(DiagramDocument document) {
		return load(document.uri(), document.text(), document.siblings());
	}

	private static XtextResource parse(XtextResourceSet resourceSet, URI uri, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			HvNetText.load(resource, text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}
}
