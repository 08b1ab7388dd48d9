package io.hvnet.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

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

	/** Xtext logs through log4j; the user wants the diagnostics, not the framework's chatter. */
	static void quietLogging() {
		org.apache.log4j.LogManager.getLoggerRepository().setThreshold(org.apache.log4j.Level.ERROR);
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
