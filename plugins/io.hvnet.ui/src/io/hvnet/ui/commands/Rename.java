package io.hvnet.ui.commands;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
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
 * turns the new name into minimal text edits (comments and formatting elsewhere untouched), applied to open editors'
 * documents or to the files.
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

	/** Renames {@code element} (loaded by {@link #elementAt}) and applies the edits; returns the files changed. */
	public static List<IFile> apply(NetworkNode element, String newName) throws CoreException {
		IChangeSerializer serializer = HvNetUiPlugin.getDefault().getInjector().getInstance(IChangeSerializer.class);
		serializer.addModification(element, e -> e.setName(newName));
		List<IEmfResourceChange> changes = new ArrayList<>();
		serializer.applyModifications(changes::add);
		List<IFile> changed = new ArrayList<>();
		for (IEmfResourceChange change : changes) {
			if (change instanceof ITextDocumentChange text && !text.getReplacements().isEmpty()) {
				IFile file = fileOf(change.getResource().getURI());
				if (file != null) {
					applyTo(file, text.getReplacements());
					changed.add(file);
				}
			}
		}
		return changed;
	}

	private static IFile fileOf(URI uri) {
		return uri.isPlatformResource()
				? ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)))
				: null;
	}

	/** Into the open editor's document when there is one (undoable there), else into the file. */
	private static void applyTo(IFile file, List<ITextReplacement> replacements) throws CoreException {
		List<ITextReplacement> backwards = new ArrayList<>(replacements);
		backwards.sort((a, b) -> Integer.compare(b.getOffset(), a.getOffset()));
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		if (buffer != null) {
			IDocument document = buffer.getDocument();
			try {
				for (ITextReplacement r : backwards) {
					document.replace(r.getOffset(), r.getLength(), r.getReplacementText());
				}
			} catch (BadLocationException e) {
				throw new IllegalStateException("rename edit outside the document", e);
			}
			return;
		}
		StringBuilder text;
		try (var in = file.getContents(true)) {
			text = new StringBuilder(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		for (ITextReplacement r : backwards) {
			text.replace(r.getOffset(), r.getOffset() + r.getLength(), r.getReplacementText());
		}
		file.setContents(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), true, true, null);
	}

	private Rename() {
	}
}
