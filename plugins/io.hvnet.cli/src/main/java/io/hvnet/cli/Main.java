package io.hvnet.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the ./hvnet launcher. */
public final class Main {

	private static final java.util.Set<String> LANGUAGE_COMMANDS = java.util.Set.of("check", "simulate", "test", "reach",
			"export", "import");

	private Main() {
	}

	public static void main(String[] args) {
		// these commands need the language's runtime injector (the diagram server builds the IDE's): its set-up overlaps
		// parsing the command line and reading the files, and starts with quieting log4j, so that this thread does not
		// wait for log4j's start (issue #18)
		if (args.length > 0 && LANGUAGE_COMMANDS.contains(args[0])) {
			LanguageSetup.startEarly();
		} else {
			LanguageSetup.quietLogging();
		}
		PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		System.exit(HvnetCommand.run(args, out, err));
	}
}
