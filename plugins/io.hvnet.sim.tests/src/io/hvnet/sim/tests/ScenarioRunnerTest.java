package io.hvnet.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.tests.Examples;
import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.tests.HvNetInjectorProvider;
import io.hvnet.sim.ExpectationResult;
import io.hvnet.sim.PingOutcome;
import io.hvnet.sim.ScenarioResult;
import io.hvnet.sim.ScenarioRunner;
import io.hvnet.sim.build.Names;

/** Every scenario of every example holds; a wrong expectation fails with a message that says what happened. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class ScenarioRunnerTest {

	@Inject
	private HvNetLoader loader;

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	static List<Path> examples() {
		return Examples.all();
	}

	@ParameterizedTest
	@MethodSource("examples")
	public void everyScenarioOfTheExamplesHolds(Path file) throws Exception {
		Network network = new Topologies(loader).parse(Examples.read(file));
		List<ScenarioResult> results = new ScenarioRunner().run(List.of(network));
		assertFalse(results.isEmpty(), file + " has no scenario");
		for (ScenarioResult scenario : results) {
			for (PingOutcome ping : scenario.pings()) {
				for (ExpectationResult e : ping.expectations()) {
					assertTrue(e.passed(), () -> file + ": " + ping.description() + ": " + e.description() + ": "
							+ e.message());
				}
			}
		}
	}

	@Test
	public void aWrongPathExpectationSaysWhereTheRequestWent() throws Exception {
		String text = Examples.read(Examples.seed("fig10")).replace(
				"expect path via HV01.NIC1, PSW1, FileServer.NIC1", "expect path via HV01.vEthernet, PSW1");
		Network network = new Topologies(loader).parse(text);
		ExpectationResult path = new ScenarioRunner().run(List.of(network)).get(0).pings().get(0).expectations()
				.stream().filter(e -> e.description().startsWith("expect path")).findFirst().orElseThrow();
		assertFalse(path.passed());
		assertEquals("expected path via HV01.vEthernet, PSW1 but request 1 went HV01.parent → HV01.NIC1 → PSW1 → "
				+ "FileServer.NIC1 → FileServer", path.message());
	}

	@Test
	public void aWrongReachabilityExpectationGivesTheReason() throws Exception {
		String text = Examples.read(Examples.root().resolve("lab/lab.hvnet"))
				.replace("ping HV01.LabA -> FileServer\n        expect unreachable",
						"ping HV01.LabA -> FileServer\n        expect reachable");
		Network network = new Topologies(loader).parse(text);
		ExpectationResult failed = new ScenarioRunner().run(List.of(network)).stream()
				.flatMap(s -> s.pings().stream()).flatMap(p -> p.expectations().stream())
				.filter(e -> !e.passed()).findFirst().orElseThrow();
		assertEquals("the target was not reached: no route from HV01.LabA to 10.0.0.100 (0 of 1 echo requests answered)",
				failed.message());
	}

	@Test
	public void expectUnreachableFailsWhenTheTargetAnswers() throws Exception {
		String text = Examples.read(Examples.seed("fig09")).replace("expect reachable", "expect unreachable");
		Network network = new Topologies(loader).parse(text);
		ExpectationResult unreachable = new ScenarioRunner().run(List.of(network)).get(0).pings().get(0)
				.expectations().get(0);
		assertEquals("expect unreachable", unreachable.description());
		assertFalse(unreachable.passed());
		assertTrue(unreachable.message().startsWith("the target answered 1 of 1 echo requests; request 1 went "
				+ "HV01.parent → HV01.vEthernet"), unreachable.message());
	}

	/** The simulator names elements without an injector; it must agree with the language's names. */
	@ParameterizedTest
	@MethodSource("examples")
	public void simulatorNamesAgreeWithTheLanguage(Path file) throws Exception {
		Network network = new Topologies(loader).parse(Examples.read(file));
		for (EObject o : (Iterable<EObject>) network::eAllContents) {
			if (o instanceof NetworkNode && !(o instanceof Host)) {
				assertEquals(qualifiedNames.getFullyQualifiedName(o).toString(), Names.of(o));
			}
			if (o instanceof Host host) {
				assertEquals(qualifiedNames.getFullyQualifiedName(host) + ".parent", Names.stack((Endpoint) host));
			}
		}
	}
}
