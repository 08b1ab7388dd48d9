package io.hvnet.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** What both goals share: where the topologies are and where reports go. */
abstract class AbstractHvnetMojo extends AbstractMojo {

	/** Files or directories (searched recursively for *.hvnet). */
	@Parameter(property = "hvnet.sources", defaultValue = "${project.basedir}/src/main/hvnet")
	protected List<File> sources;

	/** Reports (SARIF, JUnit XML) are written here. */
	@Parameter(property = "hvnet.reports", defaultValue = "${project.build.directory}/hvnet-reports")
	protected File reportDirectory;

	/** Skips the goal. */
	@Parameter(property = "hvnet.skip", defaultValue = "false")
	protected boolean skip;

	protected List<Path> existingSources() {
		List<Path> result = new ArrayList<>();
		for (File f : sources) {
			if (f.exists()) {
				result.add(f.toPath());
			} else {
				getLog().warn("hvnet: source " + f + " does not exist");
			}
		}
		return result;
	}
}
