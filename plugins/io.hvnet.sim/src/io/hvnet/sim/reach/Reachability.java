package io.hvnet.sim.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.Names;
import io.hvnet.sim.Diagnosis;
import io.hvnet.sim.PingAnalysis;
import io.hvnet.sim.PingAnalysis.Outcome;
import io.hvnet.sim.PingAnalysis.Verdict;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.net.IpInterface;
import io.hvnet.sim.net.IpStack;

/**
 * Which endpoints reach which by ping (Batfish-style questions about a whole topology), without simulating every
 * pair. Endpoints whose stacks look alike to every ping ({@link EndpointClasses}: the same layer-2 segments, the same
 * kind of addresses, routes and interface settings) fail or succeed alike, so one pair per pair of classes is
 * analysed ({@link PingAnalysis}) and its verdict stands for all. Pairs the analysis cannot be sure of are
 * simulated, and a sample of the others too ({@link #confirm}): a disagreement is a bug, reported with both answers.
 */
public final class Reachability {

	/** A pair of endpoints standing for a pair of classes, and what a ping between them does. */
	public record Answer(Endpoint from, Endpoint to, boolean reachable, String reason, boolean simulated) {
	}

	/** A pair whose analysed and simulated verdicts differ. */
	public record Disagreement(Endpoint from, Endpoint to, boolean analysed, String analysedReason, boolean simulated,
			String simulatedReason) {
	}

	private final List<Network> networks;
	private final SimulationOptions options;
	private final PingAnalysis analysis;
	private final EndpointClasses classes;
	private final Map<Long, Answer> answers = new HashMap<>();
	private final List<Disagreement> disagreements = new ArrayList<>();
	private Simulator simulator;
	private int simulations;
	private int confirmations;
	private int confirmLimit = 30;

	private Reachability(List<Network> networks, SimulationOptions options) {
		this.networks = networks;
		this.options = options;
		this.analysis = PingAnalysis.of(networks, options);
		this.classes = new EndpointClasses(analysis);
	}

	public static Reachability of(List<Network> networks, SimulationOptions options) {
		return new Reachability(List.copyOf(networks), options);
	}

	/** Every endpoint a ping can start from or go to, in model order. */
	public List<Endpoint> endpoints() {
		return classes.endpoints();
	}

	public EndpointClasses classes() {
		return classes;
	}

	/** How many pings were simulated so far (uncertain pairs, confirmations). */
	public int simulations() {
		return simulations;
	}

	public List<Disagreement> disagreements() {
		return disagreements;
	}

	/** The answer for the pair from {@code from}'s class to {@code to}'s class ({@code from} != {@code to}). */
	public Answer answer(Endpoint from, Endpoint to) {
		long key = key(from, to);
		Answer known = answers.get(key);
		if (known == null) {
			Outcome outcome = analysis.ping(from, to);
			known = outcome.verdict() == Verdict.UNSURE ? simulated(from, to)
					: new Answer(from, to, outcome.verdict() == Verdict.REACHABLE, outcome.reason(), false);
			answers.put(key, known);
		}
		return known;
	}

	/** Whether a ping from {@code from} to {@code to} is answered. */
	public boolean reaches(Endpoint from, Endpoint to) {
		return answer(from, to).reachable();
	}

	/**
	 * Simulates the pair that stands for {@code from}'s and {@code to}'s classes: a disagreement with the analysis is
	 * kept; on a failure the simulator's diagnosis (which can name the port a request was dropped at) replaces the
	 * analysed one. Returns the answer that now stands.
	 */
	public Answer confirm(Endpoint from, Endpoint to) {
		Answer analysed = answer(from, to);
		if (analysed.simulated() && analysed.from() == from && analysed.to() == to
				|| confirmations >= confirmLimit) {
			return analysed;
		}
		confirmations++;
		Answer simulatedAnswer = simulated(from, to);
		if (simulatedAnswer.reachable() != analysed.reachable()) {
			disagreements.add(new Disagreement(from, to, analysed.reachable(), analysed.reason(),
					simulatedAnswer.reachable(), simulatedAnswer.reason()));
		}
		answers.put(key(from, to), simulatedAnswer);
		return simulatedAnswer;
	}

	/** At most {@code limit} pairs are simulated to confirm the analysis (uncertain pairs always are). */
	public Reachability confirmingAtMost(int limit) {
		this.confirmLimit = limit;
		return this;
	}

	private long key(Endpoint from, Endpoint to) {
		return ((long) classes.classOf(from) << 32) | classes.classOf(to);
	}

	private Answer simulated(Endpoint from, Endpoint to) {
		if (simulator == null) {
			simulator = Simulator.of(networks);
		}
		simulations++;
		PingResult result = simulator.ping(from, to, 1, options);
		return new Answer(from, to, result.reachable(), result.reason(), true);
	}

	/**
	 * The groups of endpoints among those {@code from} and {@code to} accept: endpoints that all reach each other, and
	 * classes whose members reach none of each other, each with what it reaches.
	 */
	public ReachGroups groups(Predicate<Endpoint> from, Predicate<Endpoint> to) {
		return ReachGroups.of(this, from, to);
	}

	/** The words a group's title uses: its VLANs and subnets, as the diagnosis names them. */
	String label(List<Endpoint> members) {
		LinkedHashMap<String, Boolean> vlans = new LinkedHashMap<>();
		LinkedHashMap<String, Boolean> subnets = new LinkedHashMap<>();
		for (Endpoint e : members) {
			IpStack stack = analysis.network().stackOf(e);
			if (stack == null) {
				continue;
			}
			for (IpInterface i : stack.interfaces()) {
				vlans.put(Diagnosis.vlanWords(i), true);
				i.model().addresses().forEach(a -> subnets.put(
						Addresses.format(a.network()) + "/" + a.prefixLength(), true));
			}
			if (vlans.size() > 3 && subnets.size() > 3) {
				break;
			}
		}
		if (subnets.isEmpty()) {
			return "no IPv4 address";
		}
		return few(List.copyOf(vlans.keySet())) + ", " + few(List.copyOf(subnets.keySet()));
	}

	private static String few(List<String> words) {
		return words.size() <= 3 ? String.join(", ", words) : String.join(", ", words.subList(0, 3)) + ", …";
	}

	/** A name for the report: the one {@code simulate} and scenarios take. */
	public static String name(Endpoint e) {
		return Names.stack(e);
	}
}
