package io.hvnet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.headless.LoadedTopology;
import io.hvnet.headless.UsageException;
import io.hvnet.powershell.HostScript;
import io.hvnet.powershell.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "powershell", mixinStandardHelpOptions = true,
		description = "Writes one PowerShell script per Hyper-V host that builds the host's networking as FILE declares it"
				+ " (idempotent, -WhatIf, stops on the first error).",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:scripts written", "1:the design has errors", "2:usage or I/O error" })
final class ExportPowerShellCommand implements Callable<Integer> {

	@ParentCommand
	private ExportCommand export;

	@Parameters(paramLabel = "FILE", description = "the .hvnet file (with the files of its package)")
	private Path file;

	@Option(names = "--host", paramLabel = "HOST", description = "only this host (default: every host of FILE)")
	private String hostName;

	@Option(names = { "-o", "--out" }, paramLabel = "DIR",
			description = "write HOST.ps1 files into DIR (UTF-8 with BOM); without it one host's script goes to standard output")
	private Path outDir;

	@Override
	public Integer call() throws Exception {
		HvnetCommand hvnet = export.hvnet;
		LoadedTopology topology = hvnet.errorFree(file, "exporting");
		if (topology == null) {
			return 1;
		}
		Network network = topology.files().get(0).network();
		List<Host> hosts = network.getElements().stream().filter(Host.class::isInstance).map(Host.class::cast)
				.filter(h -> hostName == null || h.getName().equals(hostName)).toList();
		if (hosts.isEmpty()) {
			throw new UsageException(hostName == null ? file + " declares no host"
					: file + " declares no host " + hostName + " (hosts: " + String.join(", ", network.getElements()
							.stream().filter(Host.class::isInstance).map(h -> ((Host) h).getName()).toList()) + ")");
		}
		Provenance provenance = provenance();
		if (outDir == null) {
			if (hosts.size() > 1) {
				throw new UsageException(file + " declares " + hosts.size()
						+ " hosts: name one with --host, or write one script each with -o DIR");
			}
			hvnet.out().print(HostScript.of(hosts.get(0), provenance));
			hvnet.out().flush();
			return 0;
		}
		try {
			Files.createDirectories(outDir);
			for (Host host : hosts) {
				Path script = outDir.resolve(host.getName() + ".ps1");
				Files.write(script, HostScript.fileBytes(host, provenance));
				hvnet.out().println(script);
			}
		} catch (IOException e) {
			throw new UsageException("cannot write into " + outDir + ": " + e.getMessage());
		}
		return 0;
	}

	private Provenance provenance() throws UsageException {
		try {
			return Provenance.of(file, Files.readAllBytes(file), HvnetCommand.VERSION);
		} catch (IOException e) {
			throw new UsageException("cannot read " + file + ": " + e.getMessage());
		}
	}
}
