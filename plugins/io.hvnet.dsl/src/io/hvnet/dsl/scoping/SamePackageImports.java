package io.hvnet.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

import io.hvnet.dsl.hvnet.Network;

/** Files of one package see each other's names without importing their own package, as in Java. */
public class SamePackageImports extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
		if (context instanceof Network network && network.getName() != null && !network.getName().isEmpty()) {
			resolvers.add(new ImportNormalizer(getQualifiedNameConverter().toQualifiedName(network.getName()), true,
					ignoreCase));
		}
		return resolvers;
	}
}
