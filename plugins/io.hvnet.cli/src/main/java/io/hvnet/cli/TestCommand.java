package io.hvnet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.hvnet.headless.Output;
import io.hvnet.headless.ScenarioRun;
import io.hvnet.headless.ShownDiagnostics;
import io.hvnet.headless.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "test", mixinStandardHelpOptions = true,
		description = "Runs every scenario block of the topologies and checks its expectations.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:all expectations hold", "1:some fail, or the model has errors", "2:usage or I/O error" })
final class TestCommand implements Callable<Integer> {

	@ParentCommand
	private HvnetCommand hvnet;

	@Option(names = "--junit", paramLabel = "DIR", description = "also write JUnit XML reports (one per file) to DIR")
	private Path junit;

	@Option(names = "--jobs", paramLabel = "N", description = "scenarios run at once (default: the number of"
			+ " processors, ${DEFAULT-VALUE} here); the output is the same for any N")
	private int jobs = Runtime.getRuntime().availableProcessors();

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "a .hvnet file or a directory (searched recursively)")
	private List<Path> paths;

	@Override
	public Integer call() throws Exception {
		if (jobs < 1) {
			throw new UsageException("--jobs must be at least 1, not " + jobs);
		}
		ScenarioRun run = ScenarioRun.of(hvnet.loader(), paths, jobs);
		if (!run.modelErrors().isEmpty()) {
			ShownDiagnostics.of(run.modelErrors(), ShownDiagnostics.DEFAULT_LIMIT).lines().forEach(hvnet.out()::println);
			hvnet.out().println("hvnet: the model has errors; scenarios were not run");
			return 1;
		}
		if (junit != null) {
			run.writeJUnit(junit);
		}
		Output.write(hvnet.out(), null, run.text());
		return run.failed() > 0 ? 1 : 0;
	}
}
