package io.hvnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.headless.Diagnostic;
import io.hvnet.headless.Headless;
import io.hvnet.headless.LoadedTopology;
import io.hvnet.headless.ShownDiagnostics;
import io.hvnet.headless.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "hvnet", mixinStandardHelpOptions = true, version = "hvnet " + HvnetCommand.VERSION,
		description = "Hyper-V style virtual networks as code: check topologies, simulate pings, run scenarios, show diagrams.")
public final class HvnetCommand implements Runnable {

	static final String VERSION = Headless.VERSION;

	/** The commands, in the order the usage lists them. */
	private static final Map<String, Supplier<Object>> COMMANDS = commands();

	private static Map<String, Supplier<Object>> commands() {
		Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
		commands.put("check", CheckCommand::new);
		commands.put("simulate", SimulateCommand::new);
		commands.put("test", TestCommand::new);
		commands.put("diagram", DiagramCommand::new);
		commands.put("export", ExportCommand::new);
		commands.put("import", ImportCommand::new);
		commands.put("reach", ReachCommand::new);
		return commands;
	}

	private HvNetLoader loader;
	private PrintWriter out;
	private PrintWriter err;

	@Override
	public void run() {
		List<String> names = List.copyOf(COMMANDS.keySet());
		throw new CommandLine.ParameterException(new CommandLine(this), "a command is required: "
				+ String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
	}

	/** Made on first use: --help and usage errors need no language. */
	HvNetLoader loader() {
		if (loader == null) {
			loader = new HvNetLoader(LanguageSetup.injector());
		}
		return loader;
	}

	Injector injector() {
		return loader().language();
	}

	/**
	 * The design of {@code file} (with its package's files) when it has no errors; otherwise its errors go to stderr
	 * with "fix them before {@code doing}" and the result is null (the command's exit code is then 1).
	 */
	LoadedTopology errorFree(Path file, String doing) throws UsageException {
		LoadedTopology topology = LoadedTopology.load(this::loader, SimulateCommand.filesOf(file));
		List<Diagnostic> errors = topology.diagnostics().stream()
				.filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
		if (errors.isEmpty()) {
			return topology;
		}
		ShownDiagnostics.of(errors, ShownDiagnostics.DEFAULT_LIMIT).lines().forEach(err::println);
		err.println("hvnet: the model has errors; fix them before " + doing);
		return null;
	}

	PrintWriter out() {
		return out;
	}

	PrintWriter err() {
		return err;
	}

	/** Runs the command line; returns the exit code (0, 1 or 2 as the contract says). */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		HvnetCommand root = new HvnetCommand();
		root.out = out;
		root.err = err;
		CommandLine cli = new CommandLine(root);
		// picocli reads a command's options from its annotations when it is added: only the command run is added
		// (a twentieth of a 56k-line check's critical path was picocli reading all seven, issue #18); without one,
		// or with a word that names none, all of them, for the usage and picocli's "did you mean"
		Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
		for (Supplier<Object> command : named != null ? List.of(named) : COMMANDS.values()) {
			cli.addSubcommand(command.get());
		}
		cli.setOut(out);
		cli.setErr(err);
		cli.setExitCodeExceptionMapper(e -> 2);
		cli.setParameterExceptionHandler((e, a) -> {
			err.println("hvnet: " + e.getMessage());
			err.println("Try 'hvnet " + commandPath(e.getCommandLine()) + "--help' for more information.");
			err.flush();
			return 2;
		});
		cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
			if (e instanceof UsageException) {
				err.println("hvnet: " + e.getMessage());
			} else {
				err.println("hvnet: internal error: " + e);
			}
			err.flush();
			return 2;
		});
		int code;
		try {
			code = cli.execute(args);
		} catch (OutOfMemoryError e) {
			// the heap is full, but what was allocated for the command is garbage now: enough for one sentence
			err.println(OutOfMemory.message(Runtime.getRuntime().maxMemory()));
			code = 2;
		}
		out.flush();
		err.flush();
		return code;
	}

	private static String commandPath(CommandLine cl) {
		StringBuilder path = new StringBuilder();
		for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
			path.insert(0, c.getCommandName() + " ");
		}
		return path.toString();
	}
}
