package io.hvnet.sim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.sim.PingOutcome;
import io.hvnet.sim.ScenarioResult;
import io.hvnet.sim.ScenarioRunner;
import io.hvnet.sim.Simulator;
import io.hvnet.ui.HvNetUiPlugin;
import io.hvnet.ui.validation.ProjectResources;
import io.hvnet.ui.validation.ProjectValidation;

/**
 * The scenarios of one .hvnet file, simulated over its project's topology (the editor's text standing in for the
 * file), or why they could not run. Keeps the simulator so that a ping can be traced hop by hop afterwards.
 */
record ScenarioRun(IFile file, List<ScenarioResult> scenarios, ScenarioRunner runner, Simulator simulator,
		String problem) {

	static ScenarioRun of(IFile file, String text) {
		try {
			Map<IFile, XtextResource> resources = new ProjectResources(HvNetUiPlugin.getDefault().getInjector())
					.load(file.getProject(), Map.of(file, text));
			String errors = firstError(resources);
			if (errors != null) {
				return failed(file, errors);
			}
			List<Network> networks = new ArrayList<>();
			for (XtextResource r : resources.values()) {
				if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Network n) {
					networks.add(n);
				}
			}
			ScenarioRunner runner = new ScenarioRunner();
			Resource own = resources.get(file);
			List<ScenarioResult> mine = new ArrayList<>();
			for (ScenarioResult s : runner.run(networks)) {
				List<PingOutcome> pings = s.pings().stream().filter(p -> p.ping().eResource() == own).toList();
				if (!pings.isEmpty()) {
					mine.add(new ScenarioResult(s.scenario(), pings));
				}
			}
			if (mine.isEmpty()) {
				return failed(file, file.getName() + " has no scenario: add one, e.g. scenario \"check\" { ping A -> B expect reachable }");
			}
			return new ScenarioRun(file, mine, runner, Simulator.of(networks), null);
		} catch (CoreException e) {
			return failed(file, e.getMessage());
		}
	}

	private static ScenarioRun failed(IFile file, String problem) {
		return new ScenarioRun(file, List.of(), null, null, problem);
	}

	/** The first error of the project's files, with file and line, or null: a broken model simulates nothing. */
	private static String firstError(Map<IFile, XtextResource> resources) {
		Map<IFile, List<Issue>> validated = new ProjectValidation(HvNetUiPlugin.getDefault().getInjector())
				.validate(resources, CancelIndicator.NullImpl);
		int count = 0;
		String first = null;
		for (Map.Entry<IFile, List<Issue>> e : validated.entrySet()) {
			for (Issue i : e.getValue()) {
				if (i.getSeverity() == Severity.ERROR) {
					count++;
					if (first == null) {
						first = e.getKey().getName() + ":" + i.getLineNumber() + ":" + i.getColumn() + ": " + i.getMessage();
					}
				}
			}
		}
		return first == null ? null
				: "The topology has " + count + (count == 1 ? " error" : " errors") + "; fix " + (count == 1 ? "it" : "them")
						+ " to simulate. " + first;
	}
}
