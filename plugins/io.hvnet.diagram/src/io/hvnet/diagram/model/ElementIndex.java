package io.hvnet.diagram.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.model.Names;

/**
 * Diagram ids of model elements and back. An element's id is its qualified name from {@link Names}
 * (HV01.VM1.Net1), so ids are stable across re-parses and readable in tests, in the layout sidecar and in simulator
 * traces. Things without a name of their own get one derived from their owner: {@code PSW1#3} is port 3 of PSW1,
 * {@code HV01.Ext#HV01.VM1.Net1} the port of switch HV01.Ext that VM1's adapter is plugged into.
 */
public final class ElementIndex {

	public static final char PORT = '#';

	private final Map<String, EObject> elements = new HashMap<>();
	private final Map<EObject, String> drawn = new HashMap<>();

	/** The element's id, or null when it has no name yet (text being typed). */
	public String idOf(EObject element) {
		return Names.of(element);
	}

	/** Where a cable end is drawn: the NIC, or the numbered port of the physical switch; null while unresolved. */
	public String endIdOf(CableEnd end) {
		return switch (end) {
		case NicEnd n when n.getNic() != null && !n.getNic().eIsProxy() -> idOf(n.getNic());
		case PortEnd p when p.getSwitch() != null && !p.getSwitch().eIsProxy() ->
			portId(idOf(p.getSwitch()), Integer.toString(p.getPort()));
		default -> null;
		};
	}

	/** Remembers which element an id stands for. */
	public String register(EObject element) {
		String id = idOf(element);
		if (id != null) {
			register(id, element);
		}
		return id;
	}

	public void register(String id, EObject element) {
		elements.putIfAbsent(id, element);
		drawn.putIfAbsent(element, id);
	}

	/** The id of the diagram element that shows {@code element} or, failing that, its nearest drawn container. */
	public String drawnIdOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			String id = drawn.get(e);
			if (id != null) {
				return id;
			}
		}
		return null;
	}

	/** Every id registered so far. */
	public Set<String> ids() {
		return Set.copyOf(elements.keySet());
	}

	public EObject get(String id) {
		return elements.get(id);
	}

	/** The element an id or a sub-id (label, port) belongs to. */
	public EObject owner(String id) {
		String current = id;
		while (current != null) {
			EObject e = elements.get(current);
			if (e != null) {
				return e;
			}
			current = parentId(current);
		}
		return null;
	}

	public static String portId(String switchId, String what) {
		return switchId + PORT + what;
	}

	public static String labelId(String ownerId, String role) {
		return ownerId + "/" + role;
	}

	/** {@code a.b#c} → {@code a.b}; {@code a.b/name} → {@code a.b}; else null. */
	static String parentId(String id) {
		int slash = id.lastIndexOf('/');
		if (slash > 0) {
			return id.substring(0, slash);
		}
		int port = id.indexOf(PORT);
		return port > 0 ? id.substring(0, port) : null;
	}
}
