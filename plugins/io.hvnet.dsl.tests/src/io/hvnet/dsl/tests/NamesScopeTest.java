package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.HvNetLoader.Source;
import io.hvnet.dsl.HvNetRuntimeModule;
import io.hvnet.dsl.scoping.HvNetScopeProvider;

/**
 * Linking's lookups from the file's table of names give what Xtext's chain of scopes gave (issue #18): the same
 * element, or none, for every name at every reference, on the examples and on files that share a package, import
 * one, shadow and repeat names; and the same diagnostics, unresolved names' "known here" included.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class NamesScopeTest {

	/** The scope provider as it was: Xtext's chain answers every lookup. */
	public static final class ChainOnly extends HvNetScopeProvider {
		@Override
		protected IScope namesScope(EObject context, EReference reference) {
			return chain(context, reference);
		}
	}

	static final String HOSTS = """
			package lab
			host HV01 {
			    nic NIC1 { ip 10.0.0.1/24 }
			    nic NIC2 { bindings vms }
			    external switch Ext on NIC2
			    parent { vnic vEthernet switch Ext { ip 10.0.0.2/24 } }
			    vm VM1 { synthetic adapter Net1 switch Ext { ip 10.0.0.3/24 } }
			    vm Ext { synthetic adapter Net1 switch HV01.Ext }
			    vm VM2 { synthetic adapter Net1 switch lab.HV01.Ext synthetic adapter Net2 switch Int }
			}
			host HV02 {
			    nic NIC1 { ip 10.0.0.11/24 }
			    internal switch Int
			    vm VM1 { synthetic adapter Net1 switch Int }
			    vm VM1 { synthetic adapter Net1 switch HV01.Ext }
			}
			""";

	static final String WIRING = """
			package lab
			physical switch P ports 8
			cable HV01.NIC1 to P port 1
			cable lab.HV01.NIC2 to lab.P port 2
			cable HV02.NIC1 to P port 3
			cable HV03.NIC1 to Q port 4
			scenario "names" {
			    ping HV01.parent -> HV02.VM1
			        expect path via HV01.vEthernet, HV01.Ext, P, HV02
			    ping HV01 -> lab.HV01.VM1
			    disable HV01.VM1.Net1
			    enable NIC1
			}
			""";

	static final String WILDCARD = """
			package other
			import lab.*
			physical switch P ports 2
			cable HV01.NIC1 to P port 1
			cable lab.HV02.NIC1 to other.P port 2
			scenario "imported" { ping HV01.parent -> HV02.VM1 expect flooded at P }
			""";

	static final String SINGLE = """
			package third
			import lab.HV01
			import lab.HV02.VM1
			host HV09 { nic NIC1 internal switch S vm V { synthetic adapter A switch HV01.Ext } }
			cable HV01.NIC1 to HV09.NIC1
			scenario "single" { ping VM1 -> HV09.V ping HV01.VM1 -> HV01.parent }
			""";

	static final String NO_PACKAGE = """
			host HV01 { nic NIC1 external switch Ext on NIC1 vm VM1 { synthetic adapter Net1 switch Ext } }
			physical switch P ports 2
			cable lab.HV01.NIC1 to P port 1
			cable HV01.NIC1 to P port 2
			scenario "global" { ping lab.HV01.parent -> HV01.VM1 ping HV01.parent -> HV01 }
			""";

	@Inject
	private HvNetLoader loader;

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private Injector injector;

	@Test
	public void filesOfPackagesAndImportsLookUpAsXtextsChain() {
		List<XtextResource> loaded = loader.load(List.of(source("hosts", HOSTS), source("wiring", WIRING),
				source("wildcard", WILDCARD), source("single", SINGLE), source("no-package", NO_PACKAGE)));
		assertTrue(sameLookups(loaded) > 10_000);
	}

	@Test
	public void everyExampleLooksUpAsXtextsChain() {
		int lookups = 0;
		for (Path file : Examples.all()) {
			lookups += sameLookups(loader.load(List.of(source(file.toString(), Examples.read(file)))));
		}
		assertTrue(lookups > 10_000);
	}

	@Test
	public void diagnosticsAreTheChainsUnknownNamesIncluded() {
		Injector chainOnly = Guice.createInjector(Modules.override(new HvNetRuntimeModule())
				.with(binder -> binder.bind(IScopeProvider.class).to(ChainOnly.class)));
		HvNetLoader old = new HvNetLoader(chainOnly);
		List<Source> sources = List.of(source("hosts", HOSTS), source("wiring", WIRING), source("wildcard", WILDCARD),
				source("single", SINGLE), source("no-package", NO_PACKAGE));
		List<String> now = issues(loader, sources);
		assertEquals(issues(old, sources), now);
		assertTrue(now.stream().anyMatch(i -> i.contains("HVN901") || i.contains("no physical NIC named 'HV03.NIC1'")),
				String.join("\n", now));
	}

	/** Every cross-reference of {@code loaded} asked for every name, as each scope answers; the number of lookups. */
	private int sameLookups(List<XtextResource> loaded) {
		ChainOnly chain = new ChainOnly();
		injector.injectMembers(chain);
		Set<QualifiedName> candidates = new LinkedHashSet<>();
		for (XtextResource resource : loaded) {
			resource.getAllContents().forEachRemaining(e -> {
				QualifiedName name = names.getFullyQualifiedName(e);
				for (int skip = 0; name != null && skip < name.getSegmentCount(); skip++) {
					QualifiedName suffix = name.skipFirst(skip);
					candidates.add(suffix);
					candidates.add(suffix.append("parent"));
					candidates.add(suffix.append("Nope"));
				}
			});
		}
		candidates.add(QualifiedName.create("Nope"));
		int lookups = 0;
		for (XtextResource resource : loaded) {
			List<EObject> contents = new ArrayList<>();
			resource.getAllContents().forEachRemaining(contents::add);
			for (EObject context : contents) {
				for (EReference reference : context.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()) {
						continue;
					}
					IScope fast = scopes.getScope(context, reference);
					IScope slow = chain.getScope(context, reference);
					for (QualifiedName name : candidates) {
						IEObjectDescription a = fast.getSingleElement(name);
						IEObjectDescription b = slow.getSingleElement(name);
						String where = resource.getURI() + " " + names.getFullyQualifiedName(context) + " "
								+ context.eClass().getName() + "." + reference.getName() + " '" + name + "'";
						assertEquals(b == null, a == null, where);
						if (a != null) {
							assertSame(b.getEObjectOrProxy(), a.getEObjectOrProxy(), where);
						}
						lookups++;
					}
				}
			}
		}
		return lookups;
	}

	/** Every file's issues as "file:line:column severity code message". */
	static List<String> issues(HvNetLoader with, List<Source> sources) {
		List<String> all = new ArrayList<>();
		for (XtextResource resource : with.load(sources)) {
			for (Issue issue : with.validate(resource, CancelIndicator.NullImpl)) {
				all.add(resource.getURI().lastSegment() + ":" + issue.getLineNumber() + ":" + issue.getColumn() + " "
						+ issue.getSeverity() + " " + issue.getCode() + " " + issue.getMessage());
			}
		}
		return all;
	}

	static Source source(String name, String text) {
		return new Source(URI.createURI("inmemory:/" + name.replace('/', '_') + ".hvnet"), text);
	}
}
