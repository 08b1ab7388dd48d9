package io.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;

import io.hvnet.ui.HvNetUiPlugin;
import io.hvnet.ui.validation.ProblemMarkers;

/** Hover: the problems at the caret, then what the element under it is (a NIC's bindings, a switch's ports…). */
public class HvNetHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		WorkingCopy copy = WorkingCopy.of(viewer.getDocument());
		if (copy == null) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		try {
			for (IMarker m : copy.file().findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				int start = m.getAttribute(IMarker.CHAR_START, -1);
				int end = m.getAttribute(IMarker.CHAR_END, -1);
				if (start <= region.getOffset() && region.getOffset() <= end) {
					lines.add(m.getAttribute(IMarker.MESSAGE, ""));
				}
			}
		} catch (CoreException e) {
			HvNetUiPlugin.getDefault().getLog().log(e.getStatus());
		}
		String summary = summaryAt(copy, region.getOffset());
		if (summary != null) {
			lines.add(summary);
		}
		return lines.isEmpty() ? null : String.join("\n\n", lines);
	}

	static String summaryAt(WorkingCopy copy, int offset) {
		EObjectAtOffsetHelper helper = HvNetUiPlugin.getDefault().getInjector().getInstance(EObjectAtOffsetHelper.class);
		EObject target = helper.resolveCrossReferencedElementAt(copy.resource(), offset);
		if (target == null) {
			target = helper.resolveElementAt(copy.resource(), offset);
		}
		return target == null || target.eIsProxy() ? null : ElementSummary.of(target);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
