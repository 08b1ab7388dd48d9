package io.hvnet.ui.editor;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

import io.hvnet.ui.HvNetUiPlugin;
import io.hvnet.ui.validation.DocumentModels;
import io.hvnet.ui.validation.ProjectResources;

/**
 * An editor's text parsed with its project's other .hvnet files, for the Xtext IDE services (content assist,
 * hover, navigation), which work on an {@link XtextResource} and an LSP-style {@link Document}.
 */
public record WorkingCopy(IFile file, XtextResource resource, Document document) {

	/** The working copy of the editor document, or null when it is not a .hvnet file of the workspace. */
	public static WorkingCopy of(IDocument editorDocument) {
		IFile file = DocumentModels.fileOf(editorDocument);
		// the Generic Editor also shows other kinds of files, and its hyperlink detectors ask about all of them
		if (file == null || !"hvnet".equals(file.getFileExtension())) {
			return null;
		}
		String text = editorDocument.get();
		try {
			Map<IFile, XtextResource> resources = new ProjectResources(HvNetUiPlugin.getDefault().getInjector())
					.load(file.getProject(), Map.of(file, text));
			XtextResource resource = resources.get(file);
			return resource == null ? null : new WorkingCopy(file, resource, new Document(1, text));
		} catch (CoreException e) {
			HvNetUiPlugin.getDefault().getLog().log(e.getStatus());
			return null;
		}
	}
}
