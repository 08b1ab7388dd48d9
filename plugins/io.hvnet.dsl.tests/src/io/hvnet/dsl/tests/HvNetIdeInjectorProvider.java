package io.hvnet.dsl.tests;

import org.eclipse.xtext.testing.IInjectorProvider;

import com.google.inject.Injector;

import io.hvnet.dsl.ide.HvNetIdeSetup;

/** The language with its IDE services (the change serializer the quick fixes and diagram edits write text with). */
public class HvNetIdeInjectorProvider implements IInjectorProvider {

	private static final Injector IDE = new HvNetIdeSetup().createInjectorAndDoEMFRegistration();

	@Override
	public Injector getInjector() {
		return IDE;
	}
}
