package io.hvnet.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.Scenario;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Scenarios;

/** One line of the outline: a label, the text range of the element, and its children. */
public record OutlineNode(String label, int offset, int length, List<OutlineNode> children) {

	public boolean contains(int caret) {
		return offset <= caret && caret <= offset + length;
	}

	public static List<OutlineNode> of(Network network) {
		List<OutlineNode> result = new ArrayList<>();
		if (network == null) {
			return result;
		}
		for (EObject e : network.getElements()) {
			OutlineNode node = node(e);
			if (node != null) {
				result.add(node);
			}
		}
		return result;
	}

	private static OutlineNode node(EObject e) {
		List<OutlineNode> children = new ArrayList<>();
		String label = switch (e) {
		case Host h -> {
			h.getNics().forEach(n -> children.add(node(n)));
			h.getSwitches().forEach(s -> children.add(node(s)));
			if (h.getParent() != null) {
				h.getParent().getVnics().forEach(v -> children.add(node(v)));
			}
			h.getVms().forEach(vm -> children.add(node(vm)));
			yield "host " + h.getName();
		}
		case PhysicalNic n -> "nic " + n.getName();
		case VirtualSwitch s -> s.getType().getLiteral() + " switch " + s.getName();
		case HostVnic v -> "host vNIC " + v.getName();
		case VirtualMachine vm -> {
			vm.getAdapters().forEach(a -> children.add(node(a)));
			yield "vm " + vm.getName();
		}
		case VmAdapter a -> a.getKind().getLiteral() + " adapter " + a.getName();
		case PhysicalSwitch s -> "physical switch " + s.getName() + " (" + s.getPorts() + " ports)";
		case Server s -> {
			s.getNics().forEach(n -> children.add(node(n)));
			yield "server " + s.getName();
		}
		case Cable c -> "cable " + end(c.getFrom()) + " to " + end(c.getTo());
		case Scenario s -> {
			Scenarios.pings(s).forEach(p -> children.add(node(p)));
			yield "scenario \"" + s.getName() + "\"";
		}
		case Ping p -> "ping " + NodeModelUtils.getTokenText(NodeModelUtils.getNode(p)).replaceFirst(" expect.*", "")
				.replaceFirst("^ping ", "");
		default -> null;
		};
		if (label == null) {
			return null;
		}
		ICompositeNode text = NodeModelUtils.getNode(e);
		children.removeIf(c -> c == null);
		return new OutlineNode(label, text == null ? 0 : text.getOffset(), text == null ? 0 : text.getLength(),
				children);
	}

	private static String end(Object end) {
		if (end instanceof NicEnd n) {
			return NodeModelUtils.getTokenText(NodeModelUtils.getNode(n));
		}
		if (end instanceof PortEnd p) {
			return NodeModelUtils.getTokenText(NodeModelUtils.getNode(p));
		}
		return "?";
	}
}
