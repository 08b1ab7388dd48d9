package io.hvnet.dsl.model;

import java.util.List;

import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.hvnet.Scenario;
import io.hvnet.dsl.hvnet.Step;

/** What a scenario's steps are: its pings, and whether it is one timeline (it changes the network or lets time pass). */
public final class Scenarios {

	private Scenarios() {
	}

	/** The scenario's pings, in order (its other steps left out). */
	public static List<Ping> pings(Scenario scenario) {
		return scenario.getSteps().stream().filter(Ping.class::isInstance).map(Ping.class::cast).toList();
	}

	/**
	 * Whether the scenario has a step other than a ping: then its pings run one after the other on one network that
	 * keeps what it learnt, instead of each on a freshly booted one.
	 */
	public static boolean isTimeline(Scenario scenario) {
		for (Step step : scenario.getSteps()) {
			if (!(step instanceof Ping)) {
				return true;
			}
		}
		return false;
	}
}
