package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.validation.HvNetValidator;

/**
 * HvNetValidator calls the rule groups' checks through method handles, with each group's state set once per element
 * (issue #18): what it reports must be what Xtext's own reflective wrappers report, in the same order, on a file with
 * mistakes for many rule groups.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class CheckDispatchTest {

	/** HvNetValidator as the language has it, but not registered (the registry is the injector's, for all tests). */
	public static class DirectDispatch extends HvNetValidator {
		@Override
		public void register(EValidatorRegistrar registrar) {
			// only called here
		}
	}

	/** The same rules, called by Xtext's own method wrappers. */
	public static class ReflectiveDispatch extends DirectDispatch {
		@Override
		protected MethodWrapper createMethodWrapper(AbstractDeclarativeValidator group, Method method) {
			return new MethodWrapper(group, method) {
				// Xtext's own invoke
			};
		}
	}

	@Inject
	private HvNetLoader loader;

	@Inject
	private Injector injector;

	@Test
	public void theChecksReportWhatXtextsOwnWrappersReport() {
		assertTrue(HvNetValidator.callsChecksDirectly(), "this Xtext keeps the validator's state where it is looked for");
		XtextResource resource = loader.load(List.of(new HvNetLoader.Source(URI.createURI("inmemory:/mistakes.hvnet"),
				ParallelValidationTest.topology(60)))).get(0);

		List<String> direct = found(injector.getInstance(DirectDispatch.class), resource);
		List<String> reflective = found(injector.getInstance(ReflectiveDispatch.class), resource);

		assertEquals(reflective, direct);
		Set<String> codes = direct.stream().map(d -> d.split(" ")[0]).collect(Collectors.toSet());
		assertTrue(codes.size() >= 5, "mistakes for several rule groups: " + codes);
	}

	/** Every element validated in turn, as the diagnostician walks them; each diagnostic as code, element, message. */
	private static List<String> found(HvNetValidator validator, XtextResource resource) {
		Map<Object, Object> context = new HashMap<>();
		context.put(CheckMode.KEY, CheckMode.ALL);
		BasicDiagnostic chain = new BasicDiagnostic();
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			validator.validate(element.eClass(), element, chain, context);
		}
		List<String> found = new ArrayList<>();
		for (Diagnostic d : chain.getChildren()) {
			String code = d instanceof org.eclipse.xtext.validation.AbstractValidationDiagnostic v ? v.getIssueCode() : "?";
			found.add(code + " " + d.getData().get(0) + " " + d.getMessage());
		}
		return found;
	}
}
