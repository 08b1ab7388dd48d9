package io.hvnet.ui.commands;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.powershell.HostScript;
import io.hvnet.powershell.Provenance;
import io.hvnet.ui.HvNetUiPlugin;

/**
 * "Export PowerShell Script" on a .hvnet file: the scripts {@code hvnet export powershell -o} writes, one per host,
 * into the folder {@code NAME-powershell} next to the file. The file is read with the other .hvnet files of its
 * folder (a package may span them), and a design with errors is not exported.
 */
public final class PowerShellExport {

	/** What an export did: the scripts written, or the errors that stopped it (file:line: message). */
	public record Result(List<IFile> scripts, List<String> errors) {
	}

	private PowerShellExport() {
	}

	public static Result of(IFile file) throws CoreException {
		HvNetLoader loader = new HvNetLoader(HvNetUiPlugin.getDefault().getInjector());
		List<HvNetLoader.Source> sources = new ArrayList<>();
		sources.add(source(file));
		for (IResource sibling : file.getParent().members()) {
			if (sibling instanceof IFile other && !other.equals(file) && "hvnet".equals(other.getFileExtension())) {
				sources.add(source(other));
			}
		}
		List<XtextResource> resources = loader.load(sources);
		List<String> errors = new ArrayList<>();
		for (XtextResource resource : resources) {
			for (Issue issue : loader.validate(resource, CancelIndicator.NullImpl)) {
				if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR) {
					errors.add(resource.getURI().lastSegment() + ":" + issue.getLineNumber() + ": " + issue.getMessage());
				}
			}
		}
		if (!errors.isEmpty()) {
			return new Result(List.of(), errors);
		}
		Network network = (Network) resources.get(0).getContents().get(0);
		byte[] bytes = file.readAllBytes();
		Provenance provenance = Provenance.of(file.getLocation().toFile().toPath(), bytes,
				HvNetUiPlugin.getDefault().getBundle().getVersion().toString());
		IContainer parent = file.getParent();
		IFolder folder = parent.getFolder(new org.eclipse.core.runtime.Path(
				file.getName().replaceFirst("\\.hvnet$", "") + "-powershell"));
		if (!folder.exists()) {
			folder.create(true, true, null);
		}
		List<IFile> scripts = new ArrayList<>();
		for (Host host : network.getElements().stream().filter(Host.class::isInstance).map(Host.class::cast).toList()) {
			IFile script = folder.getFile(host.getName() + ".ps1");
			ByteArrayInputStream content = new ByteArrayInputStream(HostScript.fileBytes(host, provenance));
			if (script.exists()) {
				script.setContents(content, true, true, null);
			} else {
				script.create(content, true, null);
			}
			scripts.add(script);
		}
		return new Result(scripts, List.of());
	}

	private static HvNetLoader.Source source(IFile file) throws CoreException {
		String text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
		return new HvNetLoader.Source(URI.createPlatformResourceURI(file.getFullPath().toString(), true),
				text.startsWith("\uFEFF") ? text.substring(1) : text);
	}
}
