package io.hvnet.diagram.handler;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.xtext.EcoreUtil2;

import com.google.inject.Inject;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.diagram.palette.Palette;
import io.hvnet.dsl.hvnet.AdapterKind;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.model.edit.ExternalUplink;
import io.hvnet.dsl.model.edit.ManagementVnic;

/**
 * Creates hosts, NICs, virtual switches of each type, VMs, VM adapters, physical switches and servers from the
 * palette. Things that live inside a host (NICs, switches, VMs) go into the host the user dropped them on. Creating an
 * external or internal switch does what Hyper-V Manager does: the parent partition gets a host vNIC on it
 * ({@link ManagementVnic}), and an external switch takes a free physical NIC of the host ({@link ExternalUplink}).
 */
public class CreateNodeHandler extends BasicOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	private static final HvnetFactory MAKE = HvnetFactory.eINSTANCE;

	@Inject
	private ModelEdits edits;

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.HOST, DiagramTypes.NIC, DiagramTypes.EXTERNAL_SWITCH,
				DiagramTypes.INTERNAL_SWITCH, DiagramTypes.PRIVATE_SWITCH, DiagramTypes.VM, DiagramTypes.VM_ADAPTER,
				DiagramTypes.PHYSICAL_SWITCH, DiagramTypes.SERVER);
	}

	@Override
	public String getLabel() {
		return "Create element";
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation op) {
		String type = op.getElementTypeId();
		return edits.edit("create " + Palette.labelOf(type), c -> create(c, type, op.getContainerId()));
	}

	private static void create(EditContext c, String type, String containerId) {
		Network network = c.network();
		switch (type) {
		case DiagramTypes.HOST -> {
			Host host = MAKE.createHost();
			host.setName(NewNames.next("HV", network.getElements()));
			insertBeforeWiring(network, host);
		}
		case DiagramTypes.PHYSICAL_SWITCH -> {
			PhysicalSwitch s = MAKE.createPhysicalSwitch();
			s.setName(NewNames.next("PSW", network.getElements()));
			s.setPorts(8);
			insertBeforeWiring(network, s);
		}
		case DiagramTypes.SERVER -> {
			Server server = MAKE.createServer();
			server.setName(NewNames.next("Server", network.getElements()));
			PhysicalNic nic = MAKE.createPhysicalNic();
			nic.setName("NIC1");
			server.getNics().add(nic);
			insertBeforeWiring(network, server);
		}
		case DiagramTypes.NIC -> {
			PhysicalNic nic = MAKE.createPhysicalNic();
			EObject owner = owner(c, containerId, "a physical NIC goes into a host or a server");
			if (owner instanceof Host host) {
				nic.setName(NewNames.next("NIC", host.getNics()));
				host.getNics().add(nic);
			} else if (owner instanceof Server server) {
				nic.setName(NewNames.next("NIC", server.getNics()));
				server.getNics().add(nic);
			} else {
				throw new EditRefused("a physical NIC goes into a host or a server");
			}
		}
		case DiagramTypes.EXTERNAL_SWITCH -> virtualSwitch(host(c, containerId), SwitchType.EXTERNAL, "External");
		case DiagramTypes.INTERNAL_SWITCH -> virtualSwitch(host(c, containerId), SwitchType.INTERNAL, "Internal");
		case DiagramTypes.PRIVATE_SWITCH -> virtualSwitch(host(c, containerId), SwitchType.PRIVATE, "Private");
		case DiagramTypes.VM -> {
			Host host = host(c, containerId);
			VirtualMachine vm = MAKE.createVirtualMachine();
			vm.setName(NewNames.next("VM", host.getVms()));
			host.getVms().add(vm);
		}
		case DiagramTypes.VM_ADAPTER -> {
			EObject target = containerId == null ? null : c.find(containerId);
			VirtualMachine vm = target == null ? null : EcoreUtil2.getContainerOfType(target, VirtualMachine.class);
			if (vm == null) {
				throw new EditRefused("a VM network adapter goes into a VM");
			}
			VmAdapter adapter = MAKE.createVmAdapter();
			adapter.setKind(AdapterKind.SYNTHETIC);
			adapter.setName(NewNames.next("Net", vm.getAdapters()));
			vm.getAdapters().add(adapter);
		}
		default -> throw new EditRefused("cannot create " + type);
		}
	}

	private static void virtualSwitch(Host host, SwitchType type, String prefix) {
		VirtualSwitch s = MAKE.createVirtualSwitch();
		s.setType(type);
		s.setName(NewNames.next(prefix, host.getSwitches()));
		host.getSwitches().add(s);
		if (type == SwitchType.PRIVATE) {
			return;
		}
		// Hyper-V Manager's default: the management OS shares a new external or internal switch
		ManagementVnic.ensure(s);
		if (type == SwitchType.EXTERNAL) {
			PhysicalNic nic = host.getNics().stream().filter(n -> Topology.externalSwitchOf(n) == null).findFirst()
					.orElseThrow(() -> new EditRefused("an external switch needs a physical NIC of " + host.getName()
							+ " that no other external switch took; add a NIC first"));
			ExternalUplink.take(s, nic);
		}
	}

	private static Host host(EditContext c, String containerId) {
		EObject owner = owner(c, containerId, "virtual switches and VMs go into a Hyper-V host");
		if (owner instanceof Host host) {
			return host;
		}
		throw new EditRefused("virtual switches and VMs go into a Hyper-V host");
	}

	/** The host or server the user dropped onto (or onto something inside it). */
	private static EObject owner(EditContext c, String containerId, String why) {
		EObject target = containerId == null ? null : c.elements().owner(containerId);
		while (target != null && !(target instanceof Host) && !(target instanceof Server)) {
			target = target.eContainer();
		}
		if (target == null) {
			throw new EditRefused(why + ": drop it onto one");
		}
		return target;
	}

	/** New hosts, switches and servers go before the cables and scenarios, where a reader expects them. */
	private static void insertBeforeWiring(Network network, io.hvnet.dsl.hvnet.Element element) {
		int at = 0;
		for (int i = 0; i < network.getElements().size(); i++) {
			var e = network.getElements().get(i);
			if (!(e instanceof io.hvnet.dsl.hvnet.Cable) && !(e instanceof io.hvnet.dsl.hvnet.Scenario)) {
				at = i + 1;
			}
		}
		network.getElements().add(at, element);
	}
}
