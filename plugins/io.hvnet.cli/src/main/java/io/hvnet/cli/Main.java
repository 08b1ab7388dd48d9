package io.hvnet.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the ./hvnet launcher. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		// Xtext logs through log4j; the user wants the diagnostics, not the framework's chatter.
		org.apache.log4j.LogManager.getLoggerRepository().setThreshold(org.apache.log4j.Level.ERROR);
		System.exit(HvnetCommand.run(args, out, err));
	}
}
