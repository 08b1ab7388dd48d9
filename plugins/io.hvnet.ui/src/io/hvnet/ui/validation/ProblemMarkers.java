package io.hvnet.ui.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.validation.Issue;

/** Turns validation issues into problem markers (Problems view, editor rulers and squiggles). */
public final class ProblemMarkers {

	public static final String TYPE = "io.hvnet.ui.problem";

	private ProblemMarkers() {
	}

	public static void replace(Map<IFile, List<Issue>> issues) throws CoreException {
		for (Map.Entry<IFile, List<Issue>> e : issues.entrySet()) {
			IFile file = e.getKey();
			if (!file.exists()) {
				continue;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Issue issue : e.getValue()) {
				IMarker marker = file.createMarker(TYPE);
				marker.setAttribute(IMarker.MESSAGE, code(issue) + ": " + issue.getMessage());
				marker.setAttribute(IMarker.SEVERITY, switch (issue.getSeverity()) {
				case ERROR -> IMarker.SEVERITY_ERROR;
				case WARNING -> IMarker.SEVERITY_WARNING;
				default -> IMarker.SEVERITY_INFO;
				});
				if (issue.getLineNumber() != null) {
					marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber());
				}
				if (issue.getOffset() != null && issue.getLength() != null) {
					marker.setAttribute(IMarker.CHAR_START, issue.getOffset());
					marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + Math.max(1, issue.getLength()));
				}
				marker.setAttribute("code", code(issue));
			}
		}
	}

	/** The code users see: the validator's HVNnnn, HVN900 for syntax and HVN901 for unresolved names. */
	static String code(Issue issue) {
		String code = issue.getCode();
		if (code != null && code.matches("HVN\\d{3}")) {
			return code;
		}
		if (org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
			return "HVN900";
		}
		if (org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return "HVN901";
		}
		return "HVN999";
	}
}
