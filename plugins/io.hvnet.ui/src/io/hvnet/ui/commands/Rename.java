package io.hvnet.ui.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;

import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.ui.HvNetUiPlugin;
import io.hvnet.ui.validation.ProjectResources;

/**
 * Renames a NIC, switch, VM… and every reference to it in the files of its project: Xtext's change serializer
 * turns the new name into minimal text edits (comments and formatting elsewhere untouched); the rename refactoring
 * previews and applies them.
 */
public final class Rename {

	/** What the caret is on: the element to rename, or null. */
	public static NetworkNode elementAt(IFile file, String text, int offset) throws CoreException {
		Map<IFile, XtextResource> resources = new ProjectResources(HvNetUiPlugin.getDefault().getInjector())
				.load(file.getProject(), Map.of(file, text));
		XtextResource resource = resources.get(file);
		EObjectAtOffsetHelper helper = HvNetUiPlugin.getDefault().getInjector().getInstance(EObjectAtOffsetHelper.class);
		EObject target = helper.resolveCrossReferencedElementAt(resource, offset);
		if (target == null) {
			target = helper.resolveElementAt(resource, offset);
		}
		return target instanceof NetworkNode node && !node.eIsProxy() ? node : null;
	}

	/** The text edits, per file, that rename {@code element} (loaded by {@link #elementAt}) and its references. */
	public static Map<IFile, List<ITextReplacement>> edits(NetworkNode element, String newName) {
		IChangeSerializer serializer = HvNetUiPlugin.getDefault().getInjector().getInstance(IChangeSerializer.class);
		serializer.addModification(element, e -> e.setName(newName));
		List<IEmfResourceChange> changes = new ArrayList<>();
		serializer.applyModifications(changes::add);
		Map<IFile, List<ITextReplacement>> edits = new LinkedHashMap<>();
		for (IEmfResourceChange change : changes) {
			if (change instanceof ITextDocumentChange text && !text.getReplacements().isEmpty()) {
				IFile file = fileOf(change.getResource().getURI());
				if (file != null) {
					edits.put(file, text.getReplacements());
				}
			}
		}
		return edits;
	}

	/** The workspace file behind a resource URI, or null when it is not one. */
	public static IFile fileOf(URI uri) {
		return uri.isPlatformResource()
				? ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)))
				: null;
	}

	private Rename() {
	}
}
