package io.hvnet.diagram.layout;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.GShapeElement;
import org.eclipse.glsp.graph.util.GraphUtil;

import io.hvnet.diagram.DiagramTypes;

/**
 * Places the diagram's elements with ELK's layered algorithm (top to bottom: hosts above the physical switches
 * they are cabled to, as in the seed's figures), laying out the insides of hosts and VMs in the same pass so that
 * cables crossing container borders are taken into account. Then the positions the user chose win, and containers
 * grow to hold children that were moved.
 */
public final class TopologyLayout {

	private static final double TITLE = 28;

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private final Map<GShapeElement, ElkNode> elkNodes = new HashMap<>();
	private final Map<GPort, ElkPort> elkPorts = new HashMap<>();

	/**
	 * Above this many hosts, servers and physical switches, the machines are laid out one by one and packed into
	 * rows: cabled to the same switches, ELK would put them all in one layer, a row many screens wide. Cables are
	 * then drawn straight.
	 */
	static final int LARGE = 12;

	public static void apply(GGraph graph, Positions positions) {
		new TopologyLayout().layout(graph, positions);
	}

	private void layout(GGraph graph, Positions positions) {
		List<GNode> machines = graph.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
				.toList();
		List<GEdge> edges = graph.getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast)
				.toList();
		if (machines.size() <= LARGE) {
			layOut(machines, edges);
		} else {
			for (GNode machine : machines) {
				Set<String> inside = new HashSet<>();
				collectIds(machine, inside);
				layOut(List.of(machine), edges.stream()
						.filter(e -> inside.contains(e.getSourceId()) && inside.contains(e.getTargetId())).toList());
			}
			MachineRows.arrange(machines);
		}
		for (GNode machine : machines) {
			applyStored(machine, positions);
		}
	}

	private void layOut(List<GNode> machines, List<GEdge> edges) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		machines.forEach(machine -> add(root, machine));
		edges.forEach(this::connect);
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		elkNodes.forEach((g, e) -> {
			g.setPosition(GraphUtil.point(e.getX(), e.getY()));
			g.setSize(GraphUtil.dimension(e.getWidth(), e.getHeight()));
		});
		elkPorts.forEach((g, e) -> g.setPosition(GraphUtil.point(e.getX(), e.getY())));
		elkNodes.clear();
		elkPorts.clear();
	}

	private static void collectIds(GModelElement element, Set<String> ids) {
		ids.add(element.getId());
		element.getChildren().forEach(child -> collectIds(child, ids));
	}

	private void add(ElkNode parent, GNode node) {
		ElkNode elk = ElkGraphUtil.createNode(parent);
		elk.setIdentifier(node.getId());
		GDimension size = node.getSize();
		elk.setDimensions(size.getWidth(), size.getHeight());
		elkNodes.put(node, elk);
		boolean container = node.getChildren().stream().anyMatch(GNode.class::isInstance);
		if (container) {
			elk.setProperty(CoreOptions.PADDING, new ElkPadding(TITLE + 8, 12, 12, 12));
			// ELK sizes a container by its children only; the title line needs room too
			elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(size.getWidth(), 50));
			elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(
					SizeConstraint.MINIMUM_SIZE));
		}
		boolean fixedPorts = DiagramTypes.PHYSICAL_SWITCH.equals(node.getType());
		elk.setProperty(CoreOptions.PORT_CONSTRAINTS, fixedPorts ? PortConstraints.FIXED_POS : PortConstraints.FREE);
		if (!container && !fixedPorts && node.getChildren().stream().anyMatch(GPort.class::isInstance)) {
			// a virtual switch gets a port per connection: it widens so that its ports never overlap
			elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.PORTS,
					SizeConstraint.MINIMUM_SIZE));
			elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(size.getWidth(), size.getHeight()));
			elk.setProperty(CoreOptions.SPACING_PORT_PORT, 6.0);
		}
		for (GModelElement child : node.getChildren()) {
			if (child instanceof GNode inner) {
				add(elk, inner);
			} else if (child instanceof GPort port) {
				ElkPort elkPort = ElkGraphUtil.createPort(elk);
				elkPort.setIdentifier(port.getId());
				elkPort.setDimensions(port.getSize().getWidth(), port.getSize().getHeight());
				if (fixedPorts) {
					elkPort.setLocation(port.getPosition().getX(), port.getPosition().getY());
					elkPort.setProperty(CoreOptions.PORT_SIDE, PortSide.NORTH);
				} else {
					elkPorts.put(port, elkPort);
				}
				portsById.put(port.getId(), elkPort);
			}
		}
		shapesById.put(node.getId(), elk);
	}

	private final Map<String, ElkPort> portsById = new HashMap<>();
	private final Map<String, ElkNode> shapesById = new HashMap<>();

	private void connect(GEdge edge) {
		ElkConnectableShape source = shape(edge.getSourceId());
		ElkConnectableShape target = shape(edge.getTargetId());
		if (source != null && target != null) {
			ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(source, target);
			ElkGraphUtil.updateContainment(elkEdge);
		}
	}

	private ElkConnectableShape shape(String id) {
		ElkPort port = portsById.get(id);
		return port != null ? port : shapesById.get(id);
	}

	/** Stored positions override the layout; a container grows to the extent of its moved children. */
	private static void applyStored(GNode node, Positions positions) {
		Positions.Point p = positions.get(node.getId());
		if (p != null) {
			node.setPosition(GraphUtil.point(p.x(), p.y()));
		}
		double right = node.getSize().getWidth();
		double bottom = node.getSize().getHeight();
		for (GModelElement child : node.getChildren()) {
			if (child instanceof GNode inner) {
				applyStored(inner, positions);
				right = Math.max(right, inner.getPosition().getX() + inner.getSize().getWidth() + 12);
				bottom = Math.max(bottom, inner.getPosition().getY() + inner.getSize().getHeight() + 12);
			}
		}
		node.setSize(GraphUtil.dimension(right, bottom));
	}
}
