package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.HvNetStandaloneSetup;
import io.hvnet.dsl.ReadOnlyModelCache;
import io.hvnet.dsl.ReadOnlyModelsModule;
import io.hvnet.dsl.scoping.NameTableAhead;

/**
 * The command line's language (ReadOnlyModelsModule, issue #18): Xtext's per-resource cache sits on the resource
 * alone and drops its values when the resource is parsed again, the elements send no notifications, and the
 * diagnostics are the language's own.
 */
public class ReadOnlyModelCacheTest {

	private static final Injector READ_ONLY = ReadOnlyModelsModule.createInjector();

	private static final String TEXT = """
			host HV01 {
			    nic NIC1 { mac 02:00:00:00:00:01 bindings vms }
			    external switch Ext on NIC1
			    vm VM1 { synthetic adapter Net switch Ext { mac 02:00:00:00:00:01 vlan 5000 } }
			    vm VM2 { synthetic adapter Net switch Missing }
			}
			""";

	@Test
	public void theCacheWatchesTheResourceNotItsElements() throws Exception {
		assertInstanceOf(ReadOnlyModelCache.class, READ_ONLY.getInstance(IResourceScopeCache.class));
		assertInstanceOf(ReadOnlyModelCache.class, READ_ONLY.getInstance(OnChangeEvictingCache.class));
		HvNetLoader loader = new HvNetLoader(READ_ONLY);
		XtextResource resource = loader.load(List.of(new HvNetLoader.Source(URI.createURI("inmemory:/a.hvnet"), TEXT)))
				.get(0);
		IResourceScopeCache cache = resource.getCache();
		assertInstanceOf(ReadOnlyModelCache.class, cache);
		assertTrue(resource.eAdapters().stream().anyMatch(a -> a instanceof OnChangeEvictingCache.CacheAdapter),
				"linking put the cache on the resource");
		// parsed without notifications (Xtext turns them on again in the elements whose links it resolves; the network
		// itself has none)
		assertFalse(resource.getContents().get(0).eDeliver());
		for (EObject element : (Iterable<EObject>) resource::getAllContents) {
			assertTrue(element.eAdapters().stream().noneMatch(a -> a instanceof OnChangeEvictingCache.CacheAdapter),
					() -> "not on " + element);
		}

		AtomicInteger computed = new AtomicInteger();
		Object key = new Object();
		cache.get(key, resource, computed::incrementAndGet);
		cache.get(key, resource, computed::incrementAndGet);
		assertEquals(1, computed.get(), "kept while the resource is as it was");
		resource.reparse(TEXT.replace("VM2", "VM3"));
		cache.get(key, resource, computed::incrementAndGet);
		assertEquals(2, computed.get(), "dropped when the text is parsed again");
	}

	@Test
	public void theDiagnosticsAreTheLanguagesOwn() {
		List<String> readOnly = diagnostics(READ_ONLY);
		List<String> language = diagnostics(new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration());
		assertEquals(language, readOnly);
		// a switch that is not there, a duplicate MAC (a whole-file rule), a VLAN out of range, and warnings
		for (String code : List.of("Linking", "HVN030", "HVN035", "HVN010")) {
			assertTrue(readOnly.stream().anyMatch(d -> d.split(" ")[1].endsWith(code)), code + " in " + readOnly);
		}
	}

	@Test
	public void aLargeFilesNameTableIsTakenByItsLinking() {
		String text = ParallelValidationTest.topology(400);
		assertTrue(text.length() >= 100_000, "large enough: " + text.length());
		HvNetLoader loader = new HvNetLoader(READ_ONLY);
		XtextResource resource = loader.parse(loader.newResourceSet(), URI.createURI("inmemory:/large.hvnet"), text);
		// started when linking starts, taken by its first lookup (ReadOnlyLinksTest: the links are set then)
		assertTrue(resource.eAdapters().stream().noneMatch(NameTableAhead.class::isInstance), "taken while linking");

		List<String> language = diagnostics(new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration(), text);
		assertEquals(language, diagnostics(READ_ONLY, text));
		assertTrue(language.stream().anyMatch(d -> d.contains(" HVN030 ")), "the file's mistakes are found");
	}

	private static List<String> diagnostics(Injector language) {
		return diagnostics(language, TEXT);
	}

	private static List<String> diagnostics(Injector language, String text) {
		HvNetLoader loader = new HvNetLoader(language);
		XtextResource resource = loader.load(List.of(new HvNetLoader.Source(URI.createURI("inmemory:/b.hvnet"), text)))
				.get(0);
		List<Issue> issues = loader.validate(resource, CancelIndicator.NullImpl);
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getCode() + " " + i.getMessage())
				.toList();
	}
}
