package io.hvnet.headless;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The diagnostics a report shows when there may be too many to read: a file of garbage gives one error per line,
 * and 400,000 lines of errors help nobody (and make a JSON or SARIF report too large for the tools that read it).
 * At most {@code limit} are shown, the most severe first chosen — an error is never hidden behind warnings — and
 * then printed in file, line and column order like every report. The totals of a report stay the totals of all
 * diagnostics; {@link #notice()} says how many were left out and how to see them.
 */
public record ShownDiagnostics(List<Diagnostic> shown, int notShown, int limit) {

	/** The default of {@code --max-problems} and of the Maven plugin's {@code maxProblems}. */
	public static final int DEFAULT_LIMIT = 1000;

	/** {@code limit} 0 shows everything. */
	public static ShownDiagnostics of(List<Diagnostic> all, int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException("limit " + limit);
		}
		if (limit == 0 || all.size() <= limit) {
			return new ShownDiagnostics(all, 0, limit);
		}
		List<Diagnostic> shown = new ArrayList<>(all.stream()
				.sorted(Comparator.comparing(Diagnostic::severity).thenComparing(Comparator.naturalOrder()))
				.limit(limit).toList());
		shown.sort(null);
		return new ShownDiagnostics(shown, all.size() - limit, limit);
	}

	/** The text report's lines: one per shown diagnostic, then the notice if some were left out. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>(shown.stream().map(Diagnostic::toText).toList());
		if (notShown > 0) {
			lines.add(notice());
		}
		return lines;
	}

	/** One line for the end of a text report, or null when nothing was left out. */
	public String notice() {
		if (notShown == 0) {
			return null;
		}
		return String.format("%,d more problem%s not shown (the first %,d by severity are; --max-problems 0 shows all)",
				notShown, notShown == 1 ? "" : "s", limit);
	}
}
