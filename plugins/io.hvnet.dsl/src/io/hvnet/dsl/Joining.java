package io.hvnet.dsl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread (validation's worker, the name table built ahead). */
public final class Joining {

	private Joining() {
	}

	/**
	 * The work's result; what it threw (a cancellation, a rule's failure, running out of memory) is thrown here as it
	 * was, as if the work had been done on this thread.
	 */
	public static <T> T join(CompletableFuture<T> work) {
		try {
			return work.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}
}
