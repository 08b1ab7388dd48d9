package io.hvnet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.hvnet.dsl.HvNetText;
import io.hvnet.dsl.hvnet.Network;

/** The .hvnet files of one command, loaded into one resource set so that files can refer to each other. */
final class LoadedTopology {

	record File(Path path, XtextResource resource) {
		Network network() {
			return resource.getContents().isEmpty() ? null : (Network) resource.getContents().get(0);
		}
	}

	private final List<File> files = new ArrayList<>();
	private final Injector injector;

	private LoadedTopology(Injector injector) {
		this.injector = injector;
	}

	static LoadedTopology load(Injector injector, List<Path> paths) throws UsageException {
		LoadedTopology topology = new LoadedTopology(injector);
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		for (Path path : InputFiles.expand(paths)) {
			InputFiles.Input input = InputFiles.read(path);
			XtextResource resource = (XtextResource) resourceSet
					.createResource(URI.createFileURI(path.toAbsolutePath().normalize().toString()));
			try {
				HvNetText.load(resource, input.text());
			} catch (java.io.IOException e) {
				throw new UsageException("cannot parse " + path + ": " + e.getMessage());
			}
			topology.files.add(new File(path, resource));
		}
		for (File f : topology.files) {
			EcoreUtil.resolveAll(f.resource());
		}
		return topology;
	}

	List<File> files() {
		return files;
	}

	List<Network> networks() {
		return files.stream().map(File::network).filter(n -> n != null).toList();
	}

	Injector injector() {
		return injector;
	}

	/** Syntax, link and validation problems of every file, sorted by file, line and column. */
	List<Diagnostic> diagnostics() {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Diagnostic> result = new ArrayList<>();
		for (File f : files) {
			for (Issue issue : validator.validate(f.resource(), CheckMode.ALL, CancelIndicator.NullImpl)) {
				result.add(new Diagnostic(f.path(), issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
						issue.getColumn() == null ? 1 : issue.getColumn(), severity(issue), io.hvnet.dsl.validation.IssueCodes.userCode(issue.getCode()),
						issue.getMessage()));
			}
		}
		Collections.sort(result);
		return result;
	}

	private static Diagnostic.Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> Diagnostic.Severity.ERROR;
		case WARNING -> Diagnostic.Severity.WARNING;
		default -> Diagnostic.Severity.INFO;
		};
	}
}
