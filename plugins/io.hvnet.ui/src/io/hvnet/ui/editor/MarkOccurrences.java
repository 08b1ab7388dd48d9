package io.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.ui.HvNetUiPlugin;
import io.hvnet.ui.validation.DocumentModels;

/**
 * Mark occurrences: with the caret on a name or a reference, the declaration and every reference to the same
 * element are highlighted (not every equal word, as the Generic Editor's default does). Computed in a job.
 */
public class MarkOccurrences extends MonoReconciler {

	/** The Generic Editor's occurrence annotation type, so its colours and toggle apply. */
	static final String TYPE = "org.eclipse.ui.genericeditor.text";

	private ISourceViewer viewer;
	private Annotation[] current = new Annotation[0];
	private volatile int caret = -1;
	private final Job find = Job.create("hvnet occurrences", monitor -> {
		ISourceViewer v = viewer;
		IDocument document = v == null ? null : v.getDocument();
		int offset = caret;
		if (document == null || offset < 0 || document.getNumberOfLines() > SemanticHighlighting.MAX_LINES) {
			return; // like semantic highlighting: nothing beyond the lexical colours in large files
		}
		List<Position> positions = occurrences(DocumentModels.of(document).resource(), offset);
		Display.getDefault().asyncExec(() -> show(positions));
	});
	private final ISelectionChangedListener onCaret = e -> {
		if (e.getSelection() instanceof ITextSelection s) {
			caret = s.getOffset();
			find.cancel();
			find.schedule(150);
		}
	};

	public MarkOccurrences() {
		super(new IReconcilingStrategy() {
			@Override
			public void setDocument(IDocument document) {
			}

			@Override
			public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			}

			@Override
			public void reconcile(IRegion partition) {
			}
		}, false);
		find.setSystem(true);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		if (textViewer instanceof ISourceViewer source
				&& textViewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			viewer = source;
			provider.addPostSelectionChangedListener(onCaret);
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(onCaret);
		}
		find.cancel();
		super.uninstall();
	}

	/** The declaration and the references of the element at {@code offset}. */
	static List<Position> occurrences(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = HvNetUiPlugin.getDefault().getInjector().getInstance(EObjectAtOffsetHelper.class);
		EObject target = helper.resolveCrossReferencedElementAt(resource, offset);
		if (target == null) {
			target = helper.resolveElementAt(resource, offset);
		}
		if (!(target instanceof NetworkNode) || target.eResource() != resource) {
			return List.of();
		}
		List<Position> result = new ArrayList<>();
		for (INode n : NodeModelUtils.findNodesForFeature(target, HvnetPackage.Literals.NETWORK_NODE__NAME)) {
			result.add(new Position(n.getOffset(), n.getLength()));
		}
		for (EObject o : (Iterable<EObject>) resource::getAllContents) {
			for (EReference ref : o.eClass().getEAllReferences()) {
				if (ref.isContainment() || ref.isMany() && ((List<?>) o.eGet(ref, false)).isEmpty()) {
					continue;
				}
				List<INode> nodes = NodeModelUtils.findNodesForFeature(o, ref);
				List<?> values = ref.isMany() ? (List<?>) o.eGet(ref) : List.of(o.eGet(ref) == null ? "" : o.eGet(ref));
				for (int i = 0; i < nodes.size() && i < values.size(); i++) {
					if (values.get(i) == target) {
						result.add(new Position(nodes.get(i).getOffset(), nodes.get(i).getLength()));
					}
				}
			}
		}
		return result;
	}

	private void show(List<Position> positions) {
		if (viewer == null || viewer.getAnnotationModel() == null) {
			return;
		}
		IAnnotationModel model = viewer.getAnnotationModel();
		Map<Annotation, Position> added = new HashMap<>();
		for (Position p : positions) {
			added.put(new Annotation(TYPE, false, "occurrence"), p);
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(current, added);
		} else {
			for (Annotation a : current) {
				model.removeAnnotation(a);
			}
			added.forEach(model::addAnnotation);
		}
		current = added.keySet().toArray(Annotation[]::new);
	}
}
