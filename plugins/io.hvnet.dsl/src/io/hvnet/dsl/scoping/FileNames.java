package io.hvnet.dsl.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;

import io.hvnet.dsl.model.Names;

/**
 * Every named element of one file by its qualified name, in model order: the entries of Xtext's table of the file's
 * names (the one its relative and resource scopes look in), kept by exact name, with each element's own name for
 * the walk outwards. Built once per resource and version.
 */
final class FileNames {

	private final Map<QualifiedName, List<IEObjectDescription>> byName = new HashMap<>();
	private final Map<EObject, QualifiedName> nameOf = new IdentityHashMap<>();

	private FileNames() {
	}

	/**
	 * The table of {@code resource}, built once per version of it (linking and its error messages share it), or the one
	 * built while it was linked ({@link NameTableAhead}).
	 */
	static FileNames cached(IResourceScopeCache cache, Resource resource) {
		return cache.get(FileNames.class, resource, () -> {
			FileNames ahead = NameTableAhead.take(resource);
			return ahead != null ? ahead : of(resource);
		});
	}

	/**
	 * The names are {@link Names#qualified}'s, as the language's name provider gives them; each container's name is
	 * taken from the table itself (a container comes before its contents in the walk) instead of the provider's
	 * per-element cache, which was a quarter of building the table of a 56k-line file (issue #18).
	 */
	static FileNames of(Resource resource) {
		FileNames table = new FileNames();
		Function<EObject, QualifiedName> known = new Function<>() {
			@Override
			public QualifiedName apply(EObject container) {
				QualifiedName name = table.nameOf.get(container);
				return name != null ? name : Names.qualified(container, this);
			}
		};
		for (EObject element : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, false)) {
			QualifiedName name = Names.qualified(element, known);
			if (name != null) {
				table.nameOf.put(element, name);
				table.byName.computeIfAbsent(name, n -> new ArrayList<>(1))
						.add(EObjectDescription.create(name, element));
			}
		}
		return table;
	}

	/** How many named elements the file has. */
	int size() {
		return nameOf.size();
	}

	/** The element's qualified name; null when it has none or is not of this file. */
	QualifiedName nameOf(EObject element) {
		return nameOf.get(element);
	}

	/** The first element named exactly {@code name} whose class is {@code type} or a subclass, as Xtext picks it. */
	IEObjectDescription first(QualifiedName name, EClass type) {
		List<IEObjectDescription> named = byName.get(name);
		if (named != null) {
			for (IEObjectDescription d : named) {
				if (EcoreUtil2.isAssignableFrom(type, d.getEClass())) {
					return d;
				}
			}
		}
		return null;
	}
}
