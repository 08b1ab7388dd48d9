package io.hvnet.sim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.hvnet.sim.Action;
import io.hvnet.sim.TraceEvent;

/**
 * The trace's filters, as a simulation mode's event list has them: by protocol (ARP, ICMP, DHCP), by action (flood,
 * forward, drop, learn…) and by node (any part of its name). Filters hide rows; they never change the trace.
 */
final class TraceFilter extends ViewerFilter {

	static final String ALL_PROTOCOLS = "All protocols";
	static final String ALL_ACTIONS = "All actions";

	private final Combo protocol;
	private final Combo action;
	private final Text node;

	private StructuredViewer viewer;

	TraceFilter(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(4, false);
		layout.marginHeight = 0;
		bar.setLayout(layout);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText("Show:");
		protocol = new Combo(bar, SWT.READ_ONLY);
		protocol.setItems(ALL_PROTOCOLS, "ARP", "ICMP", "DHCP");
		protocol.select(0);
		action = new Combo(bar, SWT.READ_ONLY);
		List<String> actions = new ArrayList<>(List.of(ALL_ACTIONS));
		for (Action a : Action.values()) {
			actions.add(a.json());
		}
		action.setItems(actions.toArray(String[]::new));
		action.select(0);
		node = new Text(bar, SWT.BORDER);
		node.setMessage("node name contains…");
		node.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		protocol.addListener(SWT.Selection, e -> refresh());
		action.addListener(SWT.Selection, e -> refresh());
		node.addListener(SWT.Modify, e -> refresh());
	}

	/** Filters {@code filtered}'s rows from now on (the bar stands above it, so it is made first). */
	void attachTo(StructuredViewer filtered) {
		viewer = filtered;
		viewer.addFilter(this);
	}

	private void refresh() {
		if (viewer != null) {
			viewer.refresh();
		}
	}

	Combo protocol() {
		return protocol;
	}

	Combo action() {
		return action;
	}

	Text node() {
		return node;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return element instanceof TraceEvent e && protocolMatches(e) && actionMatches(e) && nodeMatches(e);
	}

	private boolean protocolMatches(TraceEvent e) {
		String wanted = protocol.getText();
		if (wanted.equals(ALL_PROTOCOLS)) {
			return true;
		}
		if (e.frame() == null) {
			return false;
		}
		boolean arp = "arp".equals(e.frame().type());
		if (wanted.equals("DHCP")) {
			return e.frame().type().startsWith("dhcp-");
		}
		return wanted.equals("ARP") ? arp : !arp && e.frame().icmp() != null;
	}

	private boolean actionMatches(TraceEvent e) {
		String wanted = action.getText();
		return wanted.equals(ALL_ACTIONS) || e.action().json().equals(wanted);
	}

	private boolean nodeMatches(TraceEvent e) {
		String wanted = node.getText().strip().toLowerCase(Locale.ROOT);
		return wanted.isEmpty() || e.node().toLowerCase(Locale.ROOT).contains(wanted);
	}
}
