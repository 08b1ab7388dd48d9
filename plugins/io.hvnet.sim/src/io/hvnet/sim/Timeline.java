package io.hvnet.sim;

import java.util.List;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.AdapterChange;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableChange;
import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.hvnet.Step;
import io.hvnet.dsl.hvnet.Wait;
import io.hvnet.dsl.model.Cabling;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.SimulatedTime;
import io.hvnet.sim.build.RuntimeNetwork;

/**
 * One network through a scenario's steps: pings one after the other, each starting where the last one ended in
 * simulated time, with the MAC tables and ARP caches they filled; cables unplugged and plugged, adapters disabled and
 * enabled, time let pass. Each step that changes the network is an {@link Action#INJECT} event at its time, in the
 * trace of the next ping. The network is the timeline's own ({@link Simulator#timeline}); one thread uses it at a
 * time.
 */
public final class Timeline {

	private static final long NS_PER_SECOND = 1_000_000_000L;
	private static final String KIND = "scenario";

	private final RuntimeNetwork net;
	private int pings;

	Timeline(RuntimeNetwork net) {
		this.net = net;
	}

	/** A scenario's ping, run now; with {@code capture}, every frame it put on every link too. */
	public CapturedPing ping(Ping ping, boolean capture) {
		int count = Math.max(1, ping.getCount());
		CapturedPing result = ping.getTo() != null ? Simulator.ping(net, ping.getFrom(), ping.getTo(), count, capture)
				: Simulator.ping(net, ping.getFrom(), ping.getToAddress(), count, capture);
		pings++;
		net.engine().clearTrace();
		return new CapturedPing(result.result(), result.capture(), outage());
	}

	/** A scenario's step other than a ping, done now; null for a ping or a cable no model cable has. */
	public ScenarioEvent change(Step step) {
		return switch (step) {
		case CableChange c -> {
			Cable cable = Cabling.cableAt(c.getEnd());
			yield cable == null ? null : c.isUnplug() ? unplug(cable) : plug(cable);
		}
		case AdapterChange a -> a.isDisable() ? disable(a.getAdapter()) : enable(a.getAdapter());
		case Wait w -> await(SimulatedTime.seconds(w));
		default -> null;
		};
	}

	public ScenarioEvent unplug(Cable cable) {
		String name = Cabling.describe(cable);
		return event(name, "unplugged cable " + name, net.failures().unplug(cable));
	}

	public ScenarioEvent plug(Cable cable) {
		String name = Cabling.describe(cable);
		return event(name, "plugged in cable " + name, net.failures().plug(cable));
	}

	public ScenarioEvent disable(Adapter adapter) {
		return event(Names.of(adapter), "disabled " + Names.of(adapter), net.failures().disable(adapter));
	}

	public ScenarioEvent enable(Adapter adapter) {
		return event(Names.of(adapter), "enabled " + Names.of(adapter), net.failures().enable(adapter));
	}

	/** Lets {@code seconds} of simulated time pass with nothing sent. */
	public ScenarioEvent await(long seconds) {
		ScenarioEvent event = event("clock", "waited " + seconds + " s", true);
		net.engine().runUntil(net.engine().now() + Math.max(0, seconds) * NS_PER_SECOND);
		return event;
	}

	/** The cables unplugged and the adapters disabled now: what a view of this moment draws as down. */
	public Outage outage() {
		return new Outage(net.failures().unplugged(), net.failures().disabled());
	}

	/** Records the step in the trace at the time it happens. */
	private ScenarioEvent event(String node, String text, boolean changed) {
		String said = changed ? text : text + " (no change)";
		net.engine().record(node, KIND, null, Action.INJECT, null, said, null);
		return new ScenarioEvent(net.engine().now(), said, pings);
	}

	/** What is down at one moment of a scenario. */
	public record Outage(List<Cable> unplugged, List<Adapter> disabled) {

		public static final Outage NONE = new Outage(List.of(), List.of());
	}
}
