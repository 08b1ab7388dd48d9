package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableEnd;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.model.Cabling;

/** Where a NIC's cable goes: the cables of the NIC's file, the first one naming it, and never a removed cable. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class CablingTest {

	@Inject
	private ParseHelper<Network> parser;

	static Stream<Path> examples() {
		return Examples.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	public void everyNicOfTheExamplesFindsTheCableThatNamesIt(Path file) throws Exception {
		Network network = parser.parse(Examples.read(file));
		EcoreUtil.resolveAll(network);
		for (PhysicalNic nic : EcoreUtil2.eAllOfType(network, PhysicalNic.class)) {
			assertSame(firstCableEnd(network, nic), Cabling.otherEnd(nic), () -> nic.getName() + " in " + file);
		}
	}

	@Test
	public void aNicOnTwoCablesGoesWhereTheFirstOneSays() throws Exception {
		Network network = parser.parse("host H { nic N nic M } physical switch P ports 4"
				+ " cable H.N to P port 2 cable P port 3 to H.N cable H.M to H.N");
		PhysicalNic n = nic(network, "N");
		PortEnd port = (PortEnd) Cabling.otherEnd(n);
		assertEquals(2, port.getPort());
		assertSame(port, Cabling.portOf(n));
		assertTrue(Cabling.otherEnd(nic(network, "M")) instanceof NicEnd end && end.getNic() == n);
	}

	@Test
	public void aCableRemovedFromTheModelIsForgotten() throws Exception {
		Network network = parser.parse("host H { nic N nic M } physical switch P ports 4 cable H.N to P port 2");
		PhysicalNic n = nic(network, "N");
		Cable cable = EcoreUtil2.eAllOfType(network, Cable.class).get(0);
		assertSame(cable.getTo(), Cabling.otherEnd(n));
		EcoreUtil.remove(cable);
		assertNull(Cabling.otherEnd(n));
		assertNull(Cabling.otherEnd(nic(network, "M")));
	}

	private static PhysicalNic nic(Network network, String name) {
		return EcoreUtil2.eAllOfType(network, PhysicalNic.class).stream().filter(n -> name.equals(n.getName()))
				.findFirst().orElseThrow();
	}

	/** The reference: the first cable of the file with the NIC at either end. */
	private static CableEnd firstCableEnd(Network network, PhysicalNic nic) {
		List<Cable> cables = EcoreUtil2.eAllOfType(network, Cable.class);
		for (Cable c : cables) {
			if (c.getFrom() instanceof NicEnd from && from.getNic() == nic) {
				return c.getTo();
			}
			if (c.getTo() instanceof NicEnd to && to.getNic() == nic) {
				return c.getFrom();
			}
		}
		return null;
	}
}
