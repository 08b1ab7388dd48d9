package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.validation.HvNetDiagnostician;
import io.hvnet.dsl.validation.IssueCodes;

/**
 * A large file is validated on two threads (HvNetDiagnostician, issue #18): the diagnostics must be the ones one
 * thread finds, in the same order, whole-file rules and per-element rules alike, all over the file.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class ParallelValidationTest {

	@Inject
	private HvNetLoader loader;

	@Inject
	private Injector injector;

	/**
	 * {@code hosts} hosts of 8 VMs, cabled to access switches, with mistakes spread over the whole file: a MAC written
	 * twice (a whole-file rule), a VLAN id out of range, a name used twice in a host, a speed on a VM adapter, a port
	 * beyond the switch's ports.
	 */
	static String topology(int hosts) {
		StringBuilder text = new StringBuilder("// hosts with mistakes every few hosts\n");
		for (int h = 0; h < hosts; h++) {
			text.append("host HV").append(h).append(" {\n");
			text.append("    nic NIC1 { mac ").append(mac(1, h)).append(" ip 10.1.").append(h / 250).append('.')
					.append(h % 250 + 1).append("/16 }\n");
			text.append("    nic NIC2 { mac ").append(mac(2, h)).append(" bindings vms }\n");
			text.append("    external switch Ext on NIC2\n");
			text.append("    parent { vnic vEthernet switch Ext { mac ").append(mac(3, h)).append(" } }\n");
			for (int v = 0; v < 8; v++) {
				String name = h % 37 == 5 && v == 7 ? "VM6" : "VM" + v;
				String mac = h % 29 == 3 && v == 0 ? mac(4, (h - 1) * 8) : mac(4, h * 8 + v);
				String vlan = h % 23 == 9 && v == 2 ? " vlan 5000" : " vlan " + (v + 1);
				String speed = h % 31 == 17 && v == 4 ? " speed 10 Gbps" : "";
				text.append("    vm ").append(name).append(" { synthetic adapter Net switch Ext { mac ").append(mac)
						.append(vlan).append(speed).append(" } }\n");
			}
			text.append("}\n");
		}
		int switches = (hosts + 23) / 24;
		for (int s = 0; s < switches; s++) {
			text.append("physical switch Access").append(s).append(" ports 48\n");
		}
		for (int h = 0; h < hosts; h++) {
			int port = h % 24 * 2 + 1;
			text.append("cable HV").append(h).append(".NIC1 to Access").append(h / 24).append(" port ").append(port)
					.append('\n');
			text.append("cable HV").append(h).append(".NIC2 to Access").append(h / 24).append(" port ")
					.append(h % 41 == 40 ? 49 : port + 1).append('\n');
		}
		return text.toString();
	}

	private static String mac(int kind, int index) {
		return String.format("02:%02X:00:%02X:%02X:%02X", kind, (index >> 16) & 255, (index >> 8) & 255, index & 255);
	}

	private static List<String> described(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " "
				+ IssueCodes.userCode(i.getCode()) + " " + i.getMessage()).toList();
	}

	@Test
	public void aLargeFileGetsTheDiagnosticsOneThreadFindsInTheSameOrder() {
		XtextResource resource = loader.load(List.of(new HvNetLoader.Source(URI.createURI("inmemory:/big.hvnet"),
				topology(400)))).get(0);
		Network network = (Network) resource.getContents().get(0);
		int[] runs = HvNetDiagnostician.runs(network.eContents());
		assertTrue(runs.length > 3, "the file is large enough to be shared: " + Arrays.toString(runs));
		assertEquals(0, runs[0]);
		assertEquals(network.eContents().size(), runs[runs.length - 1]);
		// the middle run's first element: either thread may take either half's runs
		int split = runs[runs.length / 2];

		ResourceValidatorImpl validator = (ResourceValidatorImpl) injector.getInstance(IResourceValidator.class);
		assertInstanceOf(HvNetDiagnostician.class, validator.getDiagnostician());
		EValidator.Registry registry = injector.getInstance(EValidator.Registry.class);
		List<String> twoThreads;
		List<String> oneThread;
		var bound = validator.getDiagnostician();
		try {
			// two threads whatever this machine has (the bound one shares only where there are two cores)
			validator.setDiagnostician(diagnostician(registry, true));
			twoThreads = described(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
			validator.setDiagnostician(diagnostician(registry, false));
			oneThread = described(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		} finally {
			// the validator may be shared by the injector's other users
			validator.setDiagnostician(bound);
		}

		assertEquals(oneThread, twoThreads);
		// the mistakes are found in both halves of the file, by whole-file and per-element rules
		int splitLine = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(network.eContents().get(split))
				.getStartLine();
		Set<String> codes = oneThread.stream().map(d -> d.split(" ")[2]).collect(Collectors.toSet());
		assertTrue(codes.containsAll(Set.of("HVN017", "HVN020", "HVN030", "HVN035", "HVN037")), codes::toString);
		for (String code : List.of("HVN017", "HVN030", "HVN035", "HVN037")) {
			assertTrue(oneThread.stream().anyMatch(d -> d.split(" ")[2].equals(code) && line(d) < splitLine),
					code + " before line " + splitLine);
			assertTrue(oneThread.stream().anyMatch(d -> d.split(" ")[2].equals(code) && line(d) >= splitLine),
					code + " after line " + splitLine);
		}
	}

	private HvNetDiagnostician diagnostician(EValidator.Registry registry, boolean parallel) {
		HvNetDiagnostician diagnostician = new HvNetDiagnostician(registry, parallel);
		injector.injectMembers(diagnostician);
		return diagnostician;
	}

	private static int line(String described) {
		return Integer.parseInt(described.substring(0, described.indexOf(':')));
	}
}
