package io.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.ui.validation.DocumentModels;

/**
 * Semantic highlighting: declared names (bold) and references to them in their own colours. The ranges are
 * computed from the parsed text in the reconciler's thread and merged into every presentation the lexical
 * highlighter makes, so typing never waits for a parse.
 */
public class SemanticHighlighting extends MonoReconciler {

	static final String NAME = "io.hvnet.ui.name";
	static final String REFERENCE = "io.hvnet.ui.reference";
	/**
	 * Larger files keep the lexical highlighting only: each pause costs a full parse in the background (a few hundred
	 * milliseconds at this size, shared with validation through {@code DocumentModels}) and a walk over all of it. At
	 * 5,000 lines it costs typing nothing measurable (TypingResponsivenessTest).
	 */
	static final int MAX_LINES = 20_000;

	public SemanticHighlighting() {
		super(new Strategy(), false);
		setDelay(300);
	}

	@Override
	public void install(ITextViewer viewer) {
		// known to the strategy before the reconciler's thread makes its first pass
		Strategy strategy = (Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE);
		strategy.viewer = viewer;
		if (viewer instanceof ITextViewerExtension4 ext) {
			ext.addTextPresentationListener(strategy);
		}
		super.install(viewer);
	}

	private static final class Strategy
			implements IReconcilingStrategy, IReconcilingStrategyExtension, ITextPresentationListener {

		private IDocument document;
		private ITextViewer viewer;
		/** offset, length, 0 = declared name / 1 = reference */
		private volatile List<int[]> ranges = List.of();

		@Override
		public void setDocument(IDocument newDocument) {
			this.document = newDocument;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			// a pass is short; nothing to cancel
		}

		@Override
		public void initialReconcile() {
			compute();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			compute();
		}

		@Override
		public void reconcile(IRegion partition) {
			compute();
		}

		private void compute() {
			IDocument doc = document;
			if (doc == null) {
				return;
			}
			if (doc.getNumberOfLines() > MAX_LINES) {
				// lexical colours only: see MAX_LINES
				ranges = List.of();
				return;
			}
			XtextResource resource = DocumentModels.of(doc).resource();
			List<int[]> found = new ArrayList<>();
			for (EObject o : (Iterable<EObject>) resource::getAllContents) {
				if (o instanceof NetworkNode) {
					for (INode n : NodeModelUtils.findNodesForFeature(o, HvnetPackage.Literals.NETWORK_NODE__NAME)) {
						found.add(new int[] { n.getOffset(), n.getLength(), 0 });
					}
				}
				for (EReference ref : o.eClass().getEAllReferences()) {
					if (!ref.isContainment()) {
						for (INode n : NodeModelUtils.findNodesForFeature(o, ref)) {
							found.add(new int[] { n.getOffset(), n.getLength(), 1 });
						}
					}
				}
			}
			found.sort((a, b) -> Integer.compare(a[0], b[0]));
			ranges = found;
			Display.getDefault().asyncExec(() -> {
				// repaint what is visible only: a large file must not cost a full repaint after each pass
				if (viewer instanceof ITextViewerExtension2 v && viewer.getTextWidget() != null
						&& !viewer.getTextWidget().isDisposed()) {
					int top = viewer.getTopIndexStartOffset();
					int bottom = viewer.getBottomIndexEndOffset();
					v.invalidateTextPresentation(top, Math.max(0, bottom - top));
				}
			});
		}

		@Override
		public void applyTextPresentation(TextPresentation presentation) {
			var colors = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry();
			Color name = colors.get(NAME);
			Color reference = colors.get(REFERENCE);
			IRegion extent = presentation.getExtent();
			int docLength = document == null ? 0 : document.getLength();
			List<StyleRange> styles = new ArrayList<>();
			List<int[]> all = ranges;
			int end = extent.getOffset() + extent.getLength();
			for (int i = firstAtOrAfter(all, extent.getOffset()); i < all.size() && all.get(i)[0] <= end; i++) {
				int[] r = all.get(i);
				if (r[0] + r[1] <= docLength) { // ranges of older text wait for the next pass
					StyleRange s = new StyleRange(r[0], r[1], r[2] == 0 ? name : reference, null);
					s.fontStyle = r[2] == 0 ? SWT.BOLD : SWT.NORMAL;
					styles.add(s);
				}
			}
			if (!styles.isEmpty()) {
				presentation.mergeStyleRanges(styles.toArray(StyleRange[]::new));
			}
		}

		/** Binary search in the ranges sorted by offset: the first that starts at or after {@code offset}. */
		private static int firstAtOrAfter(List<int[]> sorted, int offset) {
			int low = 0;
			int high = sorted.size();
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (sorted.get(mid)[0] < offset) {
					low = mid + 1;
				} else {
					high = mid;
				}
			}
			return low;
		}
	}
}
