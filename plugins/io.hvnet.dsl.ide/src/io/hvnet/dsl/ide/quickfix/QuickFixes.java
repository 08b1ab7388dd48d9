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
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.VirtualSwitch;
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
		case IssueCodes.ADDRESS_WITHOUT_PREFIX -> addressNode(element) == null ? List.of()
				: List.of(new QuickFix("Add the prefix length /24", List.of(new TextEdit(
						addressNode(element).getEndOffset(), 0, "/24"))));
		default -> List.of();
		};
	}

	/** From the 'bindings' keyword to the last binding name. */
	private static int[] bindingsRegion(PhysicalNic nic) {
		List<INode> names = NodeModelUtils.findNodesForFeature(nic, HvnetPackage.Literals.ADAPTER__BINDINGS);
		if (names.isEmpty()) {
			return null;
		}
		INode first = names.get(0);
		ILeafNode keyword = null;
		for (ILeafNode leaf : NodeModelUtils.getNode(nic).getLeafNodes()) {
			if (leaf.getOffset() >= first.getOffset()) {
				break;
			}
			if (!leaf.isHidden() && "bindings".equals(leaf.getText())) {
				keyword = leaf;
			}
		}
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
