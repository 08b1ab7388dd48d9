package io.hvnet.dsl.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Network;

/** Files of one package see each other's names without importing their own package, as in Java. */
public class SamePackageImports extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
		if (context instanceof Network network && network.getName() != null && !network.getName().isEmpty()) {
			resolvers.add(new ImportNormalizer(getQualifiedNameConverter().toQualifiedName(network.getName()), true,
					ignoreCase));
		}
		return resolvers;
	}

	/**
	 * The scope linking asks for {@code reference} at {@code context}: single lookups from the file's table of names
	 * where that gives the chain's answer ({@link FileNamesScope}), {@code chain} (this provider's scope) for the rest.
	 */
	IScope linkingScope(EObject context, EReference reference, Supplier<IScope> chain) {
		if (context.eResource() == null || isIgnoreCase(reference)) {
			return chain.get();
		}
		Resource file = context.eResource();
		FileNames names = FileNames.cached(cache, file);
		return new FileNamesScope(context, reference.getEReferenceType(), names, chain);
	}
}
