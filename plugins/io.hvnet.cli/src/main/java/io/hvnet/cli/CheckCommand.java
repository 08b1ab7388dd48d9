package io.hvnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.hvnet.headless.Diagnostic;
import io.hvnet.headless.LoadedTopology;
import io.hvnet.headless.Output;
import io.hvnet.headless.SarifReport;
import io.hvnet.headless.ShownDiagnostics;
import io.hvnet.headless.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Validates .hvnet files and reports every problem as path:line:col: severity code: message.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors", "1:errors (or warnings with --warnings-as-errors)", "2:usage or I/O error" })
final class CheckCommand implements Callable<Integer> {

	enum Format {
		text, json, sarif
	}

	@ParentCommand
	private HvnetCommand hvnet;

	@Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
	private Format format;

	@Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
	private Path out;

	@Option(names = "--warnings-as-errors", description = "exit 1 when there are warnings")
	private boolean warningsAsErrors;

	@Option(names = "--max-problems", paramLabel = "N", defaultValue = "" + ShownDiagnostics.DEFAULT_LIMIT,
			description = "show at most N problems, errors first (0 = all; default: ${DEFAULT-VALUE}); the summary counts all")
	private int maxProblems;

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "a .hvnet file or a directory (searched recursively)")
	private List<Path> paths;

	@Override
	public Integer call() throws Exception {
		if (maxProblems < 0) {
			throw new UsageException("--max-problems " + maxProblems + ": give a count, or 0 to show every problem");
		}
		LoadedTopology topology = LoadedTopology.load(hvnet::loader, paths);
		List<Diagnostic> diagnostics = topology.diagnostics();
		long errors = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
		long warnings = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
		ShownDiagnostics shown = ShownDiagnostics.of(diagnostics, maxProblems);
		String report = switch (format) {
		case text -> Output.lines(w -> text(w, shown, topology.files().size(), errors, warnings));
		case json -> Output.json(json(shown, topology.files().size(), errors, warnings));
		case sarif -> Output.json(SarifReport.of(shown, HvnetCommand.VERSION));
		};
		Output.write(hvnet.out(), out, report);
		return errors > 0 || (warningsAsErrors && warnings > 0) ? 1 : 0;
	}

	private static void text(PrintWriter w, ShownDiagnostics shown, int files, long errors, long warnings) {
		shown.lines().forEach(w::println);
		w.printf("%d file%s checked: %d error%s, %d warning%s%n", files, files == 1 ? "" : "s", errors,
				errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
	}

	private static Map<String, Object> json(ShownDiagnostics shown, int files, long errors, long warnings) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("files", files);
		report.put("errors", errors);
		report.put("warnings", warnings);
		report.put("notShown", shown.notShown());
		report.put("diagnostics", shown.shown().stream().map(d -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("file", d.file().toString());
			m.put("line", d.line());
			m.put("column", d.column());
			m.put("severity", d.severity().text());
			m.put("code", d.code());
			m.put("message", d.message());
			return m;
		}).toList());
		return report;
	}
}
