package io.hvnet.ui.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.validation.Issue;

import io.hvnet.dsl.validation.IssueCodes;

/** Turns validation issues into problem markers (Problems view, editor rulers and squiggles). */
public final class ProblemMarkers {

	public static final String TYPE = "io.hvnet.ui.problem";

	private ProblemMarkers() {
	}

	public static void replace(Map<IFile, List<Issue>> issues) throws CoreException {
		// one workspace operation: the Problems view and the editors see the new markers in one change
		ResourcesPlugin.getWorkspace().run(monitor -> {
			for (Map.Entry<IFile, List<Issue>> e : issues.entrySet()) {
				IFile file = e.getKey();
				if (!file.exists()) {
					continue;
				}
				List<Map<String, Object>> wanted = e.getValue().stream().map(ProblemMarkers::attributes).toList();
				if (same(file.findMarkers(TYPE, false, IResource.DEPTH_ZERO), wanted)) {
					continue; // validating again found the same: markers that stay put do not flicker
				}
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Map<String, Object> attributes : wanted) {
					file.createMarker(TYPE, attributes);
				}
			}
		}, null, IWorkspace.AVOID_UPDATE, null);
	}

	/** Whether the markers are exactly those wanted (same attributes, in any order). */
	private static boolean same(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
		if (existing.length != wanted.size()) {
			return false;
		}
		Map<Map<String, Object>, Integer> counts = new HashMap<>();
		wanted.forEach(w -> counts.merge(w, 1, Integer::sum));
		for (IMarker m : existing) {
			Map<String, Object> attributes = m.getAttributes();
			Integer n = counts.get(attributes);
			if (n == null || n == 0) {
				return false;
			}
			counts.put(attributes, n - 1);
		}
		return true;
	}

	/** All of a marker's attributes, given at its creation so that nobody sees a half-made marker. */
	private static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, code(issue) + ": " + issue.getMessage());
		attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + Math.max(1, issue.getLength()));
		}
		attributes.put("code", code(issue));
		return attributes;
	}

	static String code(Issue issue) {
		return IssueCodes.userCode(issue.getCode());
	}
}
