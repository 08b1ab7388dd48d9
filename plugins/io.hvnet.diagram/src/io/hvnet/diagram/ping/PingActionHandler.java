package io.hvnet.diagram.ping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ResponseAction;
import org.eclipse.glsp.server.actions.StatusAction;
import org.eclipse.glsp.server.types.Severity;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.hvnet.Scenario;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Scenarios;
import io.hvnet.sim.CapturedPing;
import io.hvnet.sim.ScenarioRunner;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.step.SimulationSteps;

/**
 * Runs one ping in the simulator on the diagram's current model (or a scenario's ping as the scenario runs it) and
 * sends the client its path to highlight and every step's drawing.
 */
public class PingActionHandler extends AbstractActionHandler<PingAction> {

	@Inject
	private HvNetModelState state;
	@Inject
	private org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler submission;
	@Inject
	private PingOverlay overlay;
	@Inject
	private SessionDrawing drawing;

	@Override
	protected List<Action> executeAction(PingAction action) {
		if (!state.source().errors().isEmpty()) {
			return listOf(new StatusAction(Severity.WARNING,
					"fix the model's errors first: " + state.source().errors().get(0).getMessage(), 5000));
		}
		String from;
		String to;
		CapturedPing captured;
		if (action.getScenario() != null) {
			Ping ping = scenarioPing(action.getScenario(), action.getIndex());
			if (ping == null) {
				return listOf(new StatusAction(Severity.WARNING,
						"no ping " + (action.getIndex() + 1) + " in scenario \"" + action.getScenario() + "\"", 5000));
			}
			from = Names.stack(ping.getFrom());
			to = ping.getTo() != null ? Names.stack(ping.getTo()) : ping.getToAddress();
			captured = new ScenarioRunner().capture(Simulator.of(networks()), ping);
		} else {
			Endpoint source = endpoint(action.getFrom());
			Endpoint target = endpoint(action.getTo());
			if (source == null || target == null) {
				return listOf(new StatusAction(Severity.WARNING,
						"ping needs two hosts, VMs or servers: " + action.getFrom() + " → " + action.getTo(), 5000));
			}
			from = action.getFrom();
			to = action.getTo();
			captured = Simulator.of(networks()).pingCapturing(source, target, 1, SimulationOptions.defaults());
		}
		ShowFlowAction flow = FlowOverlay.of(from, to, captured.result(), state.getRoot());
		overlay.show(flow);
		List<Action> actions = new ArrayList<>();
		actions.add(flow);
		actions.addAll(submission.submitModel());
		// every step at once, in reply to this request: the page's step buttons then draw without the server
		StepEdges edges = state.getRoot() == null ? null : drawing.edges(state.getRoot());
		actions.add(ResponseAction.respond(action, ShowStepsAction.of(SimulationSteps.of(captured), edges)));
		actions.add(new StatusAction(flow.isReachable() ? Severity.OK : Severity.WARNING, flow.getSummary(), 8000));
		return actions;
	}

	private Endpoint endpoint(String id) {
		EObject e = id == null || state.elements() == null ? null : state.elements().get(id);
		return e instanceof Endpoint endpoint ? endpoint : null;
	}

	/** Ping {@code index} (from 0) of the scenario named {@code name} in the diagram's files, or null. */
	private Ping scenarioPing(String name, int index) {
		for (Network network : networks()) {
			for (EObject e : network.getElements()) {
				if (e instanceof Scenario s && name.equals(s.getName())) {
					List<Ping> pings = Scenarios.pings(s);
					return index >= 0 && index < pings.size() ? pings.get(index) : null;
				}
			}
		}
		return null;
	}

	private List<Network> networks() {
		List<Network> result = new ArrayList<>();
		state.source().resource().getResourceSet().getResources().forEach(r -> r.getContents().stream()
				.filter(Network.class::isInstance).map(Network.class::cast).forEach(result::add));
		return result;
	}
}
