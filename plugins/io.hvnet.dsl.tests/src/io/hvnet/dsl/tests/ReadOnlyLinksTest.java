package io.hvnet.dsl.tests;

import static io.hvnet.dsl.tests.NamesScopeTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.HvNetLoader.Source;
import io.hvnet.dsl.HvNetStandaloneSetup;
import io.hvnet.dsl.ReadOnlyModelsModule;
import io.hvnet.dsl.linking.ReadOnlyModelsResource;

/**
 * The command line's linker sets at once the links that a file alone decides, and leaves Xtext's proxies for the rest
 * (ReadOnlyModelsLinker, issue #18): every link ends at the element the language's own linking gives, with the same
 * diagnostics, on the examples, on files that share packages and import each other, on a large file, and on names
 * that name nothing.
 */
public class ReadOnlyLinksTest {

	private static final Injector READ_ONLY = ReadOnlyModelsModule.createInjector();
	private static final Injector LANGUAGE = new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration();

	private static final String UNKNOWN_NAMES = """
			host HV01 {
			    nic NIC1 { mac 02:00:00:00:00:01 bindings vms }
			    external switch Ext on NIC1
			    vm VM1 { synthetic adapter Net switch Ext }
			    vm VM2 { synthetic adapter Net switch Missing }
			}
			physical switch P ports 4
			cable HV01.NIC1 to P port 1
			cable HV01.NIC9 to P port 2
			scenario "s" { ping HV01.parent -> VM1 ping HV01.VM1 -> HV01.VM2 }
			""";

	@Test
	public void aFileWithoutPackageIsLinkedAsItLoads() {
		XtextResource resource = parse(ParallelValidationTest.topology(40));
		assertTrue(resource instanceof ReadOnlyModelsResource, resource.getClass().getName());
		List<EObject> links = links(resource, false);
		assertTrue(links.size() > 500, "links: " + links.size());
		assertTrue(links.stream().noneMatch(EObject::eIsProxy), "every link set at once");
		assertSameLinksAndDiagnostics(List.of(source("large", ParallelValidationTest.topology(400))));
	}

	@Test
	public void namesThatNameNothingKeepXtextsProxyAndError() {
		XtextResource resource = parse(UNKNOWN_NAMES);
		List<EObject> links = links(resource, false);
		// the switch Missing and the NIC HV01.NIC9; the pings' endpoints go through their own scope
		long proxies = links.stream().filter(EObject::eIsProxy).count();
		assertTrue(proxies >= 2 && proxies < links.size(), proxies + " proxies of " + links.size());
		List<String> issues = assertSameLinksAndDiagnostics(List.of(source("unknown", UNKNOWN_NAMES)));
		assertTrue(issues.stream().anyMatch(i -> i.contains("Missing")), String.join("\n", issues));
		assertTrue(issues.stream().anyMatch(i -> i.contains("HV01.NIC9")), String.join("\n", issues));
	}

	@Test
	public void filesOfPackagesAndImportsLinkAsTheLanguage() {
		assertSameLinksAndDiagnostics(List.of(source("hosts", NamesScopeTest.HOSTS),
				source("wiring", NamesScopeTest.WIRING), source("wildcard", NamesScopeTest.WILDCARD),
				source("single", NamesScopeTest.SINGLE), source("no-package", NamesScopeTest.NO_PACKAGE)));
	}

	@Test
	public void everyExampleLinksAsTheLanguage() {
		for (Path file : Examples.all()) {
			assertSameLinksAndDiagnostics(List.of(source(file.toString(), Examples.read(file))));
		}
	}

	private static XtextResource parse(String text) {
		HvNetLoader loader = new HvNetLoader(READ_ONLY);
		return loader.parse(loader.newResourceSet(), URI.createURI("inmemory:/one.hvnet"), text);
	}

	/** Both languages' links, resolved, as "element --reference--> target", and their diagnostics; the latter. */
	private static List<String> assertSameLinksAndDiagnostics(List<Source> sources) {
		HvNetLoader readOnly = new HvNetLoader(READ_ONLY);
		HvNetLoader language = new HvNetLoader(LANGUAGE);
		List<XtextResource> fast = readOnly.load(sources);
		List<XtextResource> usual = language.load(sources);
		List<String> fastLinks = describedLinks(fast);
		assertEquals(describedLinks(usual), fastLinks);
		assertFalse(fastLinks.isEmpty());
		List<String> issues = NamesScopeTest.issues(readOnly, sources);
		assertEquals(NamesScopeTest.issues(language, sources), issues);
		return issues;
	}

	private static List<String> describedLinks(List<XtextResource> resources) {
		List<String> described = new ArrayList<>();
		for (XtextResource resource : resources) {
			resource.getAllContents().forEachRemaining(element -> {
				for (EReference reference : element.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()) {
						continue;
					}
					for (EObject target : targets(element, reference, true)) {
						described.add(EcoreUtil.getURI(element) + " --" + reference.getName() + "--> "
								+ (target.eIsProxy() ? "unresolved" : EcoreUtil.getURI(target)));
					}
				}
			});
		}
		return described;
	}

	private static List<EObject> links(XtextResource resource, boolean resolve) {
		List<EObject> all = new ArrayList<>();
		resource.getAllContents().forEachRemaining(element -> {
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					all.addAll(targets(element, reference, resolve));
				}
			}
		});
		return all;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> targets(EObject element, EReference reference, boolean resolve) {
		Object value = element.eGet(reference, resolve);
		if (reference.isMany()) {
			return resolve ? List.copyOf((List<EObject>) value)
					: List.copyOf(((InternalEList<EObject>) value).basicList());
		}
		return value == null ? List.of() : List.of((EObject) value);
	}
}
