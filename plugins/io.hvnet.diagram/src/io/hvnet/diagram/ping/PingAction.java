package io.hvnet.diagram.ping;

import org.eclipse.glsp.server.actions.RequestAction;

/**
 * From the client's context menu: ping {@code to} from {@code from} (endpoint ids: a host, VM or server), or, with
 * {@code scenario}, run the scenario of that name up to its ping number {@code index} (from 0) and show that ping
 * as the scenario runs it (after the cables it unplugged and the adapters it disabled). Answered by one
 * {@link ShowStepsAction} with every step's drawing.
 */
public class PingAction extends RequestAction<ShowStepsAction> {

	public static final String KIND = "hvnetPing";

	private String from;
	private String to;
	private String scenario;
	private int index;

	public PingAction() {
		super(KIND);
	}

	public PingAction(String from, String to) {
		this();
		this.from = from;
		this.to = to;
	}

	public static PingAction ofScenario(String scenario, int index) {
		PingAction action = new PingAction();
		action.scenario = scenario;
		action.index = index;
		return action;
	}

	public String getFrom() {
		return from;
	}

	public String getTo() {
		return to;
	}

	public String getScenario() {
		return scenario;
	}

	public int getIndex() {
		return index;
	}
}
