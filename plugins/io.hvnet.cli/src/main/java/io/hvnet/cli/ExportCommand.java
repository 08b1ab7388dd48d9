package io.hvnet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code hvnet export FORMAT …}: a checked design turned into what builds it. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Turns a .hvnet design into what builds it.",
		subcommands = { ExportPowerShellCommand.class })
final class ExportCommand implements Runnable {

	@ParentCommand
	HvnetCommand hvnet;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(new CommandLine(this), "a format is required: powershell");
	}
}
