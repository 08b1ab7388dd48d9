package io.hvnet.diagram.ping;

import java.util.ArrayList;
import java.util.List;

import io.hvnet.sim.MacEntry;
import io.hvnet.sim.step.SimulationStep;
import io.hvnet.sim.wire.Link;

/**
 * One step of a ping in the words a diagram draws it with (plain fields, so that it travels as JSON from the Eclipse
 * Simulation view to the diagram server): the element, the links as their two ends, the seed's flow, the summary
 * and the switch's MAC table with the row just learnt. {@code index} counts from 0; -1 is "before the first step".
 */
public class StepPicture {

	/** A row of the MAC table; {@code learnt} marks the address this step learnt. */
	public static class MacRow {
		String mac;
		String port;
		int vlan;
		boolean learnt;

		MacRow(MacEntry entry, boolean learnt) {
			this.mac = entry.mac();
			this.port = entry.port();
			this.vlan = entry.vlan();
			this.learnt = learnt;
		}
	}

	int index = -1;
	int count;
	String element;
	/** Each link as {@code [end1, end2]}, ends named as {@link io.hvnet.sim.wire.Links} names them. */
	List<List<String>> links = new ArrayList<>();
	boolean flooded;
	Integer flow;
	String action;
	String summary;
	String macSwitch;
	List<MacRow> macTable = new ArrayList<>();

	/** Nothing drawn yet: {@code count} steps to go. */
	public static StepPicture before(int count) {
		StepPicture p = new StepPicture();
		p.count = count;
		return p;
	}

	public static StepPicture of(SimulationStep step, int count) {
		StepPicture p = before(count);
		p.index = step.index();
		p.element = step.element();
		for (Link l : step.links()) {
			p.links.add(List.of(l.end1(), l.end2()));
		}
		p.flooded = step.flooded();
		p.flow = step.flow();
		p.action = step.event().action().json();
		p.summary = step.summary();
		if (step.macTable() != null) {
			p.macSwitch = step.macTable().bridge();
			step.macTable().entries()
					.forEach(e -> p.macTable.add(new MacRow(e, e.mac().equals(step.macTable().learnt()))));
		}
		return p;
	}

	public int getIndex() {
		return index;
	}

	public String getElement() {
		return element;
	}

	public Integer getFlow() {
		return flow;
	}
}
