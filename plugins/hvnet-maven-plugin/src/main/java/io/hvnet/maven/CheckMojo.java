package io.hvnet.maven;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.hvnet.headless.Diagnostic;
import io.hvnet.headless.Headless;
import io.hvnet.headless.ShownDiagnostics;
import io.hvnet.headless.UsageException;

/** Validates .hvnet topologies; fails the build on errors (and on warnings with failOnWarning). */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractHvnetMojo {

	/** Treat warnings as errors. */
	@Parameter(property = "hvnet.failOnWarning", defaultValue = "false")
	private boolean failOnWarning;

	/** Log at most this many problems, errors first (0 = all); the SARIF report always holds every one. */
	@Parameter(property = "hvnet.maxProblems", defaultValue = "1000")
	private int maxProblems;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("hvnet: check skipped");
			return;
		}
		List<Path> paths = existingSources();
		if (paths.isEmpty()) {
			getLog().info("hvnet: no topology sources, nothing to check");
			return;
		}
		Headless.CheckReport report;
		try {
			report = new Headless().check(paths);
			report.writeSarif(reportDirectory.toPath().resolve("hvnet-check.sarif"));
		} catch (UsageException e) {
			throw new MojoExecutionException("hvnet: " + e.getMessage());
		}
		ShownDiagnostics shown = ShownDiagnostics.of(report.diagnostics(), Math.max(0, maxProblems));
		for (Diagnostic d : shown.shown()) {
			switch (d.severity()) {
			case ERROR -> getLog().error(d.toText());
			case WARNING -> getLog().warn(d.toText());
			default -> getLog().info(d.toText());
			}
		}
		if (shown.notice() != null) {
			getLog().warn(shown.notice().replace("--max-problems 0", "maxProblems 0"));
		}
		getLog().info(String.format("hvnet: %d file(s) checked: %d error(s), %d warning(s); SARIF in %s", report.files(),
				report.errors(), report.warnings(), reportDirectory));
		if (report.errors() > 0 || (failOnWarning && report.warnings() > 0)) {
			throw new MojoFailureException(String.format("hvnet: %d error(s), %d warning(s) in the topologies",
					report.errors(), report.warnings()));
		}
	}
}
