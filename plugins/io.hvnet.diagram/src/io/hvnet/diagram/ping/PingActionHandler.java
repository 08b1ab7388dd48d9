package io.hvnet.diagram.ping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.StatusAction;
import org.eclipse.glsp.server.types.Severity;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.sim.CapturedPing;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.step.SimulationSteps;

/** Runs one ping in the simulator on the diagram's current model and sends the client its path to highlight. */
public class PingActionHandler extends AbstractActionHandler<PingAction> {

	@Inject
	private HvNetModelState state;
	@Inject
	private org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler submission;
	@Inject
	private PingOverlay overlay;
	@Inject
	private SteppedPing stepped;

	@Override
	protected List<Action> executeAction(PingAction action) {
		Endpoint from = endpoint(action.getFrom());
		Endpoint to = endpoint(action.getTo());
		if (from == null || to == null) {
			return listOf(new StatusAction(Severity.WARNING,
					"ping needs two hosts, VMs or servers: " + action.getFrom() + " → " + action.getTo(), 5000));
		}
		if (!state.source().errors().isEmpty()) {
			return listOf(new StatusAction(Severity.WARNING,
					"fix the model's errors first: " + state.source().errors().get(0).getMessage(), 5000));
		}
		CapturedPing captured = Simulator.of(networks()).pingCapturing(from, to, 1, SimulationOptions.defaults());
		PingResult result = captured.result();
		stepped.start(SimulationSteps.of(captured));
		ShowFlowAction flow = FlowOverlay.of(action.getFrom(), action.getTo(), result, state.getRoot());
		overlay.show(flow);
		List<Action> actions = new ArrayList<>();
		actions.add(flow);
		actions.addAll(submission.submitModel());
		// the page's step buttons start before the first step
		actions.add(StepActionHandler.show(stepped.cursor(), stepped, state, true));
		actions.add(new StatusAction(flow.isReachable() ? Severity.OK : Severity.WARNING,
				flow.getSummary(), 8000));
		return actions;
	}

	private Endpoint endpoint(String id) {
		EObject e = id == null || state.elements() == null ? null : state.elements().get(id);
		return e instanceof Endpoint endpoint ? endpoint : null;
	}

	private List<Network> networks() {
		List<Network> result = new ArrayList<>();
		state.source().resource().getResourceSet().getResources().forEach(r -> r.getContents().stream()
				.filter(Network.class::isInstance).map(Network.class::cast).forEach(result::add));
		return result;
	}
}
