package io.hvnet.diagram.handler;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

import com.google.inject.Inject;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.diagram.model.ElementIndex;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.edit.ExternalUplink;

/**
 * Connects things, in either direction: a VM adapter or host vNIC to a virtual switch (plugs it in), a physical NIC
 * to a physical-switch port or to a physical switch (a cable to that port, or to its first free one), a physical
 * NIC to an external switch (the switch takes the NIC, and the host vNIC its IP: {@link ExternalUplink}; a switch that
 * has a NIC already gets a SET team, or one more team member, as Set-VMSwitchTeam -NetAdapterName would), a physical
 * NIC straight to another (a switchless link), two physical switches (a cable between two ports). Which of these is meant follows from the two ends; the
 * palette's two tools only differ in how the line looks while drawing.
 */
public class CreateEdgeHandler extends BasicOperationHandler<CreateEdgeOperation>
		implements CreateOperationHandler<CreateEdgeOperation> {

	@Inject
	private ModelEdits edits;

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.VIRTUAL_CABLE, DiagramTypes.CABLE);
	}

	@Override
	public String getLabel() {
		return "Connect";
	}

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation op) {
		return edits.edit("connect " + op.getSourceElementId() + " to " + op.getTargetElementId(),
				c -> connect(c, op.getSourceElementId(), op.getTargetElementId()));
	}

	private static void connect(EditContext c, String sourceId, String targetId) {
		EObject source = c.find(sourceId);
		EObject target = c.find(targetId);
		if (!tryConnect(c, source, target, sourceId, targetId) && !tryConnect(c, target, source, targetId, sourceId)) {
			throw new EditRefused("cannot connect " + sourceId + " to " + targetId
					+ ": connect an adapter to a virtual switch, or a physical NIC to a physical switch port or to"
					+ " another NIC, or two physical switches");
		}
	}

	private static boolean tryConnect(EditContext c, EObject from, EObject to, String fromId, String toId) {
		if (from instanceof VmAdapter adapter && to instanceof VirtualSwitch s) {
			adapter.setSwitch(s);
			return true;
		}
		if (from instanceof HostVnic vnic && to instanceof VirtualSwitch s) {
			vnic.setSwitch(s);
			return true;
		}
		if (from instanceof PhysicalNic nic && to instanceof VirtualSwitch s) {
			if (s.getType() != SwitchType.EXTERNAL) {
				throw new EditRefused("only an external switch takes a physical NIC; " + s.getName() + " is "
						+ s.getType().getLiteral());
			}
			ExternalUplink.take(s, nic);
			return true;
		}
		if (from instanceof PhysicalNic nic && to instanceof PhysicalSwitch s) {
			addCable(c, nicEnd(nic), portEnd(c, s, toId));
			return true;
		}
		if (from instanceof PhysicalNic a && to instanceof PhysicalNic b && a != b) {
			addCable(c, nicEnd(a), nicEnd(b)); // a switchless link between two machines
			return true;
		}
		if (from instanceof PhysicalSwitch a && to instanceof PhysicalSwitch b && a != b) {
			addCable(c, portEnd(c, a, fromId), portEnd(c, b, toId)); // a link between switches, a trunk when managed
			return true;
		}
		return false;
	}

	private static NicEnd nicEnd(PhysicalNic nic) {
		NicEnd end = HvnetFactory.eINSTANCE.createNicEnd();
		end.setNic(nic);
		return end;
	}

	private static PortEnd portEnd(EditContext c, PhysicalSwitch s, String id) {
		PortEnd port = HvnetFactory.eINSTANCE.createPortEnd();
		port.setSwitch(s);
		port.setPort(portNumber(c, s, id));
		return port;
	}

	private static void addCable(EditContext c, CableEnd from, CableEnd to) {
		Cable cable = HvnetFactory.eINSTANCE.createCable();
		cable.setFrom(from);
		cable.setTo(to);
		c.network().getElements().add(lastCableIndex(c) + 1, cable);
	}

	/** The port dropped on, or the first one no cable uses. */
	static int portNumber(EditContext c, PhysicalSwitch s, String toId) {
		int hash = toId.indexOf(ElementIndex.PORT);
		if (hash > 0) {
			return Integer.parseInt(toId.substring(hash + 1));
		}
		for (int p = 1; p <= s.getPorts(); p++) {
			if (!used(c, s, p)) {
				return p;
			}
		}
		throw new EditRefused("every port of " + s.getName() + " is cabled (" + s.getPorts() + " ports)");
	}

	private static boolean used(EditContext c, PhysicalSwitch s, int port) {
		for (var e : c.network().getElements()) {
			if (e instanceof Cable cable && (isPort(cable.getFrom(), s, port) || isPort(cable.getTo(), s, port))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPort(CableEnd end, PhysicalSwitch s, int port) {
		return end instanceof PortEnd p && p.getSwitch() == s && p.getPort() == port;
	}

	private static int lastCableIndex(EditContext c) {
		int at = -1;
		var elements = c.network().getElements();
		for (int i = 0; i < elements.size(); i++) {
			if (elements.get(i) instanceof Cable || !(elements.get(i) instanceof io.hvnet.dsl.hvnet.Scenario)) {
				at = i;
			}
		}
		return at;
	}
}
