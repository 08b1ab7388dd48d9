package io.hvnet.diagram.handler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.xtext.EcoreUtil2;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.Scenario;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.diagram.model.UplinkIds;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.edit.ExternalUplink;
import io.hvnet.dsl.model.edit.Unplug;

/**
 * Deletes what is selected. A connection's deletion unplugs (the adapter stays, unconnected); an element's deletion
 * also removes what cannot exist without it, as the diagram shows: the cables to a NIC or switch, the host vNICs on a
 * deleted virtual switch; adapters plugged into it are unplugged. References the diagram does not show (a scenario
 * pinging a deleted VM) make the edit refused with the validator's message.
 */
public class DeleteHandler extends BasicOperationHandler<DeleteOperation> {

	@Inject
	private ModelEdits edits;

	@Override
	public Optional<Command> createCommand(DeleteOperation op) {
		// a client may send no ids, or null among them: there is nothing to delete for those
		List<String> ids = op.getElementIds() == null ? List.of()
				: op.getElementIds().stream().filter(java.util.Objects::nonNull).toList();
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		return edits.edit("delete " + String.join(", ", ids), c -> delete(c, ids));
	}

	private static void delete(EditContext c, List<String> ids) {
		Set<EObject> doomed = new LinkedHashSet<>();
		for (String id : ids) {
			if (id.startsWith("virtual:")) {
				EObject adapter = c.find(id.substring("virtual:".length()));
				if (adapter instanceof VmAdapter a) {
					Unplug.clear(a, HvnetPackage.Literals.SWITCH_PORT__SWITCH);
				} else {
					doomed.add(adapter); // a host vNIC cannot be unplugged: it exists because of its switch
				}
			} else if (UplinkIds.is(id)) {
				VirtualSwitch vswitch = c.find(UplinkIds.switchId(id), VirtualSwitch.class, "a virtual switch");
				String nicId = UplinkIds.nicId(id);
				PhysicalNic nic = nicId == null ? Teams.firstMember(vswitch) : c.find(nicId, PhysicalNic.class, "a NIC");
				ExternalUplink.release(vswitch, nic); // a team member leaves its team
			} else if (id.startsWith("cable:")) {
				doomed.add(c.find(id));
			} else if (!id.contains("#")) {
				doomed.add(c.find(id));
			}
		}
		// what refers to a doomed element or to anything inside it (a cable to a NIC of a deleted server)
		Set<EObject> doomedWithContents = new LinkedHashSet<>(doomed);
		doomed.forEach(d -> d.eAllContents().forEachRemaining(doomedWithContents::add));
		Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer
				.findAll(doomedWithContents, c.network().eResource());
		List<EObject> alsoDoomed = new ArrayList<>();
		usages.values().forEach(settings -> settings.forEach(s -> {
			EObject user = s.getEObject();
			if (doomed.contains(user) || isInside(user, doomed)) {
				return; // goes with what is deleted
			}
			if (user instanceof NicEnd || user instanceof PortEnd) {
				alsoDoomed.add(user.eContainer());
			} else if (s.getEStructuralFeature() == HvnetPackage.Literals.ADAPTER__TEAM_MEMBER) {
				Unplug.clear(user, HvnetPackage.Literals.ADAPTER__TEAM_MEMBER);
			} else if (user instanceof HostVnic vnic
					&& s.getEStructuralFeature() == HvnetPackage.Literals.SWITCH_PORT__SWITCH) {
				alsoDoomed.add(vnic);
			} else if (user instanceof VmAdapter a) {
				Unplug.clear(a, HvnetPackage.Literals.SWITCH_PORT__SWITCH);
			} else if (user instanceof VirtualSwitch vs) {
				// the deleted NIC leaves the team; the switch's last NIC leaves the switch without one
				if (vs.eContainer() == null) {
					return; // replaced by its copy already (another of its NICs is deleted too)
				}
				if (vs.getUplinks().stream().allMatch(doomedWithContents::contains)) {
					Unplug.clear(vs, HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINKS);
				} else {
					VirtualSwitch now = vs;
					for (PhysicalNic member : List.copyOf(vs.getUplinks())) {
						if (doomedWithContents.contains(member)) {
							now = ExternalUplink.release(now, member);
						}
					}
				}
			} else {
				Scenario scenario = EcoreUtil2.getContainerOfType(user, Scenario.class);
				throw new EditRefused(idOf(c, s.getEObject(), doomedWithContents) + " is used by "
						+ (scenario == null ? "the model" : "scenario \"" + scenario.getName() + "\"")
						+ "; change that first (the text editor shows where)");
			}
		}));
		doomed.addAll(alsoDoomed);
		for (EObject e : doomed) {
			if (e.eResource() != null && (e instanceof Cable || !isInside(e, doomed))) {
				EcoreUtil.remove(e);
			}
		}
	}

	private static String idOf(EditContext c, EObject user, Set<EObject> doomed) {
		for (EObject d : doomed) {
			if (EcoreUtil.UsageCrossReferencer.find(d, user).size() > 0) {
				return c.elements().idOf(d);
			}
		}
		return "a deleted element";
	}

	private static boolean isInside(EObject e, Set<EObject> doomed) {
		for (EObject c = e.eContainer(); c != null; c = c.eContainer()) {
			if (doomed.contains(c)) {
				return true;
			}
		}
		return false;
	}
}
