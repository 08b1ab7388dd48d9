package io.hvnet.ui.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Validates the .hvnet files of a project together (files of one package refer to each other), with the text of
 * an open editor standing in for its file on disk. Language knowledge comes from the Xtext language only.
 */
public final class ProjectValidation {

	private final Injector injector;

	public ProjectValidation(Injector injector) {
		this.injector = injector;
	}

	/** Issues per file of {@code project}; {@code unsaved} maps files to editor text that replaces their content. */
	public Map<IFile, List<Issue>> validate(IProject project, Map<IFile, String> unsaved, CancelIndicator cancel)
			throws CoreException {
		List<IFile> files = new ArrayList<>();
		project.accept(r -> {
			if (r.getType() == IResource.FILE && "hvnet".equals(r.getFileExtension())) {
				files.add((IFile) r);
			}
			return true;
		});
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Map<IFile, XtextResource> resources = new LinkedHashMap<>();
		for (IFile file : files) {
			XtextResource resource = (XtextResource) resourceSet
					.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
			try {
				resource.load(new StringInputStream(unsaved.containsKey(file) ? unsaved.get(file) : read(file)), null);
			} catch (IOException e) {
				continue;
			}
			resources.put(file, resource);
		}
		resources.values().forEach(EcoreUtil::resolveAll);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		Map<IFile, List<Issue>> result = new LinkedHashMap<>();
		for (Map.Entry<IFile, XtextResource> e : resources.entrySet()) {
			result.put(e.getKey(), validator.validate(e.getValue(), CheckMode.ALL, cancel));
		}
		return result;
	}

	private static String read(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
