package io.hvnet.ui.validation;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.XtextResource;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.ui.HvNetUiPlugin;

/**
 * One parse per version of an editor's document, shared by what reads it after a pause in typing: validation,
 * semantic highlighting, mark occurrences and the outline. Each of them parsed the text on its own before, up to
 * four full parses per pause. A version is parsed and linked with its project's other .hvnet files, as validation
 * needs, and kept until the document's modification stamp changes. The resources are linked before anyone sees
 * them, so the readers' threads only read.
 */
public final class DocumentModels {

	/**
	 * A document's text at one modification stamp, parsed, with the project's resources it was linked with. For a
	 * document that is no file of the workspace, {@code file} is null and {@code project} empty.
	 */
	public record Version(long stamp, String text, IFile file, XtextResource resource,
			Map<IFile, XtextResource> project) {

		public Network network() {
			return resource.getContents().isEmpty() ? null : (Network) resource.getContents().get(0);
		}
	}

	/** Holds the latest version of one document; its monitor makes a second reader wait for the parse under way. */
	private static final class Slot {
		private Version version;
		private long parses;
	}

	private static final Map<IDocument, Slot> SLOTS = new WeakHashMap<>();

	private DocumentModels() {
	}

	/** The document's current text, parsed: the shared parse when the document has not changed since. */
	public static Version of(IDocument document) {
		Slot slot = slot(document);
		synchronized (slot) {
			// the stamp before the text: a change in between costs one more parse later, never a stale answer
			long stamp = document instanceof IDocumentExtension4 d ? d.getModificationStamp()
					: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
			Version last = slot.version;
			if (last != null && stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP && last.stamp() == stamp) {
				return last;
			}
			slot.version = parse(stamp, document.get(), fileOf(document));
			slot.parses++;
			return slot.version;
		}
	}

	/** How many versions of the document have been parsed (tests prove the sharing with it). */
	public static long parses(IDocument document) {
		Slot slot = slot(document);
		synchronized (slot) {
			return slot.parses;
		}
	}

	private static Slot slot(IDocument document) {
		synchronized (SLOTS) {
			return SLOTS.computeIfAbsent(document, d -> new Slot());
		}
	}

	/** The workspace file an editor document belongs to, or null (a file outside the workspace, a comparison). */
	public static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return file.exists() ? file : null;
	}

	private static Version parse(long stamp, String text, IFile file) {
		HvNetLoader loader = new HvNetLoader(HvNetUiPlugin.getDefault().getInjector());
		if (file != null) {
			try {
				Map<IFile, XtextResource> project = new ProjectResources(loader.language()).load(file.getProject(),
						Map.of(file, text));
				if (project.containsKey(file)) {
					return new Version(stamp, text, file, project.get(file), project);
				}
			} catch (CoreException e) {
				HvNetUiPlugin.getDefault().getLog().log(e.getStatus());
			}
		}
		XtextResource alone = loader.load(List.of(new HvNetLoader.Source(URI.createURI("editor.hvnet"), text))).get(0);
		return new Version(stamp, text, null, alone, Map.of());
	}
}
