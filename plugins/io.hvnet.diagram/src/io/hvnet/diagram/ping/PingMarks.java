package io.hvnet.diagram.ping;

import java.util.ArrayList;
import java.util.List;

import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.model.Names;
import io.hvnet.sim.FailurePlace;
import io.hvnet.sim.step.SimulationSteps;
import io.hvnet.sim.wire.Links;

/**
 * What a ping's drawing marks at every one of its steps, in the simulator's names (plain fields, so that it travels
 * as JSON from the Eclipse Simulation view): the cables the scenario had unplugged (as their two ends) and the
 * adapters it had disabled when the ping ran, and for a failed ping the diagnosis and the place of its first cause.
 * {@link DrawnMarks} turns the names into the diagram's ids.
 */
public class PingMarks {

	List<List<String>> unplugged = new ArrayList<>();
	List<String> disabled = new ArrayList<>();
	String diagnosis;
	String failedElement;
	String failedPort;

	public static PingMarks of(SimulationSteps steps) {
		PingMarks marks = new PingMarks();
		for (Cable cable : steps.outage().unplugged()) {
			marks.unplugged.add(Links.endsOf(cable));
		}
		steps.outage().disabled().forEach(a -> marks.disabled.add(Names.of(a)));
		marks.diagnosis = steps.diagnosis();
		FailurePlace place = steps.place();
		if (place != null) {
			marks.failedElement = place.element();
			marks.failedPort = place.port();
		}
		return marks;
	}
}
