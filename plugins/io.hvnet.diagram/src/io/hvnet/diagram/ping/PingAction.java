package io.hvnet.diagram.ping;

import org.eclipse.glsp.server.actions.Action;

/** From the client's context menu: ping {@code to} from {@code from} (endpoint ids: a host, VM or server). */
public class PingAction extends Action {

	public static final String KIND = "hvnetPing";

	private String from;
	private String to;

	public PingAction() {
		super(KIND);
	}

	public PingAction(String from, String to) {
		this();
		this.from = from;
		this.to = to;
	}

	public String getFrom() {
		return from;
	}

	public String getTo() {
		return to;
	}
}
