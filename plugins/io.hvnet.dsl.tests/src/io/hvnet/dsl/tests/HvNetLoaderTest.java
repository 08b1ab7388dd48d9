package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.HvNetText;
import io.hvnet.dsl.HvNetLoader.Source;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NicEnd;

/** The one loader every reader uses: files of one package linked together, text through HvNetText. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class HvNetLoaderTest {

	@Inject
	private HvNetLoader loader;

	private static Network network(XtextResource resource) {
		return (Network) resource.getContents().get(0);
	}

	@Test
	public void filesOfOnePackageAreLinkedToEachOther() {
		List<XtextResource> loaded = loader.load(List.of(
				new Source(URI.createURI("inmemory:/hosts.hvnet"), "package lab\nhost HV01 { nic NIC1 }\n"),
				new Source(URI.createURI("inmemory:/wiring.hvnet"),
						"package lab\nphysical switch P ports 4\ncable HV01.NIC1 to P port 1\n")));
		Cable cable = (Cable) network(loaded.get(1)).getElements().get(1);
		NicEnd from = (NicEnd) cable.getFrom();
		assertFalse(from.getNic().eIsProxy(), "linked before the caller sees it");
		assertEquals(((Host) network(loaded.get(0)).getElements().get(0)).getNics().get(0), from.getNic());
		assertTrue(loader.validate(loaded.get(1), CancelIndicator.NullImpl).stream()
				.noneMatch(i -> i.getSeverity() == Severity.ERROR));
	}

	@Test
	public void aPackageIsFoundPastTheFilesHeaderOfCommentsAndNotInsideOne() {
		assertTrue(HvNetText.declaresPackage("package lab\nhost HV01 { }\n"));
		assertTrue(HvNetText.declaresPackage("\uFEFF// the lab, part 1\r\n/* hosts\n   and VMs */\n\tpackage lab.east\n"));
		assertFalse(HvNetText.declaresPackage("// package lab\nhost HV01 { }\n"));
		assertFalse(HvNetText.declaresPackage("/* package lab */ host HV01 { }\n"));
		assertFalse(HvNetText.declaresPackage("host HV01 { }\npackage lab\n"));
		assertFalse(HvNetText.declaresPackage("packages\n"));
		assertFalse(HvNetText.declaresPackage("/* never closed package lab"));
	}

	@Test
	public void aLoneCarriageReturnEndsALineCommentAsAnLfDoes() {
		XtextResource resource = loader.parse(URI.createURI("inmemory:/cr.hvnet"), "// hosts\rhost HV01 { nic NIC1 }\r");
		assertEquals(List.of(), resource.getErrors());
		assertEquals("HV01", ((Host) network(resource).getElements().get(0)).getName());
	}
}
