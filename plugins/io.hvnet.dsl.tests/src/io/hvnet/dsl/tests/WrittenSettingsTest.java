package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
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

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.validation.IssueCodes;
import io.hvnet.dsl.validation.WrittenSettings;

/**
 * {@link WrittenSettings} counts what {@link NodeModelUtils#findNodesForFeature} finds, for every feature of every
 * element, and the {@code vlan} keywords among its leaves; the rules built on it report a setting written twice at the
 * same place as before.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class WrittenSettingsTest {

	/** Every adapter setting written twice, a parent partition (a grammar action), a scenario with a count. */
	private static final String TWICE = """
			host H {
			    nic N { mac 02:00:00:00:00:01 mac 02:00:00:00:00:02 ip 10.0.0.1/24 ip 10.0.0.2/24 speed 10 Gbps speed 1 Gbps }
			    nic M
			    external switch E on M
			    parent { vnic V switch E { gateway 10.0.0.9 gateway 10.0.0.8 metric 5 metric 6 vlan 10 vlan 20 } }
			}
			scenario "s" { ping H.parent -> 10.0.0.1 count 2 }
			""";

	@Inject
	private ParseHelper<Network> parser;

	@Inject
	private ValidationTestHelper validation;

	static Stream<Path> examples() {
		return Examples.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	public void countsWhatFindNodesForFeatureFindsInTheExamples(Path file) throws Exception {
		sameCountsForEveryFeature(parser.parse(Examples.read(file)));
	}

	@Test
	public void countsSettingsWrittenTwice() throws Exception {
		Network network = parser.parse(TWICE);
		assertTrue(network.eResource().getErrors().isEmpty(), () -> "syntax: " + network.eResource().getErrors());
		sameCountsForEveryFeature(network);
	}

	@Test
	public void aSettingWrittenTwiceIsReportedAtItsFirstValue() throws Exception {
		Network network = parser.parse(TWICE);
		EcoreUtil.resolveAll(network);
		List<Issue> twice = validation.validate(network).stream()
				.filter(i -> IssueCodes.SETTING_TWICE.equals(i.getCode())).toList();
		// mac, ip and speed on the NIC, gateway and metric on the vNIC, each at its first value; 'vlan' on the name
		assertEquals(Stream.of("'mac' " + at(2, "02:00:00:00:00:01"), "'ip' " + at(2, "10.0.0.1/24"),
				"'speed' " + at(2, "10 Gbps"), "'gateway' " + at(5, "10.0.0.9"), "'metric' " + at(5, "5 metric"),
				"'vlan' " + at(5, "V switch")).sorted().toList(),
				twice.stream().map(i -> i.getMessage().substring(0, i.getMessage().indexOf(' ')) + " "
						+ i.getLineNumber() + ":" + i.getColumn()).sorted().toList());
	}

	/** "line:column" (both from 1) of the first {@code text} on that line of {@link #TWICE}. */
	private static String at(int line, String text) {
		return line + ":" + (TWICE.lines().toList().get(line - 1).indexOf(text) + 1);
	}

	private static void sameCountsForEveryFeature(Network network) {
		int compared = 0;
		for (EObject element : (Iterable<EObject>) () -> EcoreUtil.getAllContents(network, true)) {
			WrittenSettings written = WrittenSettings.of(element);
			for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
				List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
				assertEquals(nodes.size(), written.times(feature),
						() -> feature.getName() + " of " + element.eClass().getName() + " in " + nodes);
				compared += nodes.size();
			}
			// VlanRules looks for a second VLAN mode among an adapter's leaves only when this count says there is one
			if (element instanceof Adapter) {
				long vlanWords = StreamSupport.stream(NodeModelUtils.getNode(element).getLeafNodes().spliterator(), false)
						.filter(l -> !l.isHidden() && l.getGrammarElement() instanceof Keyword k
								&& k.getValue().equals("vlan"))
						.count();
				assertEquals(vlanWords, written.vlanWords(), () -> "'vlan' words of " + NodeModelUtils.getNode(element)
						.getText());
			}
		}
		assertTrue(compared > 0, "the text sets no feature at all");
	}
}
