package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.hvnet.Scenario;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Teams;

@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class ExamplesParseTest {

	@Inject
	private ParseHelper<Network> parser;

	@Inject
	private ValidationTestHelper validation;

	static List<Path> examples() {
		return Examples.all();
	}

	@ParameterizedTest
	@MethodSource("examples")
	public void everyExampleParsesAndLinksWithoutErrors(Path file) throws Exception {
		Network network = parser.parse(Examples.read(file));
		assertTrue(network.eResource().getErrors().isEmpty(), () -> file + ": " + network.eResource().getErrors());
		EcoreUtil.resolveAll(network);
		List<Issue> errors = validation.validate(network).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), () -> file + ": " + errors.stream().map(Issue::toString).collect(Collectors.joining("\n")));
		assertFalse(network.getElements().isEmpty());
	}

	@Test
	public void fig09DeclaresTheSeedTopology() throws Exception {
		Network network = parser.parse(Examples.read(Examples.seed("fig09")));
		Host host = (Host) network.getElements().get(0);
		assertEquals("HV01", host.getName());
		assertEquals("Intel(R) 82574L Gigabit Network Connection", host.getNics().get(0).getDeviceName());
		assertEquals("00:1B:21:3A:00:01", host.getNics().get(0).getMac());
		assertEquals(List.of("vms"), host.getNics().get(0).getBindings());
		VirtualSwitch external = host.getSwitches().get(0);
		assertEquals(SwitchType.EXTERNAL, external.getType());
		assertEquals("Test External Network", external.getDisplayName());
		// a plain external switch: one NIC, no SET team
		assertEquals(List.of(host.getNics().get(0)), Teams.members(external));
		assertFalse(Teams.isTeam(external));
		assertEquals(external, host.getParent().getVnics().get(0).getSwitch());
		Ping ping = network.getElements().stream().filter(Scenario.class::isInstance).map(Scenario.class::cast)
				.findFirst().map(io.hvnet.dsl.model.Scenarios::pings).orElseThrow().get(0);
		assertEquals(host, ping.getFrom());
		assertEquals("FileServer", ((io.hvnet.dsl.hvnet.Server) ping.getTo()).getName());
	}
}
