package io.hvnet.ui.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Validates the .hvnet files of a project together, with the text of an open editor standing in for its file on
 * disk. Language knowledge comes from the Xtext language only.
 */
public final class ProjectValidation {

	private final Injector injector;

	public ProjectValidation(Injector injector) {
		this.injector = injector;
	}

	/** Issues per file of {@code project}; {@code unsaved} maps files to editor text that replaces their content. */
	public Map<IFile, List<Issue>> validate(IProject project, Map<IFile, String> unsaved, CancelIndicator cancel)
			throws CoreException {
		return validate(new ProjectResources(injector).load(project, unsaved), cancel);
	}

	/** Issues per file of resources already loaded (by {@link ProjectResources}). */
	public Map<IFile, List<Issue>> validate(Map<IFile, XtextResource> resources, CancelIndicator cancel) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		Map<IFile, List<Issue>> result = new LinkedHashMap<>();
		for (Map.Entry<IFile, XtextResource> e : resources.entrySet()) {
			result.put(e.getKey(), validator.validate(e.getValue(), CheckMode.ALL, cancel));
		}
		return result;
	}
}
