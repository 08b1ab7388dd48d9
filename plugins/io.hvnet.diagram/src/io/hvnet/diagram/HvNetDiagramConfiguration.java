package io.hvnet.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;


/**
 * What the client may do with which element: everything moves and deletes; hosts accept NICs, switches and VMs,
 * VMs accept adapters, servers accept NICs. The server computes sizes and layout itself (no client measuring).
 */
public class HvNetDiagramConfiguration extends BaseDiagramConfiguration {

	private static final List<String> NODES = List.of(DiagramTypes.HOST, DiagramTypes.NIC,
			DiagramTypes.VIRTUAL_SWITCH, DiagramTypes.PARENT_PARTITION, DiagramTypes.HOST_VNIC, DiagramTypes.VM,
			DiagramTypes.VM_ADAPTER, DiagramTypes.PHYSICAL_SWITCH, DiagramTypes.SERVER);

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
		NODES.forEach(t -> mappings.put(t, GraphPackage.Literals.GNODE));
		mappings.put(DiagramTypes.SWITCH_PORT, GraphPackage.Literals.GPORT);
		mappings.put(DiagramTypes.CABLE, GraphPackage.Literals.GEDGE);
		mappings.put(DiagramTypes.VIRTUAL_CABLE, GraphPackage.Literals.GEDGE);
		mappings.put(DiagramTypes.NAME_LABEL, GraphPackage.Literals.GLABEL);
		mappings.put(DiagramTypes.DETAIL_LABEL, GraphPackage.Literals.GLABEL);
		mappings.put(DiagramTypes.PORT_LABEL, GraphPackage.Literals.GLABEL);
		mappings.put(DiagramTypes.FLOW_LABEL, GraphPackage.Literals.GLABEL);
		return mappings;
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		List<ShapeTypeHint> hints = new ArrayList<>();
		for (String type : NODES) {
			hints.add(new ShapeTypeHint(type, true, true, false, false, containable(type)));
		}
		hints.add(new ShapeTypeHint(DiagramTypes.SWITCH_PORT, false, false, false, false));
		return hints;
	}

	private static List<String> containable(String type) {
		return switch (type) {
		case DiagramTypes.HOST -> List.of(DiagramTypes.NIC, DiagramTypes.EXTERNAL_SWITCH, DiagramTypes.INTERNAL_SWITCH,
				DiagramTypes.PRIVATE_SWITCH, DiagramTypes.VM);
		case DiagramTypes.VM -> List.of(DiagramTypes.VM_ADAPTER);
		case DiagramTypes.SERVER -> List.of(DiagramTypes.NIC);
		default -> List.of();
		};
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		List<String> ends = List.of(DiagramTypes.VM_ADAPTER, DiagramTypes.HOST_VNIC, DiagramTypes.NIC,
				DiagramTypes.VIRTUAL_SWITCH, DiagramTypes.PHYSICAL_SWITCH, DiagramTypes.SWITCH_PORT);
		List<EdgeTypeHint> hints = new ArrayList<>();
		for (String type : List.of(DiagramTypes.VIRTUAL_CABLE, DiagramTypes.CABLE)) {
			EdgeTypeHint hint = new EdgeTypeHint(type, true, true, false, false, new ArrayList<>(ends),
					new ArrayList<>(ends));
			hints.add(hint);
		}
		return hints;
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.MANUAL;
	}

	@Override
	public boolean needsClientLayout() {
		return false;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}
}
