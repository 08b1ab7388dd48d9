package io.hvnet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the real command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = HvnetCommand.run(args, new PrintWriter(out), new PrintWriter(err));
		return new CliRun(code, out.toString(), err.toString());
	}

	static Path examples() {
		return Paths.get(System.getProperty("hvnet.examples", "../../examples"));
	}

	static String example(String prefix) {
		Path seed = examples().resolve("seed");
		try (var files = java.nio.file.Files.list(seed)) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow()
					.toString();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
	}
}
