package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.validation.IssueCodes;

/**
 * HVN901 on a large file: a typo in a 56,000-line topology made `check` list the names "known here" by walking
 * Xtext's whole chain of scopes, minutes per unresolved name (issue #18: never a hang). Past a few thousand named
 * elements the message names none.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class UnresolvedNamesTest {

	@Inject
	private HvNetLoader loader;

	/** {@code hosts} hosts of 16 VMs each (35 named elements a host), every VM on switch Ext but {@code typos}. */
	private static String hosts(int hosts, int typos) {
		StringBuilder text = new StringBuilder();
		for (int h = 0; h < hosts; h++) {
			text.append("host HV").append(h).append(" {\n    nic NIC1 { bindings vms }\n    external switch Ext on NIC1\n");
			for (int v = 0; v < 16; v++) {
				String sw = h < typos && v == 0 ? "Exx" : "Ext";
				text.append("    vm VM").append(v).append(" { synthetic adapter Net switch ").append(sw).append(" }\n");
			}
			text.append("}\n");
		}
		return text.toString();
	}

	private List<String> unresolved(String text) {
		XtextResource resource = loader.parse(URI.createURI("inmemory:/large.hvnet"), text);
		return loader.validate(resource, CancelIndicator.NullImpl).stream().filter(i -> IssueCodes.UNRESOLVED_REFERENCE.equals(IssueCodes.userCode(i.getCode())))
				.map(Issue::getMessage).toList();
	}

	@Test
	public void aLargeFilesTyposAreReportedWithoutTheNamesKnownThere() {
		// 300 hosts: 10,500 named elements; the time limit only stops a hang (it took minutes per name before)
		List<String> messages = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> unresolved(hosts(300, 20)));
		assertEquals(20, messages.size(), messages::toString);
		messages.forEach(m -> assertEquals("no virtual switch named 'Exx'", m));
	}

	@Test
	public void aSmallFilesTypoStillListsTheNamesKnownThere() {
		List<String> messages = unresolved(hosts(2, 1));
		assertEquals(List.of("no virtual switch named 'Exx' (known here: Ext, HV0.Ext, HV1.Ext)"), messages);
	}
}
