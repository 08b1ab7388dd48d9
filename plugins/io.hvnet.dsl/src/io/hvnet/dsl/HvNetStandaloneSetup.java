package io.hvnet.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;

import com.google.inject.Injector;

/** Initialises the language without the Equinox extension registry (CLI, Maven plugin, tests). */
public class HvNetStandaloneSetup extends HvNetStandaloneSetupGenerated {

	public static void doSetup() {
		new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * The generated set-up first runs {@code TerminalsStandaloneSetup}, which registers what loading the grammars needs
	 * and then builds an injector for the Terminals language that nobody uses: a third of the language's set-up time
	 * in every command-line run (issue #18). The registrations are made here; that injector is not built.
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		registerGrammarLoading();
		Injector injector = createInjector();
		register(injector);
		return injector;
	}

	/** What {@code TerminalsStandaloneSetupGenerated} registers before it builds its injector (Xtext 2.42). */
	private static void registerGrammarLoading() {
		var factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.putIfAbsent("ecore", new EcoreResourceFactoryImpl());
		factories.putIfAbsent("xmi", new XMIResourceFactoryImpl());
		factories.putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
	}
}
