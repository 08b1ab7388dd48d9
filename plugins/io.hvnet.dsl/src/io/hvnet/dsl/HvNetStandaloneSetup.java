package io.hvnet.dsl;

/** Initialises the language without the Equinox extension registry (CLI, Maven plugin, tests). */
public class HvNetStandaloneSetup extends HvNetStandaloneSetupGenerated {

	public static void doSetup() {
		new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
