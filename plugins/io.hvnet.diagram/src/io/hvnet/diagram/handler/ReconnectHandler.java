package io.hvnet.diagram.handler;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;

import com.google.inject.Inject;

import io.hvnet.diagram.model.UplinkIds;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.edit.ExternalUplink;
import io.hvnet.dsl.model.edit.Unplug;

/**
 * Dragging an end of a connection onto something else: a virtual cable to another virtual switch (or another adapter
 * into the same switch), a cable's end to another NIC or physical-switch port, an external switch's uplink to
 * another NIC (a SET team member is replaced in its place in the team). The connection changes where it is written,
 * so its line and its comment stay.
 */
public class ReconnectHandler extends BasicOperationHandler<ReconnectEdgeOperation> {

	private static final String VIRTUAL = "virtual:";

	@Inject
	private ModelEdits edits;

	@Override
	public Optional<Command> createCommand(ReconnectEdgeOperation op) {
		return edits.edit("reconnect " + op.getEdgeElementId(),
				c -> reconnect(c, op.getEdgeElementId(), op.getSourceElementId(), op.getTargetElementId()));
	}

	private static void reconnect(EditContext c, String edgeId, String sourceId, String targetId) {
		if (edgeId.startsWith(VIRTUAL)) {
			plug(c.find(edgeId.substring(VIRTUAL.length())), c.find(sourceId), c.find(targetId));
		} else if (UplinkIds.is(edgeId)) {
			VirtualSwitch vswitch = c.find(UplinkIds.switchId(edgeId), VirtualSwitch.class, "a virtual switch");
			String nicId = UplinkIds.nicId(edgeId);
			PhysicalNic old = nicId == null ? Teams.firstMember(vswitch) : c.find(nicId, PhysicalNic.class, "a NIC");
			uplink(vswitch, old, c.find(sourceId), c.find(targetId));
		} else {
			Cable cable = c.find(edgeId, Cable.class, "a cable");
			cable.setFrom(end(c, cable.getFrom(), sourceId));
			cable.setTo(end(c, cable.getTo(), targetId));
		}
	}

	private static void plug(EObject old, EObject a, EObject b) {
		EObject plug = isPlug(a) ? a : b;
		EObject other = plug == a ? b : a;
		if (!isPlug(plug) || !(other instanceof VirtualSwitch target)) {
			throw new EditRefused("a virtual cable joins a VM adapter or a host vNIC to a virtual switch");
		}
		if (plug != old) {
			if (!(old instanceof VmAdapter oldAdapter)) {
				throw new EditRefused("a host vNIC exists because of its switch: move it to another switch instead");
			}
			Unplug.clear(oldAdapter, HvnetPackage.Literals.SWITCH_PORT__SWITCH);
		}
		if (plug instanceof VmAdapter adapter) {
			adapter.setSwitch(target);
		} else {
			((HostVnic) plug).setSwitch(target);
		}
	}

	private static boolean isPlug(EObject e) {
		return e instanceof VmAdapter || e instanceof HostVnic;
	}

	/** The switch takes the NIC dropped on in the place of {@code old} (a team member is replaced where it is). */
	private static void uplink(VirtualSwitch vswitch, PhysicalNic old, EObject a, EObject b) {
		PhysicalNic nic = a instanceof PhysicalNic n ? n : b instanceof PhysicalNic n ? n : null;
		if (nic == null) {
			throw new EditRefused("an external switch's uplink goes to a physical NIC");
		}
		if (old != nic) {
			ExternalUplink.replace(vswitch, old, nic);
		}
	}

	/** The cable end for the element dropped on: the current end changed in place where it can be. */
	private static CableEnd end(EditContext c, CableEnd current, String id) {
		EObject target = c.find(id);
		if (target instanceof PhysicalNic nic) {
			NicEnd end = current instanceof NicEnd n ? n : HvnetFactory.eINSTANCE.createNicEnd();
			if (end.getNic() != nic) {
				end.setNic(nic);
			}
			return end;
		}
		if (target instanceof PhysicalSwitch s) {
			if (current instanceof PortEnd p && p.getSwitch() == s && !id.contains("#")) {
				return p; // dropped on the switch it is already in
			}
			int port = CreateEdgeHandler.portNumber(c, s, id);
			PortEnd end = current instanceof PortEnd p ? p : HvnetFactory.eINSTANCE.createPortEnd();
			if (end.getSwitch() != s) {
				end.setSwitch(s);
			}
			if (end.getPort() != port) {
				end.setPort(port);
			}
			return end;
		}
		throw new EditRefused("a cable joins physical NICs and physical-switch ports, not " + id);
	}
}
