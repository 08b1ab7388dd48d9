package io.hvnet.dsl.ide.assist;

import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;

/**
 * Offers a reference as it must be written: an element called by a word of the language is {@code HV01.^switch}
 * (Xtext offers its plain name, {@code HV01.switch}, which does not parse). The reference's rule's value converter
 * writes it, as the serializer does.
 */
public class WrittenNameProposals extends IdeCrossrefProposalProvider {

	@Inject
	private IValueConverterService converters;

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		String plain = getQualifiedNameConverter().toString(candidate.getName());
		String written = crossRef.getTerminal() instanceof RuleCall call
				? converters.toString(plain, call.getRule().getName())
				: plain;
		if (written.equals(plain)) {
			return super.createProposal(candidate, crossRef, context);
		}
		return getProposalCreator().createProposal(written, context, entry -> {
			entry.setSource(candidate);
			entry.setDescription(candidate.getEClass() == null ? null : candidate.getEClass().getName());
			entry.setKind(ContentAssistEntry.KIND_REFERENCE);
		});
	}
}
