package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Injector;

import io.hvnet.diagram.model.ElementIndex;
import io.hvnet.diagram.model.TopologyGraph;
import io.hvnet.dsl.HvNetStandaloneSetup;
import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.hvnet.ParentPartition;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Topology;
import io.hvnet.headless.UsageException;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.build.RuntimeNetwork;
import io.hvnet.sim.build.RuntimeNetworkBuilder;
import io.hvnet.sim.net.Bridge;
import io.hvnet.sim.net.IpInterface;
import io.hvnet.sim.net.IpStack;

/**
 * An element has one name in every bundle (issue #13): the diagram's id, the simulator's switches, switch ports,
 * interfaces and IP stacks, and the endpoint names {@code simulate} accepts are all the name the language's
 * qualified-name provider gives it. This test sits in the CLI because the CLI is the one module that sees them all.
 */
class OneNameEverywhereTest {

	private static final Injector LANGUAGE = new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration();

	@TempDir
	Path tmp;

	static List<Path> examples() throws IOException {
		try (Stream<Path> files = Files.walk(CliRun.examples())) {
			return files.filter(p -> p.toString().endsWith(".hvnet")).sorted().toList();
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyBundleNamesAnElementOfAnExampleAsTheLanguageDoes(Path file) {
		assertEveryBundleAgrees(load(file));
	}

	/** A package puts its name in front of every element's: the prefix must reach every bundle too. */
	@Test
	void aPackageNameReachesEveryBundle() throws IOException {
		Path file = tmp.resolve("packaged.hvnet");
		Files.writeString(file, "package lab.east\n" + Files.readString(Path.of(CliRun.example("fig12"))));
		Network network = load(file);
		assertEquals(QualifiedName.create("lab", "east", "HV01", "VM1", "Net1"),
				language().getFullyQualifiedName(find(network, "Net1")));
		assertEveryBundleAgrees(network);
	}

	private static void assertEveryBundleAgrees(Network network) {
		IQualifiedNameProvider language = language();
		ElementIndex diagram = new ElementIndex();
		new TopologyGraph(diagram).build(network);
		RuntimeNetwork simulator = RuntimeNetworkBuilder.build(List.of(network), SimulationOptions.defaults(), false);
		EndpointNames cli = new EndpointNames(List.of(network));
		Map<String, Bridge> bridges = new HashMap<>();
		simulator.bridges().forEach(b -> bridges.put(b.name(), b));

		int checked = 0;
		for (EObject o : (Iterable<EObject>) network::eAllContents) {
			if (!(o instanceof NetworkNode || o instanceof ParentPartition)) {
				continue;
			}
			String name = language.getFullyQualifiedName(o).toString();
			assertSame(o, diagram.get(name), () -> "the diagram draws " + name + " under another id");
			if (o instanceof VirtualSwitch || o instanceof PhysicalSwitch) {
				assertTrue(bridges.containsKey(name), () -> "the simulator has no switch " + name + ": "
						+ bridges.keySet());
			}
			if (o instanceof Adapter a && pluggedInto(a) != null) {
				String vswitch = language.getFullyQualifiedName(pluggedInto(a)).toString();
				assertTrue(portNames(bridges.get(vswitch)).contains(name), () -> "switch " + vswitch
						+ " of the simulator has no port " + name + ": " + portNames(bridges.get(vswitch)));
			}
			if (o instanceof Endpoint e) {
				String stack = e instanceof Host ? language.getFullyQualifiedName(e).append("parent").toString() : name;
				IpStack ip = simulator.stackOf(e);
				assertEquals(stack, ip.name(), "the simulator's IP stack");
				Set<String> interfaces = new HashSet<>();
				Topology.ipInterfaces(e).forEach(a -> interfaces.add(language.getFullyQualifiedName(a).toString()));
				// a router interface's 802.1Q sub-interfaces are interfaces of its stack too
				Topology.ipInterfaces(e).stream().filter(PhysicalNic.class::isInstance)
						.flatMap(a -> ((PhysicalNic) a).getSubinterfaces().stream())
						.forEach(s -> interfaces.add(language.getFullyQualifiedName(s).toString()));
				for (IpInterface i : ip.interfaces()) {
					assertTrue(interfaces.contains(i.name()), () -> stack + "'s interface " + i.name()
							+ " is none of the language's " + interfaces);
				}
				assertSame(e, resolve(cli, stack), () -> "simulate --ping does not take " + stack);
			}
			checked++;
		}
		assertTrue(checked > 5, "the example has elements to compare: " + checked);
	}

	/** The switch the simulator plugs an adapter into: its virtual switch, or the one that took the NIC. */
	private static EObject pluggedInto(Adapter a) {
		return a instanceof PhysicalNic nic ? Topology.externalSwitchOf(nic) : Topology.switchOf(a);
	}

	private static List<String> portNames(Bridge bridge) {
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= bridge.portCount(); i++) {
			names.add(bridge.port(i).name());
		}
		return names;
	}

	private static Endpoint resolve(EndpointNames cli, String name) {
		try {
			return cli.resolve(name);
		} catch (UsageException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	private static IQualifiedNameProvider language() {
		return LANGUAGE.getInstance(IQualifiedNameProvider.class);
	}

	private static Network load(Path file) {
		XtextResourceSet set = LANGUAGE.getInstance(XtextResourceSet.class);
		Resource resource = set.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
		EcoreUtil.resolveAll(set);
		assertTrue(resource.getErrors().isEmpty(), () -> file + ": " + resource.getErrors());
		return (Network) resource.getContents().get(0);
	}

	private static EObject find(Network network, String name) {
		for (EObject o : (Iterable<EObject>) network::eAllContents) {
			if (o instanceof NetworkNode n && name.equals(n.getName())) {
				return o;
			}
		}
		throw new AssertionError("no " + name);
	}
}
