package io.hvnet.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.ui.HvNetUiPlugin;

/** Ctrl+Shift+F: the language's formatter, applied as one undoable change; text with syntax errors is left alone. */
public class FormatHandler extends EditorCommand {

	@Override
	protected void run(ActiveEditor active, ExecutionEvent event) {
		IDocument document = active.document();
		List<ITextReplacement> replacements = replacements(document.get());
		if (replacements == null) {
			active.tell("the text has syntax errors; fix them to format it");
			return;
		}
		IRewriteTarget target = active.editor().getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			List<ITextReplacement> backwards = new ArrayList<>(replacements);
			backwards.sort((a, b) -> Integer.compare(b.getOffset(), a.getOffset()));
			for (ITextReplacement r : backwards) {
				document.replace(r.getOffset(), r.getLength(), r.getReplacementText());
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException("formatter replacement outside the document", e);
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}

	/** The formatter's edits for {@code text}, or null when the text does not parse. */
	static List<ITextReplacement> replacements(String text) {
		Injector injector = HvNetUiPlugin.getDefault().getInjector();
		XtextResource resource = new HvNetLoader(injector).parse(URI.createURI("format.hvnet"), text);
		if (!resource.getErrors().isEmpty()) {
			return null;
		}
		ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class).setTextRegionAccess(access);
		return injector.getInstance(IFormatter2.class).format(request);
	}
}
