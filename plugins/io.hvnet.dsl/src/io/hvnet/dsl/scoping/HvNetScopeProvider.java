package io.hvnet.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;

import io.hvnet.dsl.hvnet.HvnetPackage;

/**
 * Scoping of the hvnet language. Names are qualified ({@code HV01.NIC1}) and resolve relative to the enclosing
 * host, across files of a project through {@code package}/{@code import}. A ping endpoint that is a host means
 * its parent partition, so hosts are offered there only as {@code HV01.parent}.
 */
public class HvNetScopeProvider extends AbstractHvNetScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		IScope scope = namesScope(context, reference);
		if (reference == HvnetPackage.Literals.PING__FROM || reference == HvnetPackage.Literals.PING__TO) {
			return new ParentPartitionScope(scope);
		}
		return scope;
	}

	/**
	 * The names {@code reference} sees at {@code context}: {@link #chain}'s, with linking's single lookups answered
	 * from the file's table of names where that gives the same answer. A test compares the two by overriding this.
	 */
	protected IScope namesScope(EObject context, EReference reference) {
		return getDelegate() instanceof SamePackageImports file
				? file.linkingScope(context, reference, () -> chain(context, reference))
				: chain(context, reference);
	}

	/** Xtext's chain of scopes for {@code reference} at {@code context}: containers, package, imports, other files. */
	protected final IScope chain(EObject context, EReference reference) {
		return super.getScope(context, reference);
	}
}
