package io.hvnet.dsl.linking;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The resource of a model that nothing changes once it is loaded ({@code ReadOnlyModelsModule}). When its linker
 * linked every reference at once ({@link ReadOnlyModelsLinker}), resolving its lazy links has nothing to do, and is
 * skipped: it walks every element of the model, and loading and validating each ask for it (issue #18).
 */
public class ReadOnlyModelsResource extends LazyLinkingResource {

	private boolean lazyLinksLeft = true;

	/** Called by the linker after linking the contents: whether it left any proxy to resolve. */
	void setLazyLinksLeft(boolean left) {
		lazyLinksLeft = left;
	}

	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		if (lazyLinksLeft) {
			super.resolveLazyCrossReferences(monitor);
		}
	}

	@Override
	protected void doLinking() {
		// a new parse result: linked anew, until which its state is unknown
		lazyLinksLeft = true;
		super.doLinking();
	}
}
