package io.hvnet.sim.reach;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.sim.reach.Reachability.Answer;

/**
 * The endpoints of a topology in groups, and what each group reaches: the report {@code hvnet reach} prints. A group
 * is a set of endpoint classes whose members all reach each other both ways, or one class whose members reach none
 * of each other (its {@link Group#inside} says why). Between two groups, every pair of classes has one
 * {@link Answer}; the pairs that fail are listed per pair of classes with one example pair and its diagnosis.
 * {@code from} and {@code to} narrow the pairs counted (the groups still hold every endpoint).
 */
public record ReachGroups(List<Group> groups, List<Between> between, long pairs, long reachable) {

	/** Endpoints that all reach each other ({@code inside} null), or that reach none of each other. */
	public record Group(int number, String label, List<Endpoint> endpoints, Answer inside) {
	}

	/** Ping pairs from one group to another (or inside a group), how many are answered, and the failing ones. */
	public record Between(Group from, Group to, long pairs, long reachable, List<Failure> failures) {
	}

	/** {@code pairs} pairs that fail alike, as {@code example} (a simulated or analysed answer) shows. */
	public record Failure(long pairs, Answer example) {
	}

	static ReachGroups of(Reachability reach, Predicate<Endpoint> from, Predicate<Endpoint> to) {
		EndpointClasses classes = reach.classes();
		List<List<Integer>> grouped = new ArrayList<>();
		List<Answer> insides = new ArrayList<>();
		for (int c = 0; c < classes.count(); c++) {
			List<Endpoint> m = classes.members(c);
			Answer inside = m.size() < 2 ? null : reach.answer(m.get(0), m.get(1));
			if (inside != null && !inside.reachable()) {
				grouped.add(new ArrayList<>(List.of(c)));
				insides.add(inside);
				continue;
			}
			List<Integer> home = null;
			for (int g = 0; g < grouped.size() && home == null; g++) {
				if (insides.get(g) == null && mutual(reach, classes, grouped.get(g), c)) {
					home = grouped.get(g);
				}
			}
			if (home == null) {
				grouped.add(new ArrayList<>(List.of(c)));
				insides.add(null);
			} else {
				home.add(c);
			}
		}
		Map<Endpoint, Integer> order = new IdentityHashMap<>();
		classes.endpoints().forEach(e -> order.put(e, order.size()));
		List<Group> groups = new ArrayList<>();
		for (int g = 0; g < grouped.size(); g++) {
			List<Endpoint> endpoints = new ArrayList<>();
			grouped.get(g).forEach(c -> endpoints.addAll(classes.members(c)));
			endpoints.sort(Comparator.comparingInt(order::get));
			groups.add(new Group(g + 1, reach.label(endpoints), endpoints, insides.get(g)));
		}
		List<Between> between = new ArrayList<>();
		long pairs = 0;
		long reachable = 0;
		for (int a = 0; a < groups.size(); a++) {
			for (int b = 0; b < groups.size(); b++) {
				Between link = between(reach, classes, groups.get(a), grouped.get(a), groups.get(b), grouped.get(b),
						from, to);
				if (link.pairs() > 0) {
					between.add(link);
					pairs += link.pairs();
					reachable += link.reachable();
				}
			}
		}
		return new ReachGroups(groups, between, pairs, reachable);
	}

	/** Whether class {@code c} and every class of {@code group} reach each other both ways. */
	private static boolean mutual(Reachability reach, EndpointClasses classes, List<Integer> group, int c) {
		Endpoint e = classes.members(c).get(0);
		for (int d : group) {
			Endpoint f = classes.members(d).get(0);
			if (!reach.answer(e, f).reachable() || !reach.answer(f, e).reachable()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The pairs from group {@code a} to group {@code b} that the filters accept; the first pair of classes is
	 * confirmed by simulation, and so is each failing one (the simulator's diagnosis can name the port).
	 */
	private static Between between(Reachability reach, EndpointClasses classes, Group a, List<Integer> aClasses,
			Group b, List<Integer> bClasses, Predicate<Endpoint> from, Predicate<Endpoint> to) {
		long pairs = 0;
		long reachable = 0;
		List<Failure> failures = new ArrayList<>();
		boolean confirmed = false;
		for (int c : aClasses) {
			List<Endpoint> senders = classes.members(c).stream().filter(from).toList();
			if (senders.isEmpty()) {
				continue;
			}
			for (int d : bClasses) {
				List<Endpoint> receivers = classes.members(d).stream().filter(to).toList();
				long n = (long) senders.size() * receivers.size();
				Endpoint sender = senders.get(0);
				Endpoint receiver = receivers.stream().filter(r -> r != sender).findFirst().orElse(null);
				if (c == d) {
					Set<Endpoint> sending = Collections.newSetFromMap(new IdentityHashMap<>());
					sending.addAll(senders);
					n -= receivers.stream().filter(sending::contains).count();
				}
				if (n <= 0 || receiver == null) {
					continue;
				}
				Answer answer = reach.answer(sender, receiver);
				if (!confirmed || !answer.reachable()) {
					answer = reach.confirm(sender, receiver);
					confirmed = true;
				}
				pairs += n;
				if (answer.reachable()) {
					reachable += n;
				} else {
					failures.add(new Failure(n, answer));
				}
			}
		}
		return new Between(a, b, pairs, reachable, failures);
	}
}
