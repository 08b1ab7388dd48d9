package io.hvnet.diagram.source;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import io.hvnet.dsl.hvnet.Network;

/** One parse of a diagram document: the model the diagram is drawn from and the diagnostics of that text. */
public record SourceModel(String text, XtextResource resource, List<Issue> issues) {

	public Network network() {
		return resource.getContents().isEmpty() ? null : (Network) resource.getContents().get(0);
	}

	public List<Issue> errors() {
		return issues.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
	}
}
