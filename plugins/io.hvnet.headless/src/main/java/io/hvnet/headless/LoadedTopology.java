package io.hvnet.headless;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.parser.antlr.LexedText;

/** The .hvnet files of one command, loaded into one resource set so that files can refer to each other. */
public final class LoadedTopology {

	public record File(Path path, XtextResource resource) {
		public Network network() {
			return resource.getContents().isEmpty() ? null : (Network) resource.getContents().get(0);
		}
	}

	/** Characters of text lexed before the language is ready; the rest is lexed by the parser as it comes. */
	private static final long LEX_EARLY_UP_TO = 8_000_000;

	private final List<File> files = new ArrayList<>();
	private final HvNetLoader loader;

	private LoadedTopology(HvNetLoader loader) {
		this.loader = loader;
	}

	public static LoadedTopology load(HvNetLoader loader, List<Path> paths) throws UsageException {
		return load(() -> loader, paths);
	}

	/**
	 * As {@link #load(HvNetLoader, List)}; the files are read and lexed before {@code loader} is asked for, so that
	 * the command line does that while the language's injector is still being built (issue #18).
	 */
	public static LoadedTopology load(Supplier<HvNetLoader> loader, List<Path> paths) throws UsageException {
		List<Path> expanded = InputFiles.expand(paths);
		List<HvNetLoader.Source> sources = new ArrayList<>();
		long lexedEarly = 0;
		for (Path path : expanded) {
			String text = InputFiles.read(path).text();
			// the first files only: the injector is ready after a few megabytes, and the tokens of every file of a
			// large directory at once would take more memory than their models
			LexedText lexed = lexedEarly < LEX_EARLY_UP_TO ? LexedText.of(text) : null;
			lexedEarly += text.length();
			sources.add(new HvNetLoader.Source(URI.createFileURI(path.toAbsolutePath().normalize().toString()), text,
					lexed));
		}
		return load(loader.get(), expanded, sources);
	}

	private static LoadedTopology load(HvNetLoader loader, List<Path> expanded, List<HvNetLoader.Source> sources) {
		LoadedTopology topology = new LoadedTopology(loader);
		List<XtextResource> resources = loader.load(sources);
		for (XtextResource resource : resources) {
			topology.files.add(new File(expanded.get(topology.files.size()), resource));
		}
		return topology;
	}

	public List<File> files() {
		return files;
	}

	public List<Network> networks() {
		return files.stream().map(File::network).filter(n -> n != null).toList();
	}

	/** Syntax, link and validation problems of every file, sorted by file, line and column. */
	public List<Diagnostic> diagnostics() {
		List<Diagnostic> result = new ArrayList<>();
		for (File f : files) {
			for (Issue issue : loader.validate(f.resource(), CancelIndicator.NullImpl)) {
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
