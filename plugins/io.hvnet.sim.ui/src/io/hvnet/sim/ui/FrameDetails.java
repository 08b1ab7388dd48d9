package io.hvnet.sim.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import io.hvnet.sim.wire.Field;
import io.hvnet.sim.wire.FrameLayers;
import io.hvnet.sim.wire.Layer;

/**
 * One frame as Wireshark's packet details and bytes panes show it: its layers (Ethernet II, 802.1Q, ARP, IPv4, ICMP)
 * with every field and its value, and the bytes in hex; selecting a field or a layer marks its bytes. Layers and
 * bytes come from one {@link FrameLayers}, so they cannot disagree.
 */
final class FrameDetails {

	private final SashForm sash;
	private final Label title;
	private final TreeViewer layers;
	private final StyledText hex;
	private FrameLayers shown;

	FrameDetails(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
		title = new Label(holder, SWT.NONE);
		title.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
		sash = new SashForm(holder, SWT.HORIZONTAL);
		sash.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
		layers = new TreeViewer(sash, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		layers.setContentProvider(new Content());
		layers.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Layer l ? l.title()
						: element instanceof Field f ? f.label() + ": " + f.value() : String.valueOf(element);
			}
		});
		layers.setAutoExpandLevel(2);
		layers.addSelectionChangedListener(e -> mark(((IStructuredSelection) e.getSelection()).getFirstElement()));
		hex = new StyledText(sash, SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		hex.setFont(JFaceResources.getTextFont());
		sash.setWeights(55, 45);
		show(null, "Select an event of the trace to see its frame.");
	}

	Control control() {
		return sash.getParent();
	}

	/** Shows {@code frame} (none: just {@code note}) under the line {@code note}. */
	void show(FrameLayers frame, String note) {
		shown = frame;
		title.setText(note);
		layers.setInput(frame);
		hex.setText(frame == null ? "" : dump(frame.bytes()));
		hex.setStyleRanges(new StyleRange[0]);
	}

	/** The field or layer selected in the tree, or null. */
	Object selected() {
		return ((IStructuredSelection) layers.getSelection()).getFirstElement();
	}

	TreeViewer layers() {
		return layers;
	}

	StyledText hex() {
		return hex;
	}

	/** Marks the bytes of a field or layer in the hex pane, as Wireshark does. */
	private void mark(Object element) {
		if (shown == null) {
			return;
		}
		int offset;
		int length;
		if (element instanceof Field f) {
			offset = f.offset();
			length = f.length();
		} else if (element instanceof Layer l) {
			offset = l.offset();
			length = l.length();
		} else {
			hex.setStyleRanges(new StyleRange[0]);
			return;
		}
		List<StyleRange> ranges = new ArrayList<>();
		for (int i = offset; i < offset + length && i < shown.length(); i++) {
			StyleRange range = new StyleRange(hexColumn(i), 2, null,
					Display.getCurrent().getSystemColor(SWT.COLOR_LIST_SELECTION));
			range.foreground = Display.getCurrent().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
			ranges.add(range);
		}
		hex.setStyleRanges(ranges.toArray(StyleRange[]::new));
		if (!ranges.isEmpty()) {
			hex.setTopIndex(Math.max(0, offset / BYTES_PER_LINE - 1));
		}
	}

	private static final int BYTES_PER_LINE = 16;
	/** "0000  " before the bytes; a line is offset, 16 bytes of "xx " with one more space after the 8th, then ASCII. */
	private static final int LINE_START = 6;
	private static final int LINE_LENGTH = LINE_START + BYTES_PER_LINE * 3 + 1 + 1 + BYTES_PER_LINE + 1;

	/** The text offset of byte {@code i}'s two hex digits in {@link #dump}. */
	static int hexColumn(int i) {
		int inLine = i % BYTES_PER_LINE;
		return (i / BYTES_PER_LINE) * LINE_LENGTH + LINE_START + inLine * 3 + (inLine >= 8 ? 1 : 0);
	}

	/** Wireshark's bytes pane: offset, 16 bytes in hex, the same as ASCII (a dot where not printable). */
	static String dump(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		for (int line = 0; line < bytes.length; line += BYTES_PER_LINE) {
			StringBuilder ascii = new StringBuilder();
			text.append(String.format("%04x  ", line));
			for (int i = line; i < line + BYTES_PER_LINE; i++) {
				if (i - line == 8) {
					text.append(' ');
				}
				if (i < bytes.length) {
					int b = bytes[i] & 0xff;
					text.append(String.format("%02x ", b));
					ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
				} else {
					text.append("   ");
					ascii.append(' ');
				}
			}
			text.append(' ').append(ascii).append('\n');
		}
		return text.toString();
	}

	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof FrameLayers f ? f.layers().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Layer l ? l.fields().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Layer l && !l.fields().isEmpty();
		}
	}
}
