package io.hvnet.dsl.scoping;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.base.Suppliers;

import io.hvnet.dsl.hvnet.Network;

/**
 * The scope of one reference, answering linking's single lookups from the file's one table of qualified names in
 * the order Xtext's scope chain would ask it: the name relative to the context, then to each container outwards,
 * then as written. Xtext's chain (per context: import resolvers, a scope per container, the global scope) cost a
 * quarter of a 56k-line check (issue #18). Where the chain could answer differently (imports, another file, a name
 * not in this file) and for everything but single lookups (content assist, the known names of a linking error), the
 * chain itself answers, built on first use.
 */
final class FileNamesScope implements FileDecidedScope {

	private final EObject context;
	private final EClass type;
	private final FileNames fileNames;
	private final Supplier<IScope> chain;

	/** {@code fileNames}: the names of the context's file; {@code chain}: Xtext's scope for the same reference. */
	FileNamesScope(EObject context, EClass type, FileNames fileNames, Supplier<IScope> chain) {
		this.context = context;
		this.type = type;
		this.fileNames = fileNames;
		this.chain = Suppliers.memoize(chain::get);
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		IEObjectDescription found = getSingleElementInFile(name);
		return found != null ? found : chain.get().getSingleElement(name);
	}

	@Override
	public IEObjectDescription getSingleElementInFile(QualifiedName name) {
		return name.isEmpty() ? null : inFile(name);
	}

	/** What the chain answers when the file alone decides; null when the chain must be asked. */
	private IEObjectDescription inFile(QualifiedName name) {
		EObject level = context;
		while (level != null) {
			QualifiedName outer = fileNames.nameOf(level);
			if (outer != null) {
				IEObjectDescription found = fileNames.first(outer.append(name), type);
				if (found != null) {
					return found;
				}
			}
			if (level.eContainer() == null) {
				// the file's top: a package or an import adds resolvers that may look in other files
				if (!(level instanceof Network network) || network.getName() != null && !network.getName().isEmpty()
						|| !network.getImports().isEmpty()) {
					return null;
				}
			}
			level = level.eContainer();
		}
		return fileNames.first(name, type);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return chain.get().getElements(name);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return chain.get().getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return chain.get().getElements(object);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return chain.get().getAllElements();
	}

	@Override
	public String toString() {
		return "FileNamesScope(" + type.getName() + ") over " + chain.get();
	}
}
