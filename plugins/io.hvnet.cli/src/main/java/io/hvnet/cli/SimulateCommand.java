package io.hvnet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.validation.NumberRanges;
import io.hvnet.headless.Diagnostic;
import io.hvnet.headless.InputFiles;
import io.hvnet.headless.LoadedTopology;
import io.hvnet.headless.Output;
import io.hvnet.headless.ShownDiagnostics;
import io.hvnet.headless.UsageException;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "simulate", mixinStandardHelpOptions = true,
		description = "Pings from one endpoint to another and shows every hop of every frame.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:ran (whether or not the target was reachable)", "1:the model has errors",
				"2:usage or I/O error" })
final class SimulateCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@ParentCommand
	private HvnetCommand hvnet;

	@Parameters(index = "0", paramLabel = "FILE", description = "the .hvnet file")
	private Path file;

	@Option(names = "--ping", arity = "2", required = true, paramLabel = "ENDPOINT",
			description = "FROM TO: qualified endpoint names (HV01.parent, HV01.VM1, FileServer); TO may be an IPv4 address")
	private List<String> ping;

	@Option(names = "--count", defaultValue = "1", paramLabel = "N", description = "echo requests to send, 1 to 1000 (default: ${DEFAULT-VALUE})")
	private int count;

	@Option(names = "--cold-routes", description = "the sending stack has not learnt route costs yet (seed fig. 11)")
	private boolean coldRoutes;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private Format format;

	@Override
	public Integer call() throws Exception {
		if (count < NumberRanges.MIN_PING_COUNT || count > NumberRanges.MAX_PING_COUNT) {
			throw new UsageException("--count " + count + ": a ping sends " + NumberRanges.MIN_PING_COUNT + " to "
					+ NumberRanges.MAX_PING_COUNT + " echo requests");
		}
		LoadedTopology topology = LoadedTopology.load(hvnet.loader(), filesOf(file));
		List<Diagnostic> errors = topology.diagnostics().stream()
				.filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			ShownDiagnostics.of(errors, ShownDiagnostics.DEFAULT_LIMIT).lines().forEach(hvnet.err()::println);
			hvnet.err().println("hvnet: the model has errors; fix them before simulating");
			return 1;
		}
		EndpointNames names = new EndpointNames(topology.networks());
		Endpoint from = names.resolve(ping.get(0));
		String to = ping.get(1);
		Simulator simulator = Simulator.of(topology.networks());
		SimulationOptions options = SimulationOptions.defaults().withColdRoutes(coldRoutes);
		PingResult result = EndpointNames.isAddress(to) ? simulator.ping(from, to, count, options)
				: simulator.ping(from, names.resolve(to), count, options);
		String report = switch (format) {
		case text -> PingReportText.render(ping.get(0), to, count, coldRoutes, result);
		case json -> Output.json(PingReportJson.of(result));
		};
		Output.write(hvnet.out(), null, report);
		return 0;
	}

	/** The file, plus the files of the same directory when it declares a package (they may refer to each other). */
	private static List<Path> filesOf(Path file) throws UsageException {
		InputFiles.Input input = InputFiles.read(file);
		if (!input.text().stripLeading().startsWith("package ")) {
			return List.of(file);
		}
		List<Path> files = new ArrayList<>();
		files.add(file);
		Path dir = file.toAbsolutePath().getParent();
		try (Stream<Path> siblings = Files.list(dir)) {
			siblings.filter(p -> p.toString().endsWith(".hvnet") && !p.toAbsolutePath().equals(file.toAbsolutePath()))
					.sorted().forEach(files::add);
		} catch (java.io.IOException e) {
			throw new UsageException("cannot list " + dir + ": " + e.getMessage());
		}
		return files;
	}
}
