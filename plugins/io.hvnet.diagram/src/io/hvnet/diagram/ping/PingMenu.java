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
		return new ArrayList<>(List.of(new MenuItem("ping", "Ping", targets, "simulation")));
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
