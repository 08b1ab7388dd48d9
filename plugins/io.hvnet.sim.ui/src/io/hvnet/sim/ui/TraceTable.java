package io.hvnet.sim.ui;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.hvnet.sim.SeedFlow;
import io.hvnet.sim.TraceEvent;

/** A ping's trace, one row per event: step, simulated time, the seed's flow number, where, what and why. */
final class TraceTable {

	private final TableViewer viewer;

	TraceTable(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "#", 3, e -> String.valueOf(e.step()));
		column(layout, "Time (µs)", 7, e -> String.format("%.3f", e.time() / 1e3));
		column(layout, "Flow", 4, e -> SeedFlow.text(e.flow()));
		column(layout, "Node", 14, TraceEvent::node);
		column(layout, "Port", 12, e -> e.port() == null ? "" : e.port());
		column(layout, "Action", 8, e -> e.action().json());
		column(layout, "Frame", 30, e -> e.frame() == null ? "" : e.frame().text());
		column(layout, "Why", 32, e -> e.reason() == null ? "" : e.reason());
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<TraceEvent, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TraceEvent) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
	}

	void show(List<TraceEvent> events) {
		viewer.setInput(events);
	}

	TableViewer viewer() {
		return viewer;
	}
}
