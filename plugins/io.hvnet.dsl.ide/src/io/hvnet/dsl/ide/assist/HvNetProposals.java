package io.hvnet.dsl.ide.assist;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.base.Predicate;
import com.google.common.base.Predicates;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.DynamicMacPool;
import io.hvnet.dsl.model.FreeAddresses;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.Topology;

/**
 * Content assist beyond the grammar's keywords and cross-references: where a protocol binding goes, the binding
 * names Windows knows (those the adapter has not got yet), and not the keywords a name may also be spelt as; after
 * {@code team-member}, only the members of the team of the adapter's switch (Set-VMNetworkAdapterTeamMapping maps a
 * port to one of its own switch's team members).
 */
public class HvNetProposals extends IdeContentProposalProvider {

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (!isBindingPosition(context)) {
			if (assignment.getTerminal() instanceof RuleCall call && call.getRule() instanceof TerminalRule) {
				// Xtext offers the feature's name where a number, address or new name goes ('vlan' after 'vlan ',
				// 'mac' after 'mac '), which inserted is a syntax error; a MAC and an IP address have values to offer
				proposeFreeMac(assignment, context, acceptor);
				proposeFreeAddresses(assignment, context, acceptor);
				return;
			}
			super._createProposals(assignment, context, acceptor);
			proposeWordsOfDatatypeRule(assignment, context, acceptor);
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

	/**
	 * Where a VM adapter's or host vNIC's {@code mac} goes, the first free address of its host's dynamic MAC pool
	 * ({@link DynamicMacPool}), as Hyper-V would assign it.
	 */
	private void proposeFreeMac(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (!"mac".equals(assignment.getFeature()) || !(context.getCurrentModel() instanceof Adapter adapter)) {
			return;
		}
		Host host = DynamicMacPool.hostOf(adapter);
		String mac = host == null ? null : DynamicMacPool.firstFree(host);
		if (mac != null) {
			proposeValue(mac, "the first free address of " + host.getName() + "'s dynamic MAC pool", context, acceptor);
		}
	}

	/**
	 * Where an adapter's first {@code ip} address goes, the lowest free address of each subnet its segment uses
	 * ({@link FreeAddresses}).
	 */
	private void proposeFreeAddresses(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (!"address".equals(assignment.getFeature()) || !(context.getCurrentModel() instanceof Adapter adapter)) {
			return;
		}
		for (String address : FreeAddresses.inSegmentOf(adapter)) {
			proposeValue(address, "free in the subnet of " + adapter.getName() + "'s segment", context, acceptor);
		}
	}

	/** A value the model layer worked out, offered with the reason it is offered. */
	private void proposeValue(String value, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(value, context, e -> {
			e.setKind(ContentAssistEntry.KIND_VALUE);
			e.setDescription(description);
		});
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}

	/**
	 * A value spelt as one of a few words ({@code teaming dynamic|hyperv-port}, {@code vlan isolated|community|
	 * promiscuous}) is a datatype rule of keywords, so that an absent value stays absent; Xtext proposes the keywords
	 * of the grammar rule being parsed but not those of a datatype rule it calls.
	 */
	private void proposeWordsOfDatatypeRule(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (!(assignment.getTerminal() instanceof RuleCall call && call.getRule() instanceof ParserRule rule
				&& GrammarUtil.isDatatypeRule(rule))) {
			return;
		}
		for (Keyword word : EcoreUtil2.getAllContentsOfType(rule.getAlternatives(), Keyword.class)) {
			ContentAssistEntry entry = getProposalCreator().createProposal(word.getValue(), context,
					e -> e.setKind(ContentAssistEntry.KIND_KEYWORD));
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getKeywordPriority(word.getValue(), entry));
			}
		}
	}

	/**
	 * A reference inside the fragment {@code AdapterSettings} ({@code team-member}): the fragment has no type of its
	 * own, so Xtext cannot tell which EReference it is and proposes nothing; the adapter at the caret has it.
	 */
	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		Assignment assignment = GrammarUtil.containingAssignment(reference);
		EObject model = context.getCurrentModel();
		if (assignment != null && GrammarUtil.getReference(reference) == null && model != null
				&& model.eClass().getEStructuralFeature(assignment.getFeature()) instanceof EReference ref) {
			IScope scope = getScopeProvider().getScope(model, ref);
			getCrossrefProposalProvider().lookupCrossReference(scope, reference, context, acceptor,
					getCrossrefFilter(reference, context));
			return;
		}
		super._createProposals(reference, context, acceptor);
	}

	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		Predicate<IEObjectDescription> filter = super.getCrossrefFilter(reference, context);
		if (!(reference.eContainer() instanceof Assignment a
				&& HvnetPackage.Literals.ADAPTER__TEAM_MEMBER.getName().equals(a.getFeature())
				&& context.getCurrentModel() instanceof SwitchPort port && Topology.switchOf(port) != null)) {
			return filter;
		}
		List<PhysicalNic> members = Teams.members(Topology.switchOf(port));
		// the same NIC object, whichever URI form (relative, normalized) the scope's description carries
		return Predicates.and(filter, d -> members.contains(EcoreUtil.resolve(d.getEObjectOrProxy(), port)));
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
