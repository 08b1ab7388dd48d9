package io.hvnet.diagram.ping;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/**
 * To the client: highlight a ping's way through the diagram. Each step names a diagram element (node or
 * connection), whether it belongs to the request or the reply, its order and the seed's flow number (1–6) where
 * one applies; {@code flooded} are the switches that flooded a frame (hub behaviour before learning).
 */
public class ShowFlowAction extends Action {

	public static final String KIND = "hvnetShowFlow";

	/** One highlighted element. */
	public record Step(String elementId, String phase, int order, Integer flow) {
	}

	private String summary;
	private boolean reachable;
	private List<Step> steps;
	private List<String> flooded;

	public ShowFlowAction() {
		super(KIND);
	}

	public ShowFlowAction(String summary, boolean reachable, List<Step> steps, List<String> flooded) {
		this();
		this.summary = summary;
		this.reachable = reachable;
		this.steps = steps;
		this.flooded = flooded;
	}

	public String getSummary() {
		return summary;
	}

	public boolean isReachable() {
		return reachable;
	}

	public List<Step> getSteps() {
		return steps;
	}

	public List<String> getFlooded() {
		return flooded;
	}
}
