package io.hvnet.diagram.handler;

import java.util.Map;

import org.eclipse.glsp.server.actions.Action;

import io.hvnet.diagram.layout.Positions;

/** Server-internal: put the stored positions back as they were (undo or redo of a move or a layout). */
public class RestoreLayoutAction extends Action {

	public static final String KIND = "hvnetRestoreLayout";

	private final Map<String, Positions.Point> positions;

	/** GLSP makes one of each action type to learn its kind. */
	public RestoreLayoutAction() {
		this(Map.of());
	}

	public RestoreLayoutAction(Map<String, Positions.Point> positions) {
		super(KIND);
		this.positions = positions;
	}

	public Map<String, Positions.Point> positions() {
		return positions;
	}
}
