package io.hvnet.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

import com.google.common.base.Throwables;
import com.google.inject.Injector;

import io.hvnet.dsl.ReadOnlyModelsModule;

/**
 * The language's injector for one command: models are loaded, read and dropped, never changed in place, so Xtext's
 * per-resource cache need not watch their elements ({@link ReadOnlyModelsModule}). {@link Main} has it built on a
 * second thread while the main thread parses the command line and reads the files: building it is a fifth of a short
 * {@code check} (issue #18). A command run in a test ({@link HvnetCommand#run}) builds its own.
 */
final class LanguageSetup {

	private static final AtomicReference<CompletableFuture<Injector>> EARLY = new AtomicReference<>();

	private LanguageSetup() {
	}

	/** Starts building the injector that the next command to ask for one gets. */
	static void startEarly() {
		// before any thread can start log4j, this one included
		skipLog4jConfigurationSearch();
		CompletableFuture<Injector> early = new CompletableFuture<>();
		Thread builder = new Thread(() -> {
			try {
				quietLogging();
				early.complete(ReadOnlyModelsModule.createInjector());
			} catch (Throwable t) {
				early.completeExceptionally(t);
			}
		}, "hvnet language set-up");
		builder.setDaemon(true);
		EARLY.set(early);
		builder.start();
	}

	/**
	 * Xtext logs through log4j; the user wants the diagnostics, not the framework's chatter: errors only, on standard
	 * error, since standard output carries the JSON and SARIF reports. Configured here, not by the log4j.properties in
	 * Xtext's jar (everything from INFO up, on standard output), which log4j looks for in every jar of the class path
	 * and then parses: 36 ms of the language set-up's 290 ms, which had become the longest path of a {@code check}
	 * (issue #18).
	 */
	static void quietLogging() {
		skipLog4jConfigurationSearch();
		Logger root = Logger.getRootLogger();
		root.setLevel(Level.ERROR);
		root.addAppender(new ConsoleAppender(new PatternLayout("%-5p %c - %m%n"), ConsoleAppender.SYSTEM_ERR));
	}

	/** reload4j's switch for "configured by the program" (LogManager's DEFAULT_INIT_OVERRIDE_KEY). */
	private static void skipLog4jConfigurationSearch() {
		System.setProperty("log4j.defaultInitOverride", "true");
	}

	/** The injector started early, once; otherwise a new one. */
	static Injector injector() {
		CompletableFuture<Injector> early = EARLY.getAndSet(null);
		if (early == null) {
			return ReadOnlyModelsModule.createInjector();
		}
		try {
			return early.join();
		} catch (CompletionException e) {
			// as if it had been built here (an out-of-memory error included)
			Throwables.throwIfUnchecked(e.getCause());
			throw e;
		}
	}
}
