package io.hvnet.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;

/**
 * A model to change without touching the one it copies: the resource's text loaded again into a new resource set,
 * with the other files of its set beside it so that references between files resolve as before.
 */
public final class ResourceCopy {

	private ResourceCopy() {
	}

	public static XtextResource of(XtextResource original) {
		List<HvNetLoader.Source> sources = new ArrayList<>();
		sources.add(sourceOf(original));
		if (original.getResourceSet() != null) {
			for (Resource other : original.getResourceSet().getResources()) {
				if (other != original && other instanceof XtextResource sibling && sibling.getParseResult() != null) {
					sources.add(sourceOf(sibling));
				}
			}
		}
		Injector language = original.getResourceServiceProvider().get(Injector.class);
		return new HvNetLoader(language).load(sources).get(0);
	}

	private static HvNetLoader.Source sourceOf(XtextResource resource) {
		return new HvNetLoader.Source(resource.getURI(), resource.getParseResult().getRootNode().getText());
	}
}
