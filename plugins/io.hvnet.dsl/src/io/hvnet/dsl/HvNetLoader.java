package io.hvnet.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.Constants;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

import io.hvnet.dsl.parser.antlr.LexedText;

/**
 * The one way .hvnet texts become resources, for every reader (command line, Maven plugin, diagram, editor, tests):
 * through {@link HvNetText}, into resource sets of the language's injector, so that files of one package can refer to
 * each other.
 */
public final class HvNetLoader {

	/**
	 * The text of one file and where it is (a file, platform or in-memory URI, unique within one load), and its tokens
	 * when they were lexed before (null otherwise).
	 */
	public record Source(URI uri, String text, LexedText lexed) {

		public Source(URI uri, String text) {
			this(uri, text, null);
		}
	}

	private final Injector language;

	/** {@code language}: the runtime injector, or the IDE one where the caller also needs IDE services. */
	@Inject
	public HvNetLoader(Injector language) {
		this.language = language;
	}

	public Injector language() {
		return language;
	}

	public XtextResourceSet newResourceSet() {
		XtextResourceSet set = language.getInstance(XtextResourceSet.class);
		// resources made by this injector, whichever injector registered the file extension globally last (the
		// command line's has another cache than the editor's: ReadOnlyModelsModule)
		String extension = language.getInstance(Key.get(String.class, Names.named(Constants.FILE_EXTENSIONS)));
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(extension,
				language.getInstance(IResourceFactory.class));
		return set;
	}

	/** Parses {@code text} into a new resource of {@code set}; links nothing, since siblings may still follow. */
	public XtextResource parse(ResourceSet set, URI uri, String text) {
		return parse(set, uri, text, null);
	}

	/** As {@link #parse(ResourceSet, URI, String)}, with the text's tokens when they were lexed before. */
	public XtextResource parse(ResourceSet set, URI uri, String text, LexedText lexed) {
		XtextResource resource = (XtextResource) set.createResource(uri);
		try {
			if (lexed != null) {
				// the parser takes the tokens only if they are this text's
				lexed.offerDuring(() -> HvNetText.load(resource, text));
			} else {
				HvNetText.load(resource, text);
			}
		} catch (IOException e) {
			// the text is already in memory: only a broken parser setup gets here
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** One text on its own, parsed but not linked to anything. */
	public XtextResource parse(URI uri, String text) {
		return parse(newResourceSet(), uri, text);
	}

	/** Texts that may refer to each other, parsed into one new resource set, then linked; one resource per source. */
	public List<XtextResource> load(List<Source> sources) {
		XtextResourceSet set = newResourceSet();
		List<XtextResource> resources = new ArrayList<>();
		sources.forEach(s -> resources.add(parse(set, s.uri(), s.text(), s.lexed())));
		// the linker's own walk: it sets each target without notifying anybody, where EcoreUtil.resolveAll sends every
		// resolution to the resource's content adapter (a sixth of linking a 56k-line file, issue #18)
		resources.forEach(r -> EcoreUtil2.resolveLazyCrossReferences(r, CancelIndicator.NullImpl));
		return resources;
	}

	/** Syntax, link and validation problems of one resource, all checks included. */
	public List<Issue> validate(Resource resource, CancelIndicator cancel) {
		return language.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
	}
}
