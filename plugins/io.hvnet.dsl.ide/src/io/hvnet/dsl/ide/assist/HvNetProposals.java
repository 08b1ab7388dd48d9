package io.hvnet.dsl.ide.assist;

import java.util.List;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.model.Bindings;

/**
 * Content assist beyond the grammar's keywords and cross-references: where a protocol binding goes, the binding
 * names Windows knows (those the adapter has not got yet), and not the keywords a name may also be spelt as.
 */
public class HvNetProposals extends IdeContentProposalProvider {

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (!isBindingPosition(context)) {
			super._createProposals(assignment, context, acceptor);
			return;
		}
		if (!"bindings".equals(assignment.getFeature())) {
			return;
		}
		List<String> bound = context.getCurrentModel() instanceof Adapter a ? a.getBindings() : List.of();
		for (String name : Bindings.KNOWN) {
			if (!bound.contains(name) || name.equals(context.getPrefix())) {
				ContentAssistEntry entry = getProposalCreator().createProposal(name, context, e -> {
					e.setKind(ContentAssistEntry.KIND_VALUE);
					e.setDescription(Bindings.VMS.equals(name) ? "Hyper-V extensible virtual switch"
							: "protocol binding");
				});
				if (entry != null) {
					acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) + 10);
				}
			}
		}
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		// 'host', 'server', 'parent'... may spell a name, but no protocol binding is called that
		if (!isBindingPosition(context)) {
			super._createProposals(keyword, context, acceptor);
		}
	}

	private static boolean isBindingPosition(ContentAssistContext context) {
		for (AbstractElement e : context.getFirstSetGrammarElements()) {
			if (e instanceof Assignment a && "bindings".equals(a.getFeature())) {
				return true;
			}
		}
		return false;
	}
}
