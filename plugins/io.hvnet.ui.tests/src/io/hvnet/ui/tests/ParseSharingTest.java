package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

import io.hvnet.ui.outline.HvNetOutlinePage;
import io.hvnet.ui.outline.OutlineNode;
import io.hvnet.ui.validation.DocumentModels;
import io.hvnet.ui.validation.ProblemMarkers;

/**
 * One keystroke, one parse: validation, semantic highlighting, mark occurrences and the outline all answer the new
 * text from the same parse of the editor's document.
 */
public class ParseSharingTest extends WorkbenchFixture {

	/** The declaration lacks the "2" its reference asks for: one keystroke resolves it. */
	private static final String TEXT = """
			host H {
			    nic NIC
			    nic NIC3
			    external switch E on NIC2
			}
			""";

	@Override
	protected String projectName() {
		return "parse-sharing-test";
	}

	@Test
	public void oneEditIsParsedOnceForAllFourReaders() throws Exception {
		IFile file = file("sharing.hvnet", TEXT);
		IEditorPart editor = IDE.openEditor(page, file, true);
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
		IAnnotationModel annotations = ((ITextEditor) editor).getDocumentProvider()
				.getAnnotationModel(editor.getEditorInput());
		ContentOutline view = (ContentOutline) page.showView("org.eclipse.ui.views.ContentOutline");
		page.activate(editor);
		ui.focus(text);
		ui.waitUntil(() -> view.getCurrentPage() instanceof HvNetOutlinePage, "the hvnet outline page");
		HvNetOutlinePage outline = (HvNetOutlinePage) view.getCurrentPage();
		int declaration = TEXT.indexOf("NIC\n");
		text.setSelection(declaration + 1);
		text.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());

		// every reader has seen the text as opened
		ui.waitUntil(() -> hasMarker(file, "HVN901"), "validation: the unresolved NIC2");
		ui.waitUntil(() -> nics(outline).equals(List.of("nic NIC", "nic NIC3")), "the outline, got " + nics(outline));
		ui.waitUntil(() -> bold(text, declaration), "the declared name in bold");
		ui.waitUntil(() -> occurrences(annotations).equals(Set.of(declaration)),
				"the declaration alone as an occurrence, got " + occurrences(annotations));
		ui.key(SWT.ARROW_RIGHT, (char) 0);
		ui.key(SWT.ARROW_RIGHT, (char) 0);
		ui.waitUntil(() -> text.getCaretOffset() == declaration + "NIC".length(), "the caret after NIC");
		long before = DocumentModels.parses(document);

		ui.type("2");
		// back into the name, where the occurrences are looked up
		ui.key(SWT.ARROW_LEFT, (char) 0);
		ui.key(SWT.ARROW_LEFT, (char) 0);
		String edited = TEXT.replace("nic NIC\n", "nic NIC2\n");
		ui.waitUntil(() -> text.getText().equals(edited), "the typed 2");

		// every reader has seen the edit
		ui.waitUntil(() -> !hasMarker(file, "HVN901"), "validation: NIC2 resolved");
		ui.waitUntil(() -> nics(outline).equals(List.of("nic NIC2", "nic NIC3")), "the outline, got " + nics(outline));
		ui.waitUntil(() -> bold(text, declaration + "NIC".length()), "the typed 2 in bold, as part of the name");
		Set<Integer> both = Set.of(declaration, edited.lastIndexOf("NIC2"));
		ui.waitUntil(() -> occurrences(annotations).equals(both),
				"the declaration and its reference as occurrences, got " + occurrences(annotations));

		assertEquals(before + 1, DocumentModels.parses(document), "parses of the document for one keystroke");
	}

	private static boolean hasMarker(IFile file, String code) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.anyMatch(m -> m.getAttribute("code", "").equals(code));
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> nics(HvNetOutlinePage outline) {
		return outline.roots().isEmpty() ? List.of()
				: outline.roots().get(0).children().stream().map(OutlineNode::label)
						.filter(label -> label.startsWith("nic ")).toList();
	}

	private static boolean bold(StyledText text, int offset) {
		StyleRange style = offset < text.getCharCount() ? text.getStyleRangeAtOffset(offset) : null;
		return style != null && (style.fontStyle & SWT.BOLD) != 0;
	}
}
