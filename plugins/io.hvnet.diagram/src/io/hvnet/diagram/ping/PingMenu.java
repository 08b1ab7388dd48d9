package io.hvnet.diagram.ping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.contextmenu.MenuItem;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.hvnet.Scenario;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Scenarios;

/** Context menu of an endpoint (host, VM, server): "Ping" with every other endpoint as target. */
public class PingMenu implements ContextMenuItemProvider {

	@Inject
	private HvNetModelState state;

	@Override
	public List<MenuItem> getItems(List<String> selectedElementIds, GPoint position, Map<String, String> args) {
		if (selectedElementIds.size() != 1 || state.elements() == null) {
			return new ArrayList<>();
		}
		String from = selectedElementIds.get(0);
		if (!(state.elements().get(from) instanceof Endpoint)) {
			return new ArrayList<>();
		}
		List<MenuItem> targets = new ArrayList<>();
		for (String to : endpointIds()) {
			if (!to.equals(from)) {
				targets.add(new MenuItem("ping-" + to, to, List.of(new PingAction(from, to)), true));
			}
		}
		List<MenuItem> items = new ArrayList<>(List.of(new MenuItem("ping", "Ping", targets, "simulation")));
		List<MenuItem> scenarioPings = scenarioPingsFrom(from);
		if (!scenarioPings.isEmpty()) {
			items.add(new MenuItem("scenario-ping", "Scenario Ping", scenarioPings, "simulation"));
		}
		return items;
	}

	/**
	 * The pings of the file's scenarios that start at {@code from}, each shown as its scenario runs it (after the
	 * scenario's earlier steps): item {@code scenario-ping-S-P} is ping P of the file's scenario S, both from 0.
	 */
	private List<MenuItem> scenarioPingsFrom(String from) {
		List<MenuItem> items = new ArrayList<>();
		int scenarioIndex = 0;
		for (EObject e : state.source().resource().getContents().isEmpty() ? List.<EObject>of()
				: state.source().resource().getContents().get(0).eContents()) {
			if (e instanceof Scenario scenario) {
				List<Ping> pings = Scenarios.pings(scenario);
				for (int i = 0; i < pings.size(); i++) {
					Ping ping = pings.get(i);
					if (ping.getFrom() != null && from.equals(state.elements().idOf(ping.getFrom()))) {
						String to = ping.getTo() != null ? Names.stack(ping.getTo()) : ping.getToAddress();
						items.add(new MenuItem("scenario-ping-" + scenarioIndex + "-" + i,
								"\"" + scenario.getName() + "\" #" + (i + 1) + ": ping " + Names.stack(ping.getFrom())
										+ " -> " + to,
								List.of(PingAction.ofScenario(scenario.getName(), i)), true));
					}
				}
				scenarioIndex++;
			}
		}
		return items;
	}

	private List<String> endpointIds() {
		List<String> ids = new ArrayList<>();
		state.source().resource().getAllContents().forEachRemaining(e -> {
			if (e instanceof Endpoint) {
				String id = state.elements().idOf((EObject) e);
				if (id != null) {
					ids.add(id);
				}
			}
		});
		return ids;
	}
}
