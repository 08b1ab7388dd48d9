package io.hvnet.dsl.ide.edit;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.hvnet.dsl.HvNetText;

/**
 * A model to change without touching the one it copies: the resource's text parsed again into a new resource set,
 * with the other files of its set beside it so that references between files resolve as before.
 */
public final class ResourceCopy {

	private ResourceCopy() {
	}

	public static XtextResource of(XtextResource original) {
		XtextResourceSet set = original.getResourceServiceProvider().get(XtextResourceSet.class);
		XtextResource copy = parse(set, original);
		if (original.getResourceSet() != null) {
			for (Resource other : original.getResourceSet().getResources()) {
				if (other != original && other instanceof XtextResource sibling && sibling.getParseResult() != null) {
					parse(set, sibling);
				}
			}
		}
		EcoreUtil.resolveAll(copy);
		return copy;
	}

	private static XtextResource parse(XtextResourceSet set, XtextResource original) {
		XtextResource copy = (XtextResource) set.createResource(original.getURI());
		try {
			HvNetText.load(copy, original.getParseResult().getRootNode().getText());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return copy;
	}
}
