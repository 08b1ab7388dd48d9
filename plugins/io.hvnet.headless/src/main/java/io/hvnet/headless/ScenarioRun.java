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
import io.hvnet.sim.ScenarioResult;
import io.hvnet.sim.ScenarioRunner;

/** The scenarios of a set of files, run once; reported as text and as JUnit XML (one test case per ping). */
public final class ScenarioRun {

	/** One ping of one scenario, with the file it is written in. */
	record Case(Path file, String scenario, PingOutcome outcome) {
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
		for (ScenarioResult scenario : new ScenarioRunner().run(topology.networks())) {
			for (PingOutcome outcome : scenario.pings()) {
				Path file = fileOf.get(outcome.ping().eResource());
				run.casesByFile.get(file).add(new Case(file, scenario.scenario(), outcome));
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
