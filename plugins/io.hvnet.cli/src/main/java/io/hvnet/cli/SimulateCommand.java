package io.hvnet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.hvnet.dsl.HvNetText;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.validation.NumberRanges;
import io.hvnet.headless.InputFiles;
import io.hvnet.headless.LoadedTopology;
import io.hvnet.headless.Output;
import io.hvnet.headless.UsageException;
import io.hvnet.sim.CapturedPing;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.TraceRoute;
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

	@Option(names = "--ping", arity = "2", paramLabel = "ENDPOINT",
			description = "FROM TO: qualified endpoint names (HV01.parent, HV01.VM1, FileServer); TO may be an IPv4 address")
	private List<String> ping;

	@Option(names = "--trace-route", arity = "2", paramLabel = "ENDPOINT", description = "FROM TO: instead of a ping, "
			+ "list the routers on the way as tracert does (a probe per TTL from 1; TO may be an IPv4 address)")
	private List<String> traceRoute;

	@Option(names = "--max-hops", defaultValue = "30", paramLabel = "N",
			description = "with --trace-route: the highest TTL tried, 1 to 255 (default: ${DEFAULT-VALUE}, as tracert)")
	private int maxHops;

	@Option(names = "--count", defaultValue = "1", paramLabel = "N", description = "echo requests to send, 1 to 1000 (default: ${DEFAULT-VALUE})")
	private int count;

	@Option(names = "--cold-routes", description = "the sending stack has not learnt route costs yet (seed fig. 11)")
	private boolean coldRoutes;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private Format format;

	@Option(names = "--pcap", paramLabel = "FILE", description = "also write every frame on every link to FILE as pcapng "
			+ "for Wireshark or tshark: one interface per link (e.g. HV01.NIC1<->PSW1:1), timestamps in simulated time")
	private Path pcap;

	@Option(names = "--capture", paramLabel = "LINK", description = "with --pcap: only the frames on this link "
			+ "(a name that is not a link lists the links)")
	private String captureLink;

	@Override
	public Integer call() throws Exception {
		if (count < NumberRanges.MIN_PING_COUNT || count > NumberRanges.MAX_PING_COUNT) {
			throw new UsageException("--count " + count + ": a ping sends " + NumberRanges.MIN_PING_COUNT + " to "
					+ NumberRanges.MAX_PING_COUNT + " echo requests");
		}
		if (captureLink != null && pcap == null) {
			throw new UsageException("--capture " + captureLink + " needs --pcap FILE to write the frames to");
		}
		if ((ping == null) == (traceRoute == null)) {
			throw new UsageException("give either --ping FROM TO or --trace-route FROM TO");
		}
		if (maxHops < 1 || maxHops > 255) {
			throw new UsageException("--max-hops " + maxHops + ": a TTL is 1 to 255");
		}
		LoadedTopology topology = hvnet.errorFree(file, "simulating");
		if (topology == null) {
			return 1;
		}
		EndpointNames names = new EndpointNames(topology.networks());
		if (traceRoute != null) {
			return traceRoute(names, Simulator.of(topology.networks()));
		}
		Endpoint from = names.resolve(ping.get(0));
		String to = ping.get(1);
		Simulator simulator = Simulator.of(topology.networks());
		SimulationOptions options = SimulationOptions.defaults().withColdRoutes(coldRoutes);
		PingResult result;
		if (pcap == null) {
			result = EndpointNames.isAddress(to) ? simulator.ping(from, to, count, options)
					: simulator.ping(from, names.resolve(to), count, options);
		} else {
			CapturedPing captured = EndpointNames.isAddress(to) ? simulator.pingCapturing(from, to, count, options)
					: simulator.pingCapturing(from, names.resolve(to), count, options);
			PcapFile.write(pcap, captured.capture(), captureLink);
			result = captured.result();
		}
		String report = switch (format) {
		case text -> PingReportText.render(ping.get(0), to, count, coldRoutes, result);
		case json -> Output.json(PingReportJson.of(result));
		};
		Output.write(hvnet.out(), null, report);
		return 0;
	}

	private int traceRoute(EndpointNames names, Simulator simulator) throws UsageException {
		Endpoint from = names.resolve(traceRoute.get(0));
		String to = traceRoute.get(1);
		SimulationOptions options = SimulationOptions.defaults().withColdRoutes(coldRoutes);
		TraceRoute route = EndpointNames.isAddress(to) ? simulator.traceRoute(from, to, maxHops, options)
				: simulator.traceRoute(from, names.resolve(to), maxHops, options);
		String report = switch (format) {
		case text -> TraceRouteReport.text(traceRoute.get(0), to, maxHops, route);
		case json -> Output.json(TraceRouteReport.json(route));
		};
		Output.write(hvnet.out(), null, report);
		return 0;
	}

	/** The file, plus the files of the same directory when it declares a package (they may refer to each other). */
	static List<Path> filesOf(Path file) throws UsageException {
		InputFiles.Input input = InputFiles.read(file);
		if (!HvNetText.declaresPackage(input.text())) {
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
