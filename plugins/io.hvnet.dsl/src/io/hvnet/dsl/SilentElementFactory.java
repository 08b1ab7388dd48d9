package io.hvnet.dsl;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * The parser's element factory for models that nothing watches ({@link ReadOnlyModelsModule}): elements that send no
 * notifications. Each parsed element carries its node as an adapter, so every value the parser sets and every link
 * proxy the linker installs would otherwise make a notification that the node ignores (some 650,000 for a 56k-line
 * file, issue #18). Xtext resolves links with notifications off and turns them on again for the element it resolved
 * them in, which is harmless: nothing listens.
 */
public class SilentElementFactory extends DefaultEcoreElementFactory {

	@Override
	public EObject create(EClassifier classifier) {
		EObject element = super.create(classifier);
		element.eSetDeliver(false);
		return element;
	}
}
