package io.hvnet.diagram.handler;

/** A diagram edit that cannot be made; the message tells the user why, in the seed's words. */
public class EditRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditRefused(String message) {
		super(message, null, false, false);
	}
}
