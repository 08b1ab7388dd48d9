package io.hvnet.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import io.hvnet.ui.commands.EditorCommand;

/**
 * Ctrl+O: a pop-up listing every element of the file (indented like the outline); typing filters it, Enter or a
 * double-click jumps to the element.
 */
public class QuickOutline extends EditorCommand {

	@Override
	protected void run(ActiveEditor active, ExecutionEvent event) {
		new Popup(HandlerUtil.getActiveShell(event), active.editor(),
				flatten(HvNetOutlinePage.of(active.document()), 0)).open();
	}

	private record Line(OutlineNode node, int depth) {
		String label() {
			return "  ".repeat(depth) + node.label();
		}
	}

	private static List<Line> flatten(List<OutlineNode> nodes, int depth) {
		List<Line> lines = new ArrayList<>();
		for (OutlineNode n : nodes) {
			lines.add(new Line(n, depth));
			lines.addAll(flatten(n.children(), depth + 1));
		}
		return lines;
	}

	private static final class Popup extends PopupDialog {

		private final ITextEditor editor;
		private final List<Line> lines;
		private Text filter;
		private Table table;
		private final List<Line> shown = new ArrayList<>();

		Popup(Shell parent, ITextEditor editor, List<Line> lines) {
			super(parent, SWT.RESIZE, true, false, false, false, false, "Quick Outline", "type to filter, Enter to go");
			this.editor = editor;
			this.lines = lines;
		}

		@Override
		protected Control createTitleControl(Composite parent) {
			filter = new Text(parent, SWT.NONE);
			filter.addModifyListener(e -> refill());
			filter.addListener(SWT.DefaultSelection, e -> go());
			filter.addListener(SWT.KeyDown, e -> {
				if (e.keyCode == SWT.ARROW_DOWN && table.getItemCount() > 0) {
					table.setFocus();
				}
			});
			return filter;
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			area.setLayout(new GridLayout());
			table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION);
			table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			table.addListener(SWT.DefaultSelection, e -> go());
			refill();
			return area;
		}

		@Override
		protected Control getFocusControl() {
			return filter;
		}

		private void refill() {
			if (table == null) {
				return;
			}
			String wanted = filter == null ? "" : filter.getText().trim().toLowerCase();
			table.removeAll();
			shown.clear();
			for (Line l : lines) {
				if (l.node().label().toLowerCase().contains(wanted)) {
					shown.add(l);
					new TableItem(table, SWT.NONE).setText(l.label());
				}
			}
			if (table.getItemCount() > 0) {
				table.setSelection(0);
			}
		}

		private void go() {
			int i = table.getSelectionIndex();
			if (i >= 0 && i < shown.size()) {
				OutlineNode target = shown.get(i).node();
				close();
				editor.selectAndReveal(target.offset(), 0);
			}
		}
	}
}
