package io.hvnet.headless;

/** A problem with what the user asked for or with reading input: one line for the user, exit code 2. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
