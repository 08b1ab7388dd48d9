package io.hvnet.ui.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;

/** The .hvnet files of a project in one resource set (files of one package refer to each other), editor text first. */
public final class ProjectResources {

	private final Injector injector;

	public ProjectResources(Injector injector) {
		this.injector = injector;
	}

	public Map<IFile, XtextResource> load(IProject project, Map<IFile, String> unsaved) throws CoreException {
		List<IFile> readable = new ArrayList<>();
		List<HvNetLoader.Source> sources = new ArrayList<>();
		for (IFile file : files(project)) {
			try {
				sources.add(new HvNetLoader.Source(URI.createPlatformResourceURI(file.getFullPath().toString(), true),
						unsaved.containsKey(file) ? unsaved.get(file) : text(file)));
			} catch (IOException e) {
				continue; // a file that cannot be read takes no part, as if it were not there
			}
			readable.add(file);
		}
		List<XtextResource> loaded = new HvNetLoader(injector).load(sources);
		Map<IFile, XtextResource> resources = new LinkedHashMap<>();
		for (int i = 0; i < readable.size(); i++) {
			resources.put(readable.get(i), loaded.get(i));
		}
		return resources;
	}

	/** The project's .hvnet files. */
	public static List<IFile> files(IProject project) throws CoreException {
		List<IFile> files = new ArrayList<>();
		project.accept(r -> {
			if (r.getType() == IResource.FILE && "hvnet".equals(r.getFileExtension())) {
				files.add((IFile) r);
			}
			return true;
		});
		return files;
	}

	/**
	 * The file's text as the user sees it: an open editor's (maybe unsaved) document, else the file. Offsets computed
	 * on it (markers, a rename's edits) then fit the text they are applied to.
	 */
	public static String text(IFile file) throws CoreException, IOException {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		return buffer != null ? buffer.getDocument().get() : read(file);
	}

	private static String read(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
