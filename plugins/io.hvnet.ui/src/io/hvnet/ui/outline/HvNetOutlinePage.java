package io.hvnet.ui.outline;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.hvnet.ui.validation.DocumentModels;

/**
 * The Outline view for a .hvnet editor: hosts with their NICs, switches, host vNICs and VMs; physical switches,
 * servers, cables, scenarios. Selecting a line selects its text; moving the caret selects the line it is in.
 */
public class HvNetOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final IDocumentListener refresh = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			parse.cancel();
			parse.schedule(300);
		}
	};
	private final ISelectionChangedListener caret = e -> {
		if (e.getSelection() instanceof ITextSelection text) {
			reveal(text.getOffset());
		}
	};
	private List<OutlineNode> roots = List.of();
	/** Parsing happens here, off the UI thread and once per pause in typing; only the tree update is on the UI thread. */
	private final Job parse = Job.create("hvnet outline", monitor -> {
		IDocument document = document();
		if (document == null) {
			return;
		}
		List<OutlineNode> parsed = of(document);
		Display.getDefault().asyncExec(() -> show(parsed));
	});
	private boolean syncing;

	public HvNetOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return roots.toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((OutlineNode) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).label();
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (!syncing && e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof OutlineNode n) {
				editor.selectAndReveal(n.offset(), 0);
			}
		});
		document().addDocumentListener(refresh);
		editor.getSelectionProvider().addSelectionChangedListener(caret);
		update();
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Shows the structure of the editor text now (on opening; later changes go through the job). */
	public void update() {
		IDocument document = document();
		if (document != null) {
			show(of(document));
		}
	}

	/** The outline of the document's current text (the parse validation and highlighting share). */
	static List<OutlineNode> of(IDocument document) {
		return OutlineNode.of(DocumentModels.of(document).network());
	}

	private void show(List<OutlineNode> parsed) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		roots = parsed;
		viewer.setInput(roots);
		// small topologies fully expanded (every line reachable for the caret sync); large ones stay collapsed,
		// creating thousands of tree items on the UI thread would make typing lag
		if (roots.size() <= 200) {
			viewer.expandAll();
		}
	}

	/** The innermost line whose text holds the caret. */
	public OutlineNode reveal(int offset) {
		OutlineNode found = null;
		List<OutlineNode> level = roots;
		boolean deeper = true;
		while (deeper) {
			deeper = false;
			for (OutlineNode n : level) {
				if (n.contains(offset)) {
					found = n;
					level = n.children();
					deeper = true;
					break;
				}
			}
		}
		TreeViewer viewer = getTreeViewer();
		if (found != null && viewer != null && !viewer.getControl().isDisposed()) {
			syncing = true;
			try {
				viewer.setSelection(new StructuredSelection(found), true);
			} finally {
				syncing = false;
			}
		}
		return found;
	}

	/** The tree, for tests and for anyone embedding the page. */
	public TreeViewer viewer() {
		return getTreeViewer();
	}

	public List<OutlineNode> roots() {
		return roots;
	}

	@Override
	public void dispose() {
		parse.cancel();
		document().removeDocumentListener(refresh);
		editor.getSelectionProvider().removeSelectionChangedListener(caret);
		super.dispose();
	}
}
