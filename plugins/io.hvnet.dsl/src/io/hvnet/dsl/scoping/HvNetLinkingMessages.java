package io.hvnet.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.model.KindWords;

/** Unresolved names in the user's words, with the names that would resolve there. */
public class HvNetLinkingMessages extends LinkingDiagnosticMessageProvider {

	private static final int SUGGESTIONS = 6;

	@Inject
	private IScopeProvider scopes;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String kind = KindWords.of(type)
				+ (type == HvnetPackage.Literals.ENDPOINT ? " (HOST.parent, a VM or a server)" : "");
		List<String> known = new ArrayList<>();
		try {
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
		String hint = known.isEmpty() ? "" : " (known here: " + String.join(", ", known.subList(0,
				Math.min(known.size(), SUGGESTIONS))) + (known.size() > SUGGESTIONS ? ", …" : "") + ")";
		return new DiagnosticMessage("no " + kind + " named '" + context.getLinkText() + "'" + hint, Severity.ERROR,
				Diagnostic.LINKING_DIAGNOSTIC);
	}
}
