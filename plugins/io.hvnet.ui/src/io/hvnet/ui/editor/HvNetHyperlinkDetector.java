package io.hvnet.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.TextRegion;

import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.ui.HvNetUiPlugin;

/** Ctrl+click on a name (a NIC, a switch, an endpoint) opens its declaration, in this file or another. */
public class HvNetHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		WorkingCopy copy = WorkingCopy.of(viewer.getDocument());
		if (copy == null) {
			return null;
		}
		EObjectAtOffsetHelper helper = HvNetUiPlugin.getDefault().getInjector().getInstance(EObjectAtOffsetHelper.class);
		INode reference = helper.getCrossReferenceNode(copy.resource(), new TextRegion(region.getOffset(), 0));
		EObject target = helper.resolveCrossReferencedElementAt(copy.resource(), region.getOffset());
		if (reference == null || target == null || target.eIsProxy()) {
			return null;
		}
		Declaration declaration = Declaration.of(target);
		if (declaration == null) {
			return null;
		}
		IRegion linkRegion = new Region(reference.getOffset(), reference.getLength());
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return linkRegion;
			}

			@Override
			public String getTypeLabel() {
				return "hvnet declaration";
			}

			@Override
			public String getHyperlinkText() {
				return "Open declaration";
			}

			@Override
			public void open() {
				declaration.open();
			}
		} };
	}

	/** Where an element is declared: its file and the region of its name. */
	public record Declaration(IFile file, int offset, int length) {

		public static Declaration of(EObject target) {
			URI uri = target.eResource().getURI();
			if (!uri.isPlatformResource()) {
				return null;
			}
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
			List<INode> names = NodeModelUtils.findNodesForFeature(target, HvnetPackage.Literals.NETWORK_NODE__NAME);
			INode node = names.isEmpty() ? NodeModelUtils.findActualNodeFor(target) : names.get(0);
			return new Declaration(file, node.getOffset(), node.getLength());
		}

		public void open() {
			try {
				HvNetEditors.reveal(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, offset,
						length);
			} catch (PartInitException e) {
				HvNetUiPlugin.getDefault().getLog().log(e.getStatus());
			}
		}
	}
}
