package io.hvnet.diagram.handler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.StatusAction;
import org.eclipse.glsp.server.types.Severity;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import io.hvnet.diagram.model.ElementIds;
import io.hvnet.diagram.model.ElementIndex;
import io.hvnet.diagram.model.HvNetModelState;
import io.hvnet.diagram.source.DiagramDocument;
import io.hvnet.diagram.source.SourceModel;
import io.hvnet.diagram.source.SourceModelLoader;
import io.hvnet.diagram.source.TextReplacement;
import io.hvnet.dsl.ide.edit.SerializedChange;

/**
 * Turns a diagram edit into a text edit. The change is made on a fresh copy of the model and the language's
 * {@link SerializedChange} computes the smallest text replacements for it (so comments and formatting elsewhere stay). The
 * resulting text is parsed and validated before anything is applied: an edit that would add an error is refused
 * with that error's message, and the document stays as it was.
 */
public class ModelEdits {

	private static final Logger LOG = LogManager.getLogger(ModelEdits.class);

	@Inject
	private HvNetModelState state;
	@Inject
	private SourceModelLoader loader;
	@Inject
	private ActionDispatcher dispatcher;

	/** The refusal of the last edit, or null when it was applied (for the editor's status line and tests). */
	private volatile String lastRefusal;

	public String lastRefusal() {
		return lastRefusal;
	}

	public Optional<Command> edit(String label, Consumer<EditContext> change) {
		lastRefusal = null;
		DiagramDocument document = state.document();
		String readOnly = document.whyReadOnly(); // reads the file when it could not be read before
		if (readOnly != null) {
			refuse(label, readOnly);
			return Optional.empty();
		}
		try {
			SourceModel fresh = loader.load(document);
			ElementIndex index = ElementIds.of(fresh.network());
			List<TextReplacement> replacements = replacementsOf(fresh,
					r -> change.accept(new EditContext(fresh.network(), index)));
			if (replacements.isEmpty()) {
				return Optional.empty();
			}
			String newText = TextReplacement.applyAll(fresh.text(), replacements);
			SourceModel result = loader.load(document.uri(), newText, document.siblings());
			Issue introduced = firstNewError(fresh, result);
			if (introduced != null) {
				throw new EditRefused(introduced.getMessage());
			}
			return Optional.of(new TextChange(label, document, fresh.text(), replacements, result));
		} catch (EditRefused e) {
			refuse(label, e.getMessage());
			return Optional.empty();
		} catch (RuntimeException e) {
			LOG.error("diagram edit '" + label + "' failed", e);
			refuse(label, e.toString());
			return Optional.empty();
		}
	}

	/** The change made on the fresh copy, as replacements of its text (computed by the language's serializer). */
	private static List<TextReplacement> replacementsOf(SourceModel fresh, Consumer<XtextResource> change) {
		try {
			return SerializedChange.edits(fresh.resource(), change).stream()
					.map(e -> new TextReplacement(e.offset(), e.length(), e.text())).toList();
		} catch (SerializedChange.OtherFileChanged e) {
			throw new EditRefused("this change would also edit " + e.fileName()
					+ "; make it in the text editor (Rename, Alt+Shift+R, changes every file)");
		}
	}

	/** An error of the new text that the old text did not have (same code and message), or null. */
	private static Issue firstNewError(SourceModel before, SourceModel after) {
		Map<String, Integer> old = new HashMap<>();
		before.errors().forEach(i -> old.merge(key(i), 1, Integer::sum));
		for (Issue i : after.errors()) {
			if (old.merge(key(i), -1, Integer::sum) < 0) {
				return i;
			}
		}
		return null;
	}

	private static String key(Issue issue) {
		return issue.getCode() + "|" + issue.getMessage();
	}

	private void refuse(String label, String why) {
		lastRefusal = label + " refused: " + why;
		LOG.info(lastRefusal);
		dispatcher.dispatchAll(List.<org.eclipse.glsp.server.actions.Action>of(new StatusAction(Severity.ERROR, lastRefusal, 8000),
				MessageActionUtil.error(lastRefusal)));
	}

	/** Applies the computed replacements; undo is the document's (one step per diagram edit). */
	private final class TextChange extends AbstractCommand {

		private final DiagramDocument document;
		/** The text the replacements were computed on. */
		private final String base;
		private final List<TextReplacement> replacements;
		private final SourceModel result;

		TextChange(String label, DiagramDocument document, String base, List<TextReplacement> replacements,
				SourceModel result) {
			super(label);
			this.document = document;
			this.base = base;
			this.replacements = replacements;
			this.result = result;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public boolean canUndo() {
			return false;
		}

		@Override
		public void execute() {
			if (document.replaceIfUnchanged(base, replacements, getLabel())) {
				state.updateSource(result);
			} else {
				String readOnly = document.whyReadOnly();
				refuse(getLabel(), readOnly != null ? readOnly
						: "the text changed while the edit was being made; nothing was changed, do it again");
			}
		}

		@Override
		public void redo() {
			execute();
		}
	}
}
