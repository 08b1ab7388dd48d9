package io.hvnet.headless;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.sim.ExpectationResult;
import io.hvnet.sim.PingOutcome;
import io.hvnet.sim.ScenarioEvent;
import io.hvnet.sim.ScenarioResult;
import io.hvnet.sim.ScenarioRunner;

/** The scenarios of a set of files, run once; reported as text and as JUnit XML (one test case per ping). */
public final class ScenarioRun {

	/**
	 * One ping of one scenario, with the file it is written in and the scenario's failure or time steps just before
	 * it.
	 */
	record Case(Path file, String scenario, PingOutcome outcome, List<ScenarioEvent> before) {
		boolean passed() {
			return outcome.expectations().stream().allMatch(ExpectationResult::passed);
		}
	}

	private final List<Diagnostic> modelErrors;
	private final Map<Path, List<Case>> casesByFile = new LinkedHashMap<>();

	private ScenarioRun(List<Diagnostic> modelErrors) {
		this.modelErrors = modelErrors;
	}

	public static ScenarioRun of(HvNetLoader loader, List<Path> paths) throws UsageException {
		return of(loader, paths, 1);
	}

	/** The scenarios run {@code jobs} at a time (the results and their order do not depend on it). */
	public static ScenarioRun of(HvNetLoader loader, List<Path> paths, int jobs) throws UsageException {
		LoadedTopology topology = LoadedTopology.load(loader, paths);
		List<Diagnostic> errors = topology.diagnostics().stream()
				.filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
		ScenarioRun run = new ScenarioRun(errors);
		if (!errors.isEmpty()) {
			return run;
		}
		Map<Resource, Path> fileOf = new LinkedHashMap<>();
		topology.files().forEach(f -> {
			fileOf.put(f.resource(), f.path());
			run.casesByFile.put(f.path(), new ArrayList<>());
		});
		for (ScenarioResult scenario : new ScenarioRunner().run(topology.networks(), jobs)) {
			for (int i = 0; i < scenario.pings().size(); i++) {
				PingOutcome outcome = scenario.pings().get(i);
				int ping = i;
				Path file = fileOf.get(outcome.ping().eResource());
				run.casesByFile.get(file).add(new Case(file, scenario.scenario(), outcome,
						scenario.events().stream().filter(e -> e.afterPings() == ping).toList()));
			}
		}
		return run;
	}

	public List<Diagnostic> modelErrors() {
		return modelErrors;
	}

	public long passed() {
		return casesByFile.values().stream().flatMap(List::stream).filter(Case::passed).count();
	}

	public long failed() {
		return casesByFile.values().stream().flatMap(List::stream).filter(c -> !c.passed()).count();
	}

	public String text() {
		return Output.lines(w -> {
			casesByFile.forEach((file, cases) -> {
				if (cases.isEmpty()) {
					return;
				}
				w.println(file);
				String scenario = null;
				for (Case c : cases) {
					if (!c.scenario().equals(scenario)) {
						scenario = c.scenario();
						w.printf("  scenario \"%s\"%n", scenario);
					}
					for (ScenarioEvent e : c.before()) {
						w.printf("    %s%n", e.describe());
					}
					w.printf("    %s %s%n", c.passed() ? "PASS" : "FAIL", c.outcome().description());
					for (ExpectationResult e : c.outcome().expectations()) {
						if (!e.passed()) {
							w.printf("         %s: %s%n", e.description(), e.message());
						}
					}
				}
			});
			w.printf("%d passed, %d failed%n", passed(), failed());
		});
	}

	public void writeJUnit(Path dir) throws UsageException {
		for (Map.Entry<Path, List<Case>> entry : casesByFile.entrySet()) {
			JUnitXmlReport.write(dir, entry.getKey(), entry.getValue());
		}
	}
}
