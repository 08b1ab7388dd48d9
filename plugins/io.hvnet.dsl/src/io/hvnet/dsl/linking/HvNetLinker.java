package io.hvnet.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.lazy.LazyLinker;

/**
 * Xtext's lazy linker, which before installing an element's link proxies unsets its references only where they are
 * set. Xtext unsets every one: on a freshly parsed element that creates an empty list for each unset list of
 * references and sends a notification for each single one, for nothing (issue #18: a 56k-line file has some 200,000
 * such references). Unsetting what is not set changes nothing, so the result is the same.
 */
public class HvNetLinker extends LazyLinker {

	@Override
	protected void clearReference(EObject obj, EReference ref) {
		if (obj.eIsSet(ref)) {
			super.clearReference(obj, ref);
		}
	}
}
