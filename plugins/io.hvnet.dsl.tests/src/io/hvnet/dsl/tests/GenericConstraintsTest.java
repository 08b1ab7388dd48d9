package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.Arguments;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.HvNetLoader.Source;
import io.hvnet.dsl.HvNetRuntimeModule;

/**
 * The language leaves EMF's generic constraints out of validation (issue #18): with them, every text gets the same
 * diagnostics, so they found nothing of their own. The texts: the examples, every broken and fixed text of
 * {@link ValidationRulesTest}, and unresolved names and syntax errors.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class GenericConstraintsTest {

	@Inject
	private HvNetLoader loader;

	@Test
	public void theyAddNoDiagnostic() {
		HvNetLoader withThem = new HvNetLoader(Guice.createInjector(Modules.override(new HvNetRuntimeModule())
				.with(binder -> binder.bindConstant()
						.annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(true))));
		List<String> texts = new ArrayList<>();
		Examples.all().stream().map(Examples::read).forEach(texts::add);
		ValidationRulesTest.rules().map(Arguments::get).forEach(row -> {
			texts.add((String) row[3]);
			texts.add((String) row[4]);
		});
		texts.add("host HV01 { nic NIC1 vm V { synthetic adapter A switch Nope } }\ncable HV01.NIC9 to P port 1\n"
				+ "scenario \"s\" { ping HV01.parent -> Z disable HV01.V.B }\n");
		texts.add("host HV01 { nic NIC1 { mac } vm { } }\ncable to\n");
		int diagnostics = 0;
		for (String text : texts) {
			List<String> without = issues(loader, text);
			assertEquals(issues(withThem, text), without, text);
			diagnostics += without.size();
		}
		assertTrue(diagnostics > 100, "the texts have diagnostics to compare: " + diagnostics);
	}

	private static List<String> issues(HvNetLoader with, String text) {
		XtextResource resource = with.load(List.of(new Source(URI.createURI("inmemory:/t.hvnet"), text))).get(0);
		List<String> all = new ArrayList<>();
		for (Issue issue : with.validate(resource, CancelIndicator.NullImpl)) {
			all.add(issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getSeverity() + " " + issue.getCode()
					+ " " + issue.getMessage());
		}
		return all;
	}
}
