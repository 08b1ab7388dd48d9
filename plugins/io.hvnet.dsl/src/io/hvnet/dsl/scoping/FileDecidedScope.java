package io.hvnet.dsl.scoping;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * A scope that can tell when the reference's own file alone decides what a name means: then its answer is the one
 * {@link #getSingleElement(QualifiedName)} gives, without asking other files or the index. The read-only linker
 * links such names as it meets them ({@code ReadOnlyModelsLinker}).
 */
public interface FileDecidedScope extends IScope {

	/** The element {@code name} means when the file alone decides it; null when it does not (or names nothing). */
	IEObjectDescription getSingleElementInFile(QualifiedName name);
}
