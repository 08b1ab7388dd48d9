package io.hvnet.maven;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import io.hvnet.headless.Headless;
import io.hvnet.headless.ScenarioRun;
import io.hvnet.headless.UsageException;

/** Runs every scenario of the topologies; fails the build when an expectation no longer holds. */
@Mojo(name = "test", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class TestMojo extends AbstractHvnetMojo {

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("hvnet: test skipped");
			return;
		}
		List<Path> paths = existingSources();
		if (paths.isEmpty()) {
			getLog().info("hvnet: no topology sources, no scenarios to run");
			return;
		}
		ScenarioRun report;
		try {
			report = new Headless().test(paths, reportDirectory.toPath());
		} catch (UsageException e) {
			throw new MojoExecutionException("hvnet: " + e.getMessage());
		}
		if (!report.modelErrors().isEmpty()) {
			report.modelErrors().forEach(d -> getLog().error(d.toText()));
			throw new MojoFailureException("hvnet: the topologies have errors; scenarios were not run");
		}
		report.text().lines().forEach(line -> {
			if (line.contains("FAIL") || line.startsWith("         ")) {
				getLog().error(line);
			} else {
				getLog().info(line);
			}
		});
		getLog().info("hvnet: JUnit XML in " + reportDirectory);
		if (report.failed() > 0) {
			throw new MojoFailureException(
					String.format("hvnet: %d scenario ping(s) failed their expectations", report.failed()));
		}
	}

}
