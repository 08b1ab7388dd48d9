package io.hvnet.dsl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import com.google.inject.Singleton;

/**
 * Xtext's per-resource cache (names, scopes, unresolvable links) for models that nothing changes once they are loaded:
 * a command that loads, links, checks, simulates or exports and exits. Its values are dropped, as Xtext's are, when the
 * resource is parsed again, unloaded or given other contents, and not on changes inside the model, so that it does not
 * listen to every element: Xtext's adds itself as an adapter to each element of a resource when the resource is first
 * linked, a tenth of parsing a 56k-line file (issue #18). Linking and validating change nothing that Xtext's would
 * drop values for (Xtext ignores changes while it links; resolving a link is no change to it). Never for an editor or
 * the diagram: they change models in place ({@link ReadOnlyModelsModule}).
 */
@Singleton
public class ReadOnlyModelCache extends OnChangeEvictingCache {

	@Override
	protected CacheAdapter createCacheAdapter() {
		return new ResourceOnlyAdapter();
	}

	/** Xtext's cache adapter on the resource alone. */
	private static final class ResourceOnlyAdapter extends CacheAdapter {

		@Override
		protected void setTarget(Resource target) {
			basicSetTarget(target);
		}

		@Override
		protected void unsetTarget(Resource target) {
			basicUnsetTarget(target);
		}

		@Override
		protected void selfAdapt(Notification notification) {
			// the elements of new contents are not watched either
		}
	}
}
