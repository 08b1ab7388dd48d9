package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.model.Segments;
import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.dsl.model.Vlans;

/** An adapter's VLAN setting as the one model of VLAN membership, and the membership's trunk form. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class VlansTest {

	private static final String TEXT = """
			host H {
			    nic N1 { ip 10.0.0.1/24 vlan 7 }
			    private switch P
			    vm A { synthetic adapter X switch P { ip 10.0.1.1/24 vlan 10 } }
			    vm B { synthetic adapter X switch P { ip 10.0.1.2/24 vlan 20 } }
			    vm C { synthetic adapter X switch P { ip 10.0.1.3/24 vlan 10 } }
			    vm D { synthetic adapter X switch P { ip 10.0.1.4/24 } }
			}
			""";

	@Inject
	private ParseHelper<Network> parser;

	private Adapter adapter(Network network, String vm) {
		for (EObject o : (Iterable<EObject>) network::eAllContents) {
			if (o instanceof Adapter a && (a.eContainer() instanceof io.hvnet.dsl.hvnet.VirtualMachine m
					? m.getName().equals(vm)
					: a.getName().equals(vm))) {
				return a;
			}
		}
		throw new AssertionError("no adapter " + vm);
	}

	@Test
	public void anAccessVlanIsCarriedUntaggedAndShownAsWritten() throws Exception {
		Network network = parser.parse(TEXT);
		VlanMembership a = Vlans.of(adapter(network, "A"));
		assertFalse(a.isTrunk());
		assertEquals(10, a.untaggedVlan());
		assertTrue(a.carries(10));
		assertFalse(a.carries(20));
		assertEquals(0, a.tagFor(10), "an access port sends its VLAN untagged");
		assertEquals(10, a.vlanOf(0));
		assertEquals("10", Vlans.describe(adapter(network, "A")));
		assertEquals("", Vlans.describe(adapter(network, "D")), "no vlan: untagged, nothing to show");
		assertEquals(VlanMembership.untagged(), Vlans.of(adapter(network, "D")));
		assertEquals(7, Vlans.of(adapter(network, "N1")).untaggedVlan(), "a NIC's driver tags with its VLAN");
	}

	@Test
	public void segmentsSplitBySameVlan() throws Exception {
		Network network = parser.parse(TEXT);
		Segments segments = Segments.of(network);
		Adapter a = adapter(network, "A");
		Adapter b = adapter(network, "B");
		Adapter c = adapter(network, "C");
		assertTrue(Vlans.sameVlan(a, c));
		assertFalse(Vlans.sameVlan(a, b));
		assertEquals(segments.of(a), segments.of(c));
		assertNotEquals(segments.of(a), segments.of(b));
	}

	@Test
	public void aTrunkCarriesItsAllowedVlansTaggedAndItsNativeVlanUntagged() {
		VlanMembership trunk = VlanMembership.trunk(List.of(20, 10), 5);
		assertTrue(trunk.isTrunk());
		assertEquals(List.of(10, 20), trunk.allowed());
		assertTrue(trunk.carries(10) && trunk.carries(20) && trunk.carries(5));
		assertFalse(trunk.carries(30));
		assertEquals(5, trunk.vlanOf(0), "untagged frames belong to the native VLAN");
		assertEquals(20, trunk.vlanOf(20));
		assertEquals(-1, trunk.vlanOf(30), "a tag the trunk does not allow");
		assertEquals(0, trunk.tagFor(5), "the native VLAN leaves untagged");
		assertEquals(10, trunk.tagFor(10));
		assertEquals("trunk 10, 20 native 5", trunk.describe());
	}

	@Test
	public void aTrunkWithoutAListCarriesEveryTag() {
		VlanMembership every = VlanMembership.everyVlan();
		assertEquals(every, VlanMembership.trunk(List.of(), 0));
		assertTrue(every.carries(0) && every.carries(1) && every.carries(4094));
		assertEquals(4094, every.vlanOf(4094));
		assertEquals(0, every.vlanOf(0));
		assertEquals(4094, every.tagFor(4094));
		assertEquals("trunk", every.describe());
		assertEquals("trunk native 3", VlanMembership.trunk(List.of(), 3).describe());
	}

	@Test
	public void aTrunkWrittenInTextIsReadWithItsRangesAndNativeVlan() throws Exception {
		Network network = parser.parse("""
				host H {
				    private switch P
				    vm T { synthetic adapter X switch P { vlan trunk 10, 20, 100-103, 4093-4094 native 1 } }
				    vm A { synthetic adapter X switch P { vlan access 30 } }
				    vm R { synthetic adapter X switch P { vlan trunk 7-5 } }
				}
				""");
		assertTrue(network.eResource().getErrors().isEmpty(), () -> network.eResource().getErrors().toString());
		VlanMembership trunk = Vlans.of(adapter(network, "T"));
		assertTrue(trunk.isTrunk());
		assertEquals(List.of(10, 20, 100, 101, 102, 103, 4093, 4094), trunk.allowed());
		assertEquals(1, trunk.untaggedVlan(), "the native VLAN is the adapter's own, untagged VLAN");
		assertTrue(trunk.carries(102) && !trunk.carries(104));
		assertEquals("trunk 10, 20, 100-103, 4093, 4094 native 1", trunk.describe(),
				"runs of three or more ids are shown as a range");
		VlanMembership access = Vlans.of(adapter(network, "A"));
		assertFalse(access.isTrunk());
		assertEquals(VlanMembership.access(30), access, "'vlan access N' is 'vlan N'");
		assertEquals(List.of(), Vlans.ids(adapter(network, "R").getTrunkVlans()), "a reversed range names nothing");
	}

	@Test
	public void privateVlanPortsAreReadWithTheirPrimaryAndSecondaries() throws Exception {
		Network network = parser.parse("""
				host H {
				    private switch P
				    vm I { synthetic adapter X switch P { vlan isolated primary 10 secondary 200 } }
				    vm C { synthetic adapter X switch P { vlan community primary 10 secondary 201 } }
				    vm M { synthetic adapter X switch P { vlan promiscuous primary 10 secondary 200-202, 205 } }
				}
				""");
		assertTrue(network.eResource().getErrors().isEmpty(), () -> network.eResource().getErrors().toString());
		VlanMembership isolated = Vlans.of(adapter(network, "I"));
		assertEquals(200, isolated.vlanOf(0), "an isolated port's frames travel in its secondary VLAN");
		assertTrue(isolated.carries(10) && !isolated.carries(200), "reached from the primary only");
		assertEquals(0, isolated.tagFor(10));
		assertEquals("isolated primary 10 secondary 200", isolated.describe());
		VlanMembership community = Vlans.of(adapter(network, "C"));
		assertEquals(201, community.vlanOf(0));
		assertTrue(community.carries(10) && community.carries(201) && !community.carries(200));
		VlanMembership promiscuous = Vlans.of(adapter(network, "M"));
		assertEquals(10, promiscuous.vlanOf(0), "a promiscuous port's frames travel in the primary");
		assertTrue(promiscuous.carries(200) && promiscuous.carries(202) && promiscuous.carries(205));
		assertFalse(promiscuous.carries(203));
		assertEquals("promiscuous primary 10 secondary 200-202, 205", promiscuous.describe());
		assertEquals(List.of(200, 201, 202, 205), promiscuous.secondaryVlans());
		assertTrue(Vlans.sameVlan(adapter(network, "I"), adapter(network, "M")),
				"the secondaries share the primary's broadcast domain and subnet");
	}
}
