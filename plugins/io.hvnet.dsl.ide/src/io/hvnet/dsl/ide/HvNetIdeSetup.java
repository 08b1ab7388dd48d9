package io.hvnet.dsl.ide;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import io.hvnet.dsl.HvNetRuntimeModule;
import io.hvnet.dsl.HvNetStandaloneSetup;

/** Creates the injector with the runtime and the IDE services, for the editor and the language server. */
public class HvNetIdeSetup extends HvNetStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new HvNetRuntimeModule(), new HvNetIdeModule()));
	}
}
