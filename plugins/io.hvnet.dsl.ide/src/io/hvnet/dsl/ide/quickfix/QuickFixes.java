package io.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.Topology;
import io.hvnet.dsl.validation.IssueCodes;

/**
 * The obvious fixes for hvnet's diagnostics, as text edits computed from the parsed model, so the Eclipse editor
 * (quick assist) and any other client apply the same change; untouched text is never rewritten.
 */
public final class QuickFixes {

	private QuickFixes() {
	}

	public static List<QuickFix> of(XtextResource resource, Issue issue) {
		if (issue.getUriToProblem() == null || issue.getCode() == null) {
			return List.of();
		}
		EObject element = resource.getEObject(issue.getUriToProblem().fragment());
		if (element == null) {
			return List.of();
		}
		return switch (issue.getCode()) {
		case IssueCodes.TAKEN_NIC_BINDINGS -> element instanceof PhysicalNic nic && bindingsRegion(nic) != null
				? List.of(new QuickFix("Rebind " + nic.getName() + " to 'vms' only (the external switch took it)",
						List.of(replaceBindings(nic, "bindings vms"))))
				: List.of();
		case IssueCodes.VMS_WITHOUT_SWITCH -> element instanceof PhysicalNic nic && bindingsRegion(nic) != null
				? List.of(new QuickFix("Restore the fresh bindings of " + nic.getName() + " (remove 'bindings')",
						List.of(replaceBindings(nic, ""))))
				: List.of();
		case IssueCodes.EXTERNAL_WITHOUT_HOST_VNIC, IssueCodes.INTERNAL_WITHOUT_HOST_VNIC ->
			element instanceof VirtualSwitch s ? List.of(addHostVnic(s)) : List.of();
		case IssueCodes.NIC_ON_NON_EXTERNAL_SWITCH -> element instanceof VirtualSwitch s ? List.of(
				retype(s, "external", "Make " + s.getName() + " external (it then takes the NIC)"),
				new QuickFix("Remove 'on' from " + s.getName() + " (only an external switch takes a NIC)",
						List.of(removeUplink(s))))
				: List.of();
		case IssueCodes.VMS_WITH_IPV4 -> element instanceof PhysicalNic nic && bindingsRegion(nic) != null
				? List.of(new QuickFix("Bind " + nic.getName() + " to 'vms' only (it serves a virtual switch)",
						List.of(replaceBindings(nic, "bindings vms"))),
						new QuickFix("Unbind 'vms' from " + nic.getName() + " (it carries the host's IP)",
								List.of(replaceBindings(nic, without(nic.getBindings(), Bindings.VMS)))))
				: List.of();
		case IssueCodes.HOST_VNIC_ON_PRIVATE -> element instanceof HostVnic vnic && vnic.getSwitch() != null
				? List.of(retype(vnic.getSwitch(), "internal",
						"Make " + vnic.getSwitch().getName() + " internal (host and VMs share it)"),
						new QuickFix("Remove host vNIC " + vnic.getName(), List.of(removeWhole(NodeModelUtils.getNode(vnic)))))
				: List.of();
		case IssueCodes.SPEED_ON_VIRTUAL -> speedRegion(element) == null ? List.of()
				: List.of(new QuickFix("Remove the link speed (only a physical NIC has one)",
						List.of(removeWhole(speedRegion(element), NodeModelUtils.getNode(element).getRootNode().getText()))));
		case IssueCodes.ADDRESS_WITHOUT_PREFIX -> addressNode(element) == null ? List.of()
				: List.of(new QuickFix("Add the prefix length /24", List.of(new TextEdit(
						addressNode(element).getEndOffset(), 0, "/24"))));
		default -> List.of();
		};
	}

	/** The switch's type keyword replaced, e.g. {@code private switch S} to {@code internal switch S}. */
	private static QuickFix retype(VirtualSwitch s, String type, String label) {
		INode typeNode = NodeModelUtils.findNodesForFeature(s, HvnetPackage.Literals.VIRTUAL_SWITCH__TYPE).get(0);
		return new QuickFix(label, List.of(new TextEdit(typeNode.getOffset(), typeNode.getLength(), type)));
	}

	/** 'on' and the NIC's name, with the spaces before them. */
	private static TextEdit removeUplink(VirtualSwitch s) {
		INode nic = NodeModelUtils.findNodesForFeature(s, HvnetPackage.Literals.VIRTUAL_SWITCH__UPLINK).get(0);
		ILeafNode on = keywordBefore(s, nic, "on");
		int start = on == null ? nic.getOffset() : on.getOffset();
		return removeWhole(new int[] { start, nic.getEndOffset() }, nic.getRootNode().getText());
	}

	/** The bindings without {@code name}: nothing at all when none is left (then the fresh bindings apply). */
	private static String without(List<String> bindings, String name) {
		List<String> rest = bindings.stream().filter(b -> !b.equals(name)).toList();
		return rest.isEmpty() ? "" : "bindings " + String.join(", ", rest);
	}

	/** From the 'speed' keyword to the end of its unit, or null. */
	private static int[] speedRegion(EObject element) {
		List<INode> units = NodeModelUtils.findNodesForFeature(element, HvnetPackage.Literals.ADAPTER__SPEED_UNIT);
		if (units.isEmpty()) {
			return null;
		}
		INode unit = units.get(units.size() - 1);
		ILeafNode keyword = keywordBefore(element, unit, "speed");
		return keyword == null ? null : new int[] { keyword.getOffset(), unit.getEndOffset() };
	}

	/** Removes the node's text; its whole line when nothing else is on it. */
	private static TextEdit removeWhole(INode node) {
		return removeWhole(new int[] { node.getOffset(), node.getEndOffset() }, node.getRootNode().getText());
	}

	private static TextEdit removeWhole(int[] region, String text) {
		int lineStart = text.lastIndexOf('\n', region[0] - 1) + 1;
		int lineEnd = text.indexOf('\n', region[1]);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		if (text.substring(lineStart, region[0]).isBlank() && text.substring(region[1], lineEnd).isBlank()) {
			int end = Math.min(text.length(), lineEnd + 1);
			return new TextEdit(lineStart, end - lineStart, "");
		}
		int start = region[0];
		while (start > 0 && text.charAt(start - 1) == ' ') {
			start--;
		}
		return new TextEdit(start, region[1] - start, "");
	}

	/** The last {@code keyword} of the element's text before {@code node}, or null. */
	private static ILeafNode keywordBefore(EObject element, INode node, String keyword) {
		ILeafNode found = null;
		for (ILeafNode leaf : NodeModelUtils.getNode(element).getLeafNodes()) {
			if (leaf.getOffset() >= node.getOffset()) {
				break;
			}
			if (!leaf.isHidden() && keyword.equals(leaf.getText())) {
				found = leaf;
			}
		}
		return found;
	}

	/** From the 'bindings' keyword to the last binding name. */
	private static int[] bindingsRegion(PhysicalNic nic) {
		List<INode> names = NodeModelUtils.findNodesForFeature(nic, HvnetPackage.Literals.ADAPTER__BINDINGS);
		if (names.isEmpty()) {
			return null;
		}
		ILeafNode keyword = keywordBefore(nic, names.get(0), "bindings");
		if (keyword == null) {
			return null;
		}
		return new int[] { keyword.getOffset(), names.get(names.size() - 1).getEndOffset() };
	}

	private static TextEdit replaceBindings(PhysicalNic nic, String replacement) {
		int[] region = bindingsRegion(nic);
		return new TextEdit(region[0], region[1] - region[0], replacement);
	}

	private static INode addressNode(EObject element) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, HvnetPackage.Literals.ADAPTER__ADDRESS);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** A host vNIC on the switch, in the host's parent block (made if there is none), indented like its neighbours. */
	private static QuickFix addHostVnic(VirtualSwitch s) {
		Host host = Topology.hostOf(s);
		String vnic = "vnic v" + s.getName() + " switch " + s.getName();
		String label = "Add a host vNIC on " + s.getName() + " to the parent partition";
		String indent = indentOf(NodeModelUtils.getNode(s));
		if (host.getParent() != null) {
			ICompositeNode parentNode = NodeModelUtils.getNode(host.getParent());
			int closing = closingBrace(parentNode);
			boolean atLineStart = closing == 0 || parentNode.getRootNode().getText().charAt(closing - 1) == '\n';
			String insert = atLineStart ? indent + "    " + vnic + "\n" : " " + vnic + " ";
			return new QuickFix(label, List.of(new TextEdit(closing, 0, insert)));
		}
		int afterSwitch = NodeModelUtils.getNode(s).getEndOffset();
		return new QuickFix(label, List.of(new TextEdit(afterSwitch, 0,
				"\n\n" + indent + "parent {\n" + indent + "    " + vnic + "\n" + indent + "}")));
	}

	private static int closingBrace(ICompositeNode node) {
		int offset = node.getEndOffset() - 1;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if ("}".equals(leaf.getText())) {
				offset = leaf.getOffset();
			}
		}
		// insert at the start of the line holding the closing brace
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		return text.substring(lineStart, offset).isBlank() ? lineStart : offset;
	}

	private static String indentOf(INode node) {
		String text = node.getRootNode().getText();
		int start = node.getOffset();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		String before = text.substring(lineStart, start);
		return before.isBlank() ? before : "    ";
	}
}
