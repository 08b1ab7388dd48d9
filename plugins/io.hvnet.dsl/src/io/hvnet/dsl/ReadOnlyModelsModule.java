package io.hvnet.dsl;

import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import com.google.inject.Binder;
import com.google.inject.Injector;

/**
 * The language for commands whose models nothing changes once they are loaded (the command line's check, simulate,
 * test, reach, export and import; the Maven plugin's check and test): {@link HvNetRuntimeModule} with the
 * {@link ReadOnlyModelCache}, elements that send no notifications ({@link SilentElementFactory}), since nothing
 * watches them, and links that the file alone decides set while the model is linked, a large file's name table
 * built meanwhile ({@link io.hvnet.dsl.linking.ReadOnlyModelsLinker},
 * {@link io.hvnet.dsl.linking.ReadOnlyModelsResource}).
 */
public class ReadOnlyModelsModule extends HvNetRuntimeModule {

	/** The language's injector with this module, its EMF registrations made as {@link HvNetStandaloneSetup} makes them. */
	public static Injector createInjector() {
		return new HvNetStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return com.google.inject.Guice.createInjector(new ReadOnlyModelsModule());
			}
		}.createInjectorAndDoEMFRegistration();
	}

	@Override
	public Class<? extends org.eclipse.xtext.linking.ILinker> bindILinker() {
		return io.hvnet.dsl.linking.ReadOnlyModelsLinker.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.resource.XtextResource> bindXtextResource() {
		return io.hvnet.dsl.linking.ReadOnlyModelsResource.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.parser.IAstFactory> bindIAstFactory() {
		return SilentElementFactory.class;
	}

	// Xtext's linker asks for the class itself, resources for the interface
	public void configureReadOnlyModelCache(Binder binder) {
		binder.bind(IResourceScopeCache.class).to(ReadOnlyModelCache.class);
		binder.bind(OnChangeEvictingCache.class).to(ReadOnlyModelCache.class);
	}
}
