package io.hvnet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.headless.Output;
import io.hvnet.sim.reach.ReachGroups;
import io.hvnet.sim.reach.ReachGroups.Between;
import io.hvnet.sim.reach.ReachGroups.Failure;
import io.hvnet.sim.reach.ReachGroups.Group;
import io.hvnet.sim.reach.Reachability;

/** `reach`: the groups, what each reaches and why the failing pairs fail, as text or as a JSON object. */
final class ReachReport {

	/** A group line names this many endpoints; JSON names them all. */
	private static final int NAMES_SHOWN = 30;

	private ReachReport() {
	}

	static String text(String file, Reachability reach, ReachGroups groups, double seconds) {
		return Output.lines(w -> {
			disagreements(w, reach);
			w.printf("reach %s: %s in %s; %s: %d reachable, %d unreachable%n", file,
					counted(reach.endpoints().size(), "endpoint"), counted(groups.groups().size(), "group"),
					counted(groups.pairs(), "pair"), groups.reachable(), groups.pairs() - groups.reachable());
			w.printf("analysed in %.2f s (%s of endpoint, %s); %s, %s%n%n", seconds,
					counted(reach.classes().count(), "kind"), counted(reach.classes().segments(), "layer-2 segment"),
					counted(reach.simulations(), "ping") + " simulated",
					reach.disagreements().isEmpty() ? "all agree with the analysis"
							: reach.disagreements().size() + " disagree with it");
			for (Group g : groups.groups()) {
				w.printf("group %d (%s): %s%s%n", g.number(), g.label(), names(g.endpoints()),
						g.inside() == null ? "" : "; they reach none of each other: " + g.inside().reason());
			}
			w.println();
			for (Group g : groups.groups()) {
				List<String> reached = new ArrayList<>();
				for (Between b : groups.between()) {
					if (b.from() == g && b.failures().isEmpty()) {
						reached.add(b.to() == g ? "itself" : "group " + b.to().number());
					}
				}
				if (!reached.isEmpty()) {
					w.printf("group %d reaches %s%n", g.number(), String.join(", ", reached));
				}
				for (Between b : groups.between()) {
					// a group whose members reach none of each other said why on its own line
					if (b.from() == g && !b.failures().isEmpty() && (b.to() != g || g.inside() == null)) {
						w.printf("group %d -> group %d: %s%n", g.number(), b.to().number(), b.reachable() == 0
								? "unreachable (" + counted(b.pairs(), "pair") + ")"
								: b.reachable() + " of " + b.pairs() + " pairs reachable");
						for (Failure f : b.failures()) {
							w.printf("  %s -> %s%s: %s%n", Reachability.name(f.example().from()),
									Reachability.name(f.example().to()),
									f.pairs() == 1 ? "" : " (and " + counted(f.pairs() - 1, "more pair") + " alike)",
									f.example().reason());
						}
					}
				}
			}
			disagreements(w, reach);
		});
	}

	private static void disagreements(PrintWriter w, Reachability reach) {
		for (Reachability.Disagreement d : reach.disagreements()) {
			w.printf("DISAGREEMENT (a bug in hvnet reach): %s -> %s: the analysis says %s, the simulator %s%n",
					Reachability.name(d.from()), Reachability.name(d.to()), verdict(d.analysed(), d.analysedReason()),
					verdict(d.simulated(), d.simulatedReason()));
		}
	}

	private static String counted(long n, String word) {
		return n + " " + word + (n == 1 ? "" : "s");
	}

	private static String verdict(boolean reachable, String reason) {
		return reachable ? "reachable" : "unreachable (" + reason + ")";
	}

	private static String names(List<Endpoint> endpoints) {
		List<String> names = endpoints.stream().limit(NAMES_SHOWN).map(Reachability::name).toList();
		String more = endpoints.size() > NAMES_SHOWN ? ", … and " + (endpoints.size() - NAMES_SHOWN) + " more" : "";
		return String.join(", ", names) + more;
	}

	static Map<String, Object> json(String file, Reachability reach, ReachGroups groups) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", file);
		json.put("endpoints", reach.endpoints().size());
		json.put("pairs", groups.pairs());
		json.put("reachable", groups.reachable());
		json.put("unreachable", groups.pairs() - groups.reachable());
		json.put("kinds", reach.classes().count());
		json.put("segments", reach.classes().segments());
		json.put("simulated", reach.simulations());
		json.put("groups", groups.groups().stream().map(g -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("group", g.number());
			m.put("label", g.label());
			m.put("endpoints", g.endpoints().stream().map(Reachability::name).toList());
			m.put("reachEachOther", g.inside() == null);
			m.put("reason", g.inside() == null ? null : g.inside().reason());
			return m;
		}).toList());
		json.put("between", groups.between().stream().map(b -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("from", b.from().number());
			m.put("to", b.to().number());
			m.put("pairs", b.pairs());
			m.put("reachable", b.reachable());
			m.put("failures", b.failures().stream().map(f -> {
				Map<String, Object> fm = new LinkedHashMap<>();
				fm.put("pairs", f.pairs());
				fm.put("from", Reachability.name(f.example().from()));
				fm.put("to", Reachability.name(f.example().to()));
				fm.put("reason", f.example().reason());
				fm.put("simulated", f.example().simulated());
				return fm;
			}).toList());
			return m;
		}).toList());
		json.put("disagreements", reach.disagreements().stream().map(d -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("from", Reachability.name(d.from()));
			m.put("to", Reachability.name(d.to()));
			m.put("analysis", d.analysed());
			m.put("analysisReason", d.analysedReason());
			m.put("simulation", d.simulated());
			m.put("simulationReason", d.simulatedReason());
			return m;
		}).toList());
		return json;
	}
}
