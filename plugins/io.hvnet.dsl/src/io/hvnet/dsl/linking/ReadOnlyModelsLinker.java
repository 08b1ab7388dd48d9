package io.hvnet.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.hvnet.dsl.scoping.NameTableAhead;

/**
 * The linker of models that nothing changes once they are loaded ({@code ReadOnlyModelsModule}): for a large file it
 * has the file's name table built on another thread while it installs the link proxies, so that resolving the links
 * finds it ready (issue #18).
 */
public class ReadOnlyModelsLinker extends HvNetLinker {

	/** Below this much text the table is built when it is first needed: a thread's hand-over would cost more. */
	static final int AHEAD_FROM_CHARACTERS = 100_000;

	@Override
	protected void doLinkModel(EObject model, IDiagnosticConsumer consumer) {
		Resource resource = model.eResource();
		ICompositeNode node = NodeModelUtils.getNode(model);
		if (resource != null && node != null && node.getTotalLength() >= AHEAD_FROM_CHARACTERS) {
			NameTableAhead.start(resource);
		}
		super.doLinkModel(model, consumer);
	}
}
