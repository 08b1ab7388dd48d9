package io.hvnet.sim.ui;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.hvnet.sim.ExpectationResult;
import io.hvnet.sim.PingOutcome;
import io.hvnet.sim.ScenarioResult;

/**
 * Scenarios, their pings (passed or failed) and each ping's expectations, as a test runner shows suites and tests.
 * A run that could not happen shows its reason as the only row.
 */
final class ScenarioTree {

	private ScenarioTree() {
	}

	static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			if (input instanceof ScenarioRun run) {
				return run.problem() != null ? new Object[] { run.problem() } : run.scenarios().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object[] getChildren(Object element) {
			if (element instanceof ScenarioResult s) {
				return s.pings().toArray();
			}
			if (element instanceof PingOutcome p) {
				return p.expectations().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	static final class Labels extends LabelProvider {
		@Override
		public String getText(Object element) {
			return switch (element) {
			case ScenarioResult s -> "scenario \"" + s.scenario() + "\" (" + passed(s.pings()) + " of " + s.pings().size()
					+ " passed)";
			case PingOutcome p -> p.description() + (p.passed() ? "" : ": failed");
			case ExpectationResult e -> e.description() + (e.passed() ? "" : ": " + e.message());
			default -> String.valueOf(element);
			};
		}

		@Override
		public Image getImage(Object element) {
			boolean passed = switch (element) {
			case ScenarioResult s -> passed(s.pings()) == s.pings().size();
			case PingOutcome p -> p.passed();
			case ExpectationResult e -> e.passed();
			default -> false;
			};
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			return images.getImage(element instanceof String ? ISharedImages.IMG_OBJS_WARN_TSK
					: passed ? ISharedImages.IMG_OBJS_INFO_TSK : ISharedImages.IMG_OBJS_ERROR_TSK);
		}

		private static long passed(List<PingOutcome> pings) {
			return pings.stream().filter(PingOutcome::passed).count();
		}
	}
}
