package io.hvnet.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.model.KindWords;

/** Unresolved names in the user's words, with the names that would resolve there. */
public class HvNetLinkingMessages extends LinkingDiagnosticMessageProvider {

	private static final int SUGGESTIONS = 6;
	/**
	 * Files with more named elements get no "known here": six names out of thousands help nobody, and listing even
	 * the first of them walks Xtext's whole chain of scopes, which took minutes per unresolved name in a 56,000-line
	 * file (46 typos: more than 5 minutes of `check`, issue #18).
	 */
	static final int SUGGESTED_UP_TO = 5_000;

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String kind = KindWords.of(type)
				+ (type == HvnetPackage.Literals.ENDPOINT ? " (HOST.parent, a VM or a server)" : "");
		List<String> known = knownHere(context);
		String hint = known.isEmpty() ? "" : " (known here: " + String.join(", ", known.subList(0,
				Math.min(known.size(), SUGGESTIONS))) + (known.size() > SUGGESTIONS ? ", …" : "") + ")";
		return new DiagnosticMessage("no " + kind + " named '" + context.getLinkText() + "'" + hint, Severity.ERROR,
				Diagnostic.LINKING_DIAGNOSTIC);
	}

	/** The first names that resolve at the reference, one more than shown; none in a file too large to list them. */
	private List<String> knownHere(ILinkingDiagnosticContext context) {
		List<String> known = new ArrayList<>();
		Resource file = context.getContext().eResource();
		try {
			if (file != null && FileNames.cached(cache, file).size() > SUGGESTED_UP_TO) {
				return known;
			}
			IScope scope = scopes.getScope(context.getContext(), context.getReference());
			for (IEObjectDescription d : scope.getAllElements()) {
				if (known.size() > SUGGESTIONS) {
					break;
				}
				known.add(d.getName().toString());
			}
		} catch (RuntimeException e) {
			// suggestions are a courtesy: a broken model must still get its message
		}
		return known;
	}
}
