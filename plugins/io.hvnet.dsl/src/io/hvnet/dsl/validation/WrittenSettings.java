package io.hvnet.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * How often each feature of one element is written in its text, from one walk over the element's nodes. The rules ask
 * for several features of every adapter; {@link NodeModelUtils#findNodesForFeature} walks the nodes once per feature.
 * The walk is the same as that method's, counting every feature at once.
 */
public final class WrittenSettings {

	private final EObject element;
	private final Map<String, Integer> counts = new HashMap<>();
	private int vlanWords;

	private WrittenSettings(EObject element) {
		this.element = element;
	}

	public static WrittenSettings of(EObject element) {
		WrittenSettings written = new WrittenSettings(element);
		INode node = NodeModelUtils.findActualNodeFor(element);
		if (node != null) {
			written.walk(node);
		}
		return written;
	}

	EObject element() {
		return element;
	}

	public int times(EStructuralFeature feature) {
		return counts.getOrDefault(feature.getName(), 0);
	}

	/** How often the keyword {@code vlan} is written in the element's own settings: once per VLAN mode written. */
	public int vlanWords() {
		return vlanWords;
	}

	private void walk(INode node) {
		BidiTreeIterator<INode> nodes = node.getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			INode child = nodes.next();
			if (child.getGrammarElement() instanceof Action action) {
				// an action starts a new element or assigns the element so far to a feature of a new one
				if (child.getSemanticElement() == element) {
					nodes.next();
					count(action.getFeature());
				} else {
					INode first = ((ICompositeNode) child).getFirstChild();
					while (first.getGrammarElement() instanceof Action) {
						first = ((ICompositeNode) first).getFirstChild();
					}
					count(GrammarUtil.containingAssignment(first.getGrammarElement()));
				}
				nodes.prune();
			} else if (child != node && child.getGrammarElement() != null) {
				Assignment assignment = GrammarUtil.containingAssignment(child.getGrammarElement());
				if (assignment != null) {
					count(assignment.getFeature());
					nodes.prune();
				} else if (child.getGrammarElement() instanceof Keyword k && "vlan".equals(k.getValue())) {
					vlanWords++;
				}
			}
		}
	}

	private void count(Assignment assignment) {
		if (assignment != null) {
			count(assignment.getFeature());
		}
	}

	private void count(String feature) {
		if (feature != null) {
			counts.merge(feature, 1, Integer::sum);
		}
	}
}
