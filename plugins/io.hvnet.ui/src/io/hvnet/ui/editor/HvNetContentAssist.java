package io.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

import io.hvnet.ui.HvNetUiPlugin;

/**
 * Content assist from Xtext's IDE service: keywords, names that resolve at the caret (switches, NICs, endpoints),
 * and the grammar's templates, as the language server would offer them.
 */
public class HvNetContentAssist implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		WorkingCopy copy = WorkingCopy.of(viewer.getDocument());
		if (copy == null) {
			return new ICompletionProposal[0];
		}
		ContentAssistService service = HvNetUiPlugin.getDefault().getInjector().getInstance(ContentAssistService.class);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(copy.resource().getURI().toString()),
				copy.document().getPosition(offset));
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (CompletionItem item : service.createCompletionList(copy.document(), copy.resource(), params,
				CancelIndicator.NullImpl).getItems()) {
			TextEdit edit = item.getTextEdit() != null && item.getTextEdit().isLeft() ? item.getTextEdit().getLeft()
					: null;
			if (edit == null) {
				continue;
			}
			int start = copy.document().getOffSet(edit.getRange().getStart());
			int end = copy.document().getOffSet(edit.getRange().getEnd());
			String text = edit.getNewText();
			proposals.add(new CompletionProposal(text, start, end - start, text.length(), null, item.getLabel(), null,
					item.getDetail()));
		}
		proposals.addAll(HvNetTemplates.proposals(viewer.getDocument(), offset));
		return proposals.toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
