package io.hvnet.headless;

import java.nio.file.Path;
import java.util.List;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.ReadOnlyModelsModule;

/**
 * hvnet's checks for Java callers in the same JVM (the Maven plugin; the command line builds on the same classes):
 * loading, diagnostics and reports, without parsing arguments.
 */
public final class Headless {

	/** hvnet's version, as the command line and the SARIF reports name it. */
	public static final String VERSION = "0.1.0";

	// check and test read the models they load and never change them
	private final HvNetLoader loader = new HvNetLoader(ReadOnlyModelsModule.createInjector());

	/** The result of checking a set of files. */
	public record CheckReport(int files, List<Diagnostic> diagnostics) {

		public long errors() {
			return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
		}

		public long warnings() {
			return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
		}

		/** Writes the report as SARIF 2.1.0. */
		public void writeSarif(Path file) throws UsageException {
			Output.write(null, file, Output.json(SarifReport.of(diagnostics, VERSION)));
		}
	}

	public CheckReport check(List<Path> paths) throws UsageException {
		LoadedTopology topology = LoadedTopology.load(loader, paths);
		return new CheckReport(topology.files().size(), topology.diagnostics());
	}

	/** Runs every scenario of the files and writes JUnit XML (one file per topology) to {@code junitDir}. */
	public ScenarioRun test(List<Path> paths, Path junitDir) throws UsageException {
		ScenarioRun run = ScenarioRun.of(loader, paths);
		if (run.modelErrors().isEmpty()) {
			run.writeJUnit(junitDir);
		}
		return run;
	}
}
