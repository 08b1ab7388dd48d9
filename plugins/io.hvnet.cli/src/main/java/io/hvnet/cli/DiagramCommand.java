package io.hvnet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.hvnet.cli.diagram.StandaloneDiagram;
import io.hvnet.dsl.ide.HvNetIdeSetup;
import io.hvnet.headless.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "diagram", mixinStandardHelpOptions = true,
		description = { "Shows the diagram of a .hvnet file in a web browser, served on 127.0.0.1 until Ctrl+C.",
				"Diagram edits are saved to the file at once; edits of the file (in any editor) show in the diagram." },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:stopped", "2:usage or I/O error" })
final class DiagramCommand implements Callable<Integer> {

	@ParentCommand
	private HvnetCommand hvnet;

	@Option(names = "--port", defaultValue = "0", description = "the port on 127.0.0.1 (default: any free port)")
	private int port;

	@Parameters(paramLabel = "FILE", description = "the .hvnet file")
	private Path file;

	@Override
	public Integer call() throws Exception {
		if (!Files.isRegularFile(file) || !file.toString().endsWith(".hvnet")) {
			throw new UsageException(file + ": not a .hvnet file");
		}
		if (port < 0 || port > 65535) {
			throw new UsageException("--port " + port + ": not a port number");
		}
		StandaloneDiagram diagram;
		try {
			diagram = StandaloneDiagram.open(new HvNetIdeSetup().createInjectorAndDoEMFRegistration(), file, port);
		} catch (java.net.BindException e) {
			throw new UsageException("port " + port + " on 127.0.0.1 is taken (try another --port, or leave it out)");
		} catch (java.io.IOException e) {
			throw new UsageException(e.getMessage() != null && e.getMessage().contains(": not UTF-8 text") ? e.getMessage()
					: "cannot open " + file + ": " + e);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			diagram.close();
			stopped.countDown();
		}));
		hvnet.out().println("hvnet: the diagram of " + file + " is at " + diagram.page());
		hvnet.out().println("hvnet: diagram edits are saved to the file; Ctrl+C stops");
		hvnet.out().flush();
		stopped.await();
		return 0;
	}
}
