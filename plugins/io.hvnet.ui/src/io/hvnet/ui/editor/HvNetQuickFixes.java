package io.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import io.hvnet.dsl.ide.edit.TextEdit;
import io.hvnet.dsl.ide.quickfix.QuickFix;
import io.hvnet.dsl.ide.quickfix.QuickFixes;
import io.hvnet.ui.HvNetUiPlugin;

/** Ctrl+1 on a diagnostic: the language's quick fixes (rebind a NIC, add the host vNIC, add a prefix length…). */
public class HvNetQuickFixes implements IQuickAssistProcessor {

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		WorkingCopy copy = WorkingCopy.of(document);
		if (copy == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		List<ICompletionProposal> proposals = new ArrayList<>();
		IResourceValidator validator = HvNetUiPlugin.getDefault().getInjector().getInstance(IResourceValidator.class);
		for (Issue issue : validator.validate(copy.resource(), CheckMode.ALL, CancelIndicator.NullImpl)) {
			if (issue.getOffset() == null || offset < issue.getOffset()
					|| offset > issue.getOffset() + issue.getLength()) {
				continue;
			}
			for (QuickFix fix : QuickFixes.of(copy.resource(), issue)) {
				proposals.add(new FixProposal(fix));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation != null && annotation.getText() != null && annotation.getText().startsWith("HVN");
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	/** Applies a fix's edits to the document, last edit first so that offsets stay valid. */
	private record FixProposal(QuickFix fix) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
			List<TextEdit> edits = new ArrayList<>(fix.edits());
			edits.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
			try {
				for (TextEdit e : edits) {
					document.replace(e.offset(), e.length(), e.text());
				}
			} catch (BadLocationException e) {
				throw new IllegalStateException("quick fix outside the document", e);
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
