package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Topology;

/** The model layer's names, kind words and "which switch is an adapter on", on real text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class ModelFactsTest {

	private static final String TEXT = """
			package lab
			host H {
			    nic N1
			    nic N2
			    external switch Ext on N2
			    internal switch Int
			    parent {
			        vnic V1 switch Int
			        vnic V2 switch Ext
			    }
			    vm VM1 { synthetic adapter A switch Int }
			    vm VM2 {
			        synthetic adapter B switch Int
			        legacy adapter C
			    }
			}
			physical switch P ports 2
			server S { nic N }
			""";

	@Inject
	private ParseHelper<Network> parser;

	@Test
	public void aSwitchHasItsHostVnicsThenItsVmAdaptersInModelOrder() throws Exception {
		Network network = parser.parse(TEXT);
		VirtualSwitch internal = (VirtualSwitch) find(network, "Int");
		assertEquals(List.of("lab.H.V1", "lab.H.VM1.A", "lab.H.VM2.B"),
				Topology.adaptersOn(internal).stream().map(Names::of).toList());
		assertEquals(List.of("lab.H.V2"), Topology.adaptersOn((VirtualSwitch) find(network, "Ext")).stream()
				.map(Names::of).toList(), "the uplink NIC is no adapter on the switch");
		for (Adapter a : Topology.adaptersOn(internal)) {
			assertSame(internal, Topology.switchOf(a));
		}
		assertNull(Topology.switchOf((Adapter) find(network, "C")), "an unplugged VM adapter");
		assertNull(Topology.switchOf((Adapter) find(network, "N2")), "a physical NIC, even one a switch took");
	}

	@Test
	public void namesAreWhatAnAdministratorSays() throws Exception {
		Network network = parser.parse(TEXT);
		Host host = (Host) find(network, "H");
		assertEquals("lab.H.V1", Names.of(find(network, "V1")), "a host vNIC belongs to the host, not to parent");
		assertEquals("lab.H.parent", Names.of(host.getParent()));
		assertEquals("lab.H.parent", Names.stack(host));
		assertEquals("lab.H.VM2.C", Names.of(find(network, "C")));
		assertEquals("lab.S", Names.stack((Server) find(network, "S")));
		assertEquals("H.V1", Names.label((NetworkNode) find(network, "V1")), "a message names the host");
		assertEquals("VM2.C", Names.label((NetworkNode) find(network, "C")));
		assertEquals("VM2.C", Names.within(host, find(network, "C")));
		assertEquals("V1", Names.within(host, find(network, "V1")));
		assertNull(Names.within(find(network, "S"), find(network, "C")), "C is not inside S");
	}

	@Test
	public void everyKindHasOneWord() throws Exception {
		Network network = parser.parse(TEXT);
		assertEquals(List.of("host H", "physical NIC N1", "external switch Ext", "internal switch Int", "host vNIC V1",
				"VM VM1", "VM adapter A", "physical switch P", "server S"),
				List.of("H", "N1", "Ext", "Int", "V1", "VM1", "A", "P", "S").stream()
						.map(n -> KindWords.named((NetworkNode) find(network, n))).toList());
		assertEquals("an external switch", KindWords.withArticle(KindWords.of(find(network, "Ext"))));
		assertEquals("a host vNIC", KindWords.withArticle(KindWords.of(find(network, "V1"))));
		assertEquals("Physical NIC", KindWords.title(KindWords.of(find(network, "N1"))));
	}

	/** The named element anywhere in the network (TeamsTest finds its elements the same way). */
	static EObject find(Network network, String name) {
		for (EObject o : (Iterable<EObject>) network::eAllContents) {
			if (o instanceof NetworkNode n && name.equals(n.getName())) {
				return o;
			}
		}
		throw new AssertionError("no " + name);
	}
}
