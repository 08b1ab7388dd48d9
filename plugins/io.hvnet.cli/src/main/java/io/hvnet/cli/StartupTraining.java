package io.hvnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hvnet.dsl.bench.ParseBench;

/**
 * The run that {@code ./hvnet} records its start-up cache from on Java 25 and newer, once after each build: Java's
 * ahead-of-time cache keeps the classes a typical run loads, already linked (JEP 483), so that later runs skip
 * loading, verifying and linking them; the class-data-sharing archive used before Java 25 keeps them loaded but not
 * linked. Neither keeps classes compiled for Java 5 (picocli, reload4j, ANTLR's runtime), which the build therefore
 * rewrites as version 50 ({@code src/build/UpgradeOldClassFiles.java}). Runs
 * {@code check} on a generated topology of about 20,000 lines (not the benchmark's) and on the bundled examples, and
 * the README's {@code simulate}, in this JVM, output dropped. Argument: the examples directory.
 */
public final class StartupTraining {

	private StartupTraining() {
	}

	public static void main(String[] args) throws IOException {
		Path examples = Path.of(args[0]);
		Path topology = Files.createTempFile("hvnet-training", ".hvnet");
		try {
			Files.writeString(topology, ParseBench.generate(20_000));
			run("check", topology.toString());
			run("check", examples.toString());
			run("simulate", examples.resolve("seed/fig09-single-nic.hvnet").toString(), "--ping", "HV01.parent",
					"FileServer");
		} finally {
			Files.deleteIfExists(topology);
		}
	}

	private static void run(String... args) {
		PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
		HvnetCommand.run(args, nowhere, nowhere);
	}
}
