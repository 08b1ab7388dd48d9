package io.hvnet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.headless.LoadedTopology;
import io.hvnet.headless.Output;
import io.hvnet.headless.UsageException;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.reach.ReachGroups;
import io.hvnet.sim.reach.Reachability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "reach", mixinStandardHelpOptions = true,
		description = { "Which endpoints reach which by ping, in groups of endpoints that all reach each other, and why "
				+ "the pairs that fail do.",
				"Worked out from layer-2 segments and routing tables, one pair per kind of endpoint; the simulator "
						+ "confirms a pair per pair of groups and every failing kind of pair." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:answered (whether or not every pair reaches)", "1:the model has errors, or the analysis "
				+ "and the simulator disagree", "2:usage or I/O error" })
final class ReachCommand implements Callable<Integer> {

	@ParentCommand
	private HvnetCommand hvnet;

	@Parameters(index = "0", paramLabel = "FILE", description = "the .hvnet file")
	private Path file;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private SimulateCommand.Format format;

	@Option(names = "--from", paramLabel = "ENDPOINT", description = "only the pings from this endpoint")
	private String from;

	@Option(names = "--to", paramLabel = "ENDPOINT", description = "only the pings to this endpoint")
	private String to;

	@Option(names = "--confirm", defaultValue = "30", paramLabel = "N",
			description = "simulate at most N pairs to confirm the analysis (default: ${DEFAULT-VALUE}; pairs the "
					+ "analysis is unsure of are always simulated)")
	private int confirm;

	@Override
	public Integer call() throws Exception {
		if (confirm < 0) {
			throw new UsageException("--confirm " + confirm + ": a number of pairs, 0 or more");
		}
		LoadedTopology topology = hvnet.errorFree(file, "asking what reaches what");
		if (topology == null) {
			return 1;
		}
		EndpointNames names = new EndpointNames(topology.networks());
		Predicate<Endpoint> fromFilter = only(names, from);
		Predicate<Endpoint> toFilter = only(names, to);
		long started = System.nanoTime();
		Reachability reach = Reachability.of(topology.networks(), SimulationOptions.defaults())
				.confirmingAtMost(confirm);
		ReachGroups groups = reach.groups(fromFilter, toFilter);
		double seconds = (System.nanoTime() - started) / 1e9;
		String report = switch (format) {
		case text -> ReachReport.text(file.toString(), reach, groups, seconds);
		case json -> Output.json(ReachReport.json(file.toString(), reach, groups));
		};
		Output.write(hvnet.out(), null, report);
		return reach.disagreements().isEmpty() ? 0 : 1;
	}

	private static Predicate<Endpoint> only(EndpointNames names, String name) throws UsageException {
		if (name == null) {
			return e -> true;
		}
		Endpoint endpoint = names.resolve(name);
		return e -> e == endpoint;
	}
}
