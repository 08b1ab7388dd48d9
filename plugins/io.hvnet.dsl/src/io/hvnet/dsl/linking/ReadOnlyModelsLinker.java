package io.hvnet.dsl.linking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import io.hvnet.dsl.scoping.FileDecidedScope;
import io.hvnet.dsl.scoping.NameTableAhead;

/**
 * The linker of models that nothing changes once they are loaded ({@code ReadOnlyModelsModule}). Two shortcuts, both
 * for issue #18 (a 56k-line file has some 100,000 links):
 * <ul>
 * <li>for a large file it has the file's name table built on another thread while it walks the file for links;</li>
 * <li>it links at once every name that the file alone decides ({@link FileDecidedScope}), to the element that
 * resolving its lazy link would give, instead of installing a proxy that encodes the link in a URI that resolving
 * then decodes, after walking the whole model again to find it: together a quarter of the time of linking. Every
 * other link (another file's name, a ping endpoint, a name that names nothing, hence an error) gets Xtext's proxy,
 * resolved and reported as before. When no proxy was needed, the resource knows that it has nothing left to
 * resolve ({@link ReadOnlyModelsResource}).</li>
 * </ul>
 */
public class ReadOnlyModelsLinker extends HvNetLinker {

	/** Below this much text the table is built when it is first needed: a thread's hand-over would cost more. */
	static final int AHEAD_FROM_CHARACTERS = 100_000;

	private record Link(EObject source, INode node, EReference reference) {
	}

	@Inject
	private IScopeProvider scopes;

	@Inject
	private LinkingHelper linkingHelper;

	@Inject
	private IQualifiedNameConverter names;

	/** The links met while walking the model, linked once the walk (and the name table) is done; null otherwise. */
	private List<Link> met;

	@Override
	protected void doLinkModel(EObject model, IDiagnosticConsumer consumer) {
		Resource resource = model.eResource();
		ICompositeNode node = NodeModelUtils.getNode(model);
		if (resource != null && node != null && node.getTotalLength() >= AHEAD_FROM_CHARACTERS) {
			NameTableAhead.start(resource);
		}
		met = new ArrayList<>();
		try {
			super.doLinkModel(model, consumer);
			boolean proxies = false;
			for (Link link : met) {
				proxies |= !linkInFile(link);
			}
			if (resource instanceof ReadOnlyModelsResource readOnly) {
				readOnly.setLazyLinksLeft(proxies);
			}
		} finally {
			met = null;
		}
	}

	@Override
	protected void createAndSetProxy(EObject obj, INode node, EReference eRef) {
		if (met == null) {
			super.createAndSetProxy(obj, node, eRef);
		} else {
			// in the order met, so that a list of links keeps the order of the text
			met.add(new Link(obj, node, eRef));
		}
	}

	/** Sets the link to what the file alone decides, or installs Xtext's proxy; false for a proxy. */
	@SuppressWarnings("unchecked")
	private boolean linkInFile(Link link) {
		EObject target = targetInFile(link);
		if (target == null) {
			super.createAndSetProxy(link.source(), link.node(), link.reference());
			return false;
		}
		if (link.reference().isMany()) {
			((InternalEList<EObject>) link.source().eGet(link.reference(), false)).addUnique(target);
		} else {
			link.source().eSet(link.reference(), target);
		}
		return true;
	}

	/**
	 * The element resolving the link's proxy would give, asked as Xtext's linking service asks (the scope of the
	 * reference at the source, the node's text as a qualified name), when the file alone decides it; otherwise null.
	 */
	private EObject targetInFile(Link link) {
		try {
			if (!(scopes.getScope(link.source(), link.reference()) instanceof FileDecidedScope scope)) {
				return null;
			}
			String text = linkingHelper.getCrossRefNodeAsString(link.node(), true);
			if (text == null || text.isEmpty()) {
				return null;
			}
			IEObjectDescription found = scope.getSingleElementInFile(names.toQualifiedName(text));
			if (found == null) {
				return null;
			}
			EObject target = found.getEObjectOrProxy();
			return target.eIsProxy()
					|| !EcoreUtil2.isAssignableFrom(link.reference().getEReferenceType(), target.eClass()) ? null
							: target;
		} catch (RuntimeException e) {
			// whatever went wrong goes wrong again, and is reported, where Xtext resolves the proxy
			return null;
		}
	}
}
