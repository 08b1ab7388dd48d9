package io.hvnet.diagram.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;

/**
 * The text's diagnostics (syntax, links, validation: the same the editor and the CLI report) shown on the diagram
 * element they concern, or on its nearest drawn container.
 */
public class DiagnosticMarkers implements ModelValidator {

	@Inject
	private HvNetModelState state;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		List<Marker> markers = new ArrayList<>();
		if (state.source() == null || state.elements() == null) {
			return markers;
		}
		for (Issue issue : state.source().issues()) {
			String id = elementIdOf(issue);
			if (id != null) {
				markers.add(new Marker(label(issue), issue.getMessage() + " (line " + issue.getLineNumber() + ")", id,
						kind(issue)));
			}
		}
		return markers;
	}

	private String elementIdOf(Issue issue) {
		if (issue.getUriToProblem() == null) {
			return null;
		}
		EObject e = state.source().resource().getEObject(issue.getUriToProblem().fragment());
		return e == null ? null : state.elements().drawnIdOf(e);
	}

	private static String label(Issue issue) {
		return issue.getCode() == null ? "hvnet" : issue.getCode().replaceFirst("^.*\\.", "");
	}

	private static String kind(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> MarkerKind.ERROR;
		case WARNING -> MarkerKind.WARNING;
		default -> MarkerKind.INFO;
		};
	}
}
