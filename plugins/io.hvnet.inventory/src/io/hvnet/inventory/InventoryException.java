package io.hvnet.inventory;

/** An inventory hvnet cannot import: its one-line message names the file and, where JSON gives it, line and column. */
public final class InventoryException extends Exception {

	private static final long serialVersionUID = 1L;

	public InventoryException(String message) {
		super(message);
	}
}
