package io.hvnet.diagram.ping;

import java.util.ArrayList;
import java.util.List;

import io.hvnet.diagram.model.ElementIndex;

/**
 * {@link PingMarks} as the client draws them: the ids of the edges of unplugged cables, of the disabled adapters'
 * nodes, and of the element the diagnosis places its first cause on, with the sentence. The client only styles
 * these ids ({@code unplugged}, {@code disabled}, {@code diagnosis-place}).
 */
public class DrawnMarks {

	List<String> unplugged = new ArrayList<>();
	List<String> disabled = new ArrayList<>();
	String place;
	String diagnosis;

	static DrawnMarks of(PingMarks marks, StepEdges drawing) {
		DrawnMarks drawn = new DrawnMarks();
		if (marks == null || drawing == null) {
			return drawn;
		}
		drawn.unplugged.addAll(drawing.edgesOf(marks.unplugged));
		for (String adapter : marks.disabled) {
			String id = drawing.drawnIdOf(adapter);
			if (id != null) {
				drawn.disabled.add(id);
			}
		}
		drawn.diagnosis = marks.diagnosis;
		if (marks.failedElement != null) {
			drawn.place = placeId(marks, drawing);
		}
		return drawn;
	}

	/**
	 * A physical switch's port ({@code port 2}) is drawn as the port; any other port (a virtual switch's, named after
	 * its adapter) by the switch itself. An element the diagram does not draw (a host's management OS stack) is
	 * drawn by the nearest one containing it.
	 */
	private static String placeId(PingMarks marks, StepEdges drawing) {
		String port = marks.failedPort;
		if (port != null && port.startsWith("port ")) {
			String id = ElementIndex.portId(marks.failedElement, port.substring("port ".length()));
			if (drawing.drawn(id)) {
				return id;
			}
		}
		return drawing.drawnIdOf(marks.failedElement);
	}

	public List<String> getUnplugged() {
		return unplugged;
	}

	public List<String> getDisabled() {
		return disabled;
	}

	public String getPlace() {
		return place;
	}

	public String getDiagnosis() {
		return diagnosis;
	}
}
