package io.hvnet.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.hvnet.dsl.hvnet.Element;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Expectation;
import io.hvnet.dsl.hvnet.FloodedExpectation;
import io.hvnet.dsl.hvnet.HopsExpectation;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.hvnet.PathExpectation;
import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.hvnet.ReachableExpectation;
import io.hvnet.dsl.hvnet.RouteExpectation;
import io.hvnet.dsl.hvnet.Scenario;
import io.hvnet.dsl.hvnet.Step;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Scenarios;

/** Runs the {@code scenario} blocks of a topology and checks every expectation against the simulation. */
public final class ScenarioRunner {

	private final SimulationOptions base;

	public ScenarioRunner() {
		this(SimulationOptions.defaults());
	}

	public ScenarioRunner(SimulationOptions base) {
		this.base = base;
	}

	public List<ScenarioResult> run(Collection<Network> networks) {
		return run(networks, 1);
	}

	/**
	 * Runs the scenarios on {@code jobs} threads at once, each with a simulator of its own. Nothing is shared between
	 * the pings of a scenario without failure or time steps (each starts on a freshly reset network), nor between
	 * scenarios (a timeline starts on one), so those are the runs handed out; the results are the same whatever the
	 * number of jobs, and in the order the scenarios and pings are written.
	 */
	public List<ScenarioResult> run(Collection<Network> networks, int jobs) {
		List<Scenario> scenarios = new ArrayList<>();
		List<Object> runs = new ArrayList<>();
		for (Network network : networks) {
			for (Element element : network.getElements()) {
				if (element instanceof Scenario scenario) {
					scenarios.add(scenario);
					if (Scenarios.isTimeline(scenario)) {
						runs.add(scenario);
					} else {
						runs.addAll(Scenarios.pings(scenario));
					}
				}
			}
		}
		List<Object> done = ParallelRuns.map(networks, runs, jobs, (simulator, run) -> run instanceof Ping ping
				? outcome(ping, simulate(simulator, ping), Timeline.Outage.NONE)
				: run(simulator, (Scenario) run));
		List<ScenarioResult> results = new ArrayList<>();
		int next = 0;
		for (Scenario scenario : scenarios) {
			if (Scenarios.isTimeline(scenario)) {
				results.add((ScenarioResult) done.get(next++));
			} else {
				List<PingOutcome> outcomes = new ArrayList<>();
				for (int i = 0; i < Scenarios.pings(scenario).size(); i++) {
					outcomes.add((PingOutcome) done.get(next++));
				}
				results.add(new ScenarioResult(scenario.getName(), outcomes));
			}
		}
		return results;
	}

	/** One scenario: each ping on a fresh network, or, with failure or time steps, every step on one timeline. */
	public ScenarioResult run(Simulator simulator, Scenario scenario) {
		List<PingOutcome> outcomes = new ArrayList<>();
		if (!Scenarios.isTimeline(scenario)) {
			for (Ping ping : Scenarios.pings(scenario)) {
				outcomes.add(outcome(ping, simulate(simulator, ping), Timeline.Outage.NONE));
			}
			return new ScenarioResult(scenario.getName(), outcomes);
		}
		Timeline timeline = simulator.timeline(base);
		List<ScenarioEvent> events = new ArrayList<>();
		for (Step step : scenario.getSteps()) {
			if (step instanceof Ping ping) {
				outcomes.add(outcome(ping, timeline.ping(ping, false).result(), timeline.outage()));
			} else {
				ScenarioEvent event = timeline.change(step);
				if (event != null) {
					events.add(event);
				}
			}
		}
		return new ScenarioResult(scenario.getName(), outcomes, events);
	}

	/**
	 * A ping of a scenario with failure or time steps, as the scenario runs it: the steps before it replayed on one
	 * timeline, then the ping with its whole trace (which starts with the failure steps just before it).
	 */
	private CapturedPing replay(Simulator simulator, Scenario scenario, Ping target, boolean capture) {
		Timeline timeline = simulator.timeline(base);
		for (Step step : scenario.getSteps()) {
			if (step == target) {
				return timeline.ping(target, capture);
			}
			if (step instanceof Ping ping) {
				timeline.ping(ping, false);
			} else {
				timeline.change(step);
			}
		}
		throw new IllegalArgumentException("the ping is not a step of scenario " + scenario.getName());
	}

	/** The scenario a ping is a step of, when that scenario is one timeline; else null. */
	private static Scenario timelineOf(Ping ping) {
		return ping.eContainer() instanceof Scenario s && Scenarios.isTimeline(s) ? s : null;
	}

	private static PingOutcome outcome(Ping ping, PingResult result, Timeline.Outage outage) {
		int count = Math.max(1, ping.getCount());
		String target = ping.getTo() != null ? Names.stack(ping.getTo()) : ping.getToAddress();
		String description = "ping " + Names.stack(ping.getFrom()) + " -> " + target + (count > 1 ? " count " + count : "")
				+ (ping.isColdRoutes() ? " cold-routes" : "");
		List<ExpectationResult> checked = new ArrayList<>();
		for (Expectation e : ping.getExpectations()) {
			checked.add(check(e, result));
		}
		return new PingOutcome(ping, description, result.withoutEvents(), checked, outage);
	}

	/**
	 * One {@code ping} of a scenario as this runner simulates it, with its whole trace (a run's outcomes keep only
	 * the paths): what a view showing a ping hop by hop needs.
	 */
	public PingResult simulate(Simulator simulator, Ping ping) {
		Scenario timeline = timelineOf(ping);
		if (timeline != null) {
			return replay(simulator, timeline, ping, false).result();
		}
		int count = Math.max(1, ping.getCount());
		return ping.getTo() != null ? simulator.ping(ping.getFrom(), ping.getTo(), count, optionsOf(ping))
				: simulator.ping(ping.getFrom(), ping.getToAddress(), count, optionsOf(ping));
	}

	/** {@link #simulate}, and every frame the ping put on every link (a view's "Export Capture"). */
	public CapturedPing capture(Simulator simulator, Ping ping) {
		Scenario timeline = timelineOf(ping);
		if (timeline != null) {
			return replay(simulator, timeline, ping, true);
		}
		int count = Math.max(1, ping.getCount());
		return ping.getTo() != null ? simulator.pingCapturing(ping.getFrom(), ping.getTo(), count, optionsOf(ping))
				: simulator.pingCapturing(ping.getFrom(), ping.getToAddress(), count, optionsOf(ping));
	}

	private SimulationOptions optionsOf(Ping ping) {
		return base.withColdRoutes(ping.isColdRoutes());
	}

	private static ExpectationResult check(Expectation e, PingResult result) {
		return switch (e) {
		case ReachableExpectation r -> reachable(r, result);
		case PathExpectation p -> path(p, result);
		case RouteExpectation r -> route(r, result);
		case HopsExpectation h -> hops(h, result);
		case FloodedExpectation f -> flooded(f, result);
		default -> new ExpectationResult(e, "unknown expectation", false, "not supported");
		};
	}

	private static ExpectationResult reachable(ReachableExpectation r, PingResult result) {
		boolean expected = r.isReachable();
		String because = r.getBecause();
		String description = expected ? "expect reachable"
				: "expect unreachable" + (because == null ? "" : " because \"" + because + "\"");
		if (result.reachable() == expected) {
			if (because != null && (result.reason() == null || !result.reason().contains(because))) {
				return new ExpectationResult(r, description, false,
						"the target was unreachable, but the diagnosis is: " + result.reason());
			}
			return new ExpectationResult(r, description, true, null);
		}
		String message = expected
				? "the target was not reached: " + result.reason() + " (" + result.received() + " of " + result.sent()
						+ " echo requests answered)"
				: "the target answered " + result.received() + " of " + result.sent() + " echo requests; request 1 went "
						+ Hop.arrows(result.pings().isEmpty() ? List.of() : result.pings().get(0).request());
		return new ExpectationResult(r, description, false, message);
	}

	private static ExpectationResult path(PathExpectation p, PingResult result) {
		List<String> via = p.getVia().stream().map(ScenarioRunner::nodeName).toList();
		String description = "expect " + (p.getRequest() > 0 ? "request " + p.getRequest() + " " : "") + "path via "
				+ String.join(", ", via);
		List<PingRecord> checked = p.getRequest() > 0
				? result.pings().stream().filter(r -> r.seq() == p.getRequest()).toList()
				: result.pings();
		if (checked.isEmpty()) {
			return new ExpectationResult(p, description, false, "there is no echo request " + p.getRequest());
		}
		for (PingRecord record : checked) {
			if (!containsInOrder(record.request(), via)) {
				String went = record.request().isEmpty() ? "never reached the target (" + result.reason() + ")"
						: "went " + Hop.arrows(record.request());
				return new ExpectationResult(p, description, false,
						"expected path via " + String.join(", ", via) + " but request " + record.seq() + " " + went);
			}
		}
		return new ExpectationResult(p, description, true, null);
	}

	/** The layer-3 hops of echo request 1 (the routers and forwarding stacks it passed) against the expected ones. */
	private static ExpectationResult route(RouteExpectation r, PingResult result) {
		List<String> via = r.getVia().stream().map(Names::stack).toList();
		String description = "expect route " + (r.isDirect() ? "direct" : "via " + String.join(", ", via));
		if (result.pings().isEmpty() || result.pings().get(0).request().isEmpty()) {
			return new ExpectationResult(r, description, false,
					"request 1 never reached the target (" + result.reason() + ")");
		}
		List<String> went = Hop.layer3(result.pings().get(0).request());
		if (!went.equals(via)) {
			return new ExpectationResult(r, description, false, "request 1 was routed "
					+ (went.isEmpty() ? "directly (no router)" : "via " + String.join(", ", went)));
		}
		return new ExpectationResult(r, description, true, null);
	}

	private static ExpectationResult hops(HopsExpectation h, PingResult result) {
		String description = "expect hops " + h.getHops();
		for (PingRecord record : result.pings()) {
			int hops = Math.max(0, record.request().size() - 1);
			if (hops != h.getHops()) {
				return new ExpectationResult(h, description, false, "request " + record.seq() + " took " + hops
						+ " hops: " + Hop.arrows(record.request()));
			}
		}
		return new ExpectationResult(h, description, !result.pings().isEmpty(), result.pings().isEmpty()
				? "no echo request was sent: " + result.reason()
				: null);
	}

	private static ExpectationResult flooded(FloodedExpectation f, PingResult result) {
		String at = nodeName(f.getAt());
		String description = "expect " + (f.isNot() ? "not " : "") + "flooded at " + at;
		long floods = result.events().stream().filter(ev -> ev.action() == Action.FLOOD && ev.node().equals(at)).count();
		boolean passed = f.isNot() ? floods == 0 : floods > 0;
		String message = passed ? null
				: f.isNot() ? at + " flooded " + floods + " frame(s)"
						: at + " flooded nothing: every frame it saw went to a learnt port, or none reached it";
		return new ExpectationResult(f, description, passed, message);
	}

	private static boolean containsInOrder(List<Hop> path, List<String> via) {
		int i = 0;
		for (Hop hop : path) {
			if (i < via.size() && hop.node().equals(via.get(i))) {
				i++;
			}
		}
		return i == via.size();
	}

	private static String nodeName(NetworkNode node) {
		return node instanceof Endpoint endpoint ? Names.stack(endpoint) : Names.of(node);
	}

}
