package io.hvnet.dsl.tests;

import static io.hvnet.dsl.tests.ModelFactsTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.SwitchPort;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Metrics;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.Topology;

/** Switch Embedded Teaming in the model layer: what is a team, its algorithm, and which member each port uses. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class TeamsTest {

	private static final String TEXT = """
			host H {
			    nic N1 "Intel X710" { speed 10 Gbps }
			    nic N2 "Intel X710 #2" { speed 10 Gbps }
			    nic N3 "Intel X710 #3" { speed 10 Gbps }
			    nic Solo
			    nic One
			    external switch Set on N1, N2, N3
			    external switch Plain on Solo
			    external switch TeamOfOne on One teaming hyperv-port
			    parent {
			        vnic V1 switch Set
			        vnic V2 switch Set { team-member N3 }
			    }
			    vm A { synthetic adapter Net switch Set }
			    vm B { synthetic adapter Net switch Set }
			    vm C { synthetic adapter Net switch Set }
			}
			""";

	@Inject
	private ParseHelper<Network> parser;

	@Test
	public void twoNicsMakeATeamOneNicDoesNotUnlessTeamingIsWritten() throws Exception {
		Network network = parser.parse(TEXT);
		VirtualSwitch set = (VirtualSwitch) find(network, "Set");
		assertTrue(Teams.isTeam(set));
		assertEquals(List.of("N1", "N2", "N3"), Teams.members(set).stream().map(PhysicalNic::getName).toList());
		assertEquals(Teams.LoadBalancing.DYNAMIC, Teams.loadBalancing(set), "none written: the default");
		assertEquals("SET team of N1, N2, N3 (Dynamic)", Teams.describe(set));
		VirtualSwitch plain = (VirtualSwitch) find(network, "Plain");
		assertFalse(Teams.isTeam(plain));
		assertNull(Teams.loadBalancing(plain));
		assertEquals("Solo", Teams.describe(plain));
		VirtualSwitch one = (VirtualSwitch) find(network, "TeamOfOne");
		assertTrue(Teams.isTeam(one), "New-VMSwitch -EnableEmbeddedTeaming with one NIC");
		assertEquals(Teams.LoadBalancing.HYPERV_PORT, Teams.loadBalancing(one));
		for (String member : List.of("N1", "N2", "N3")) {
			assertEquals(set, Topology.externalSwitchOf((PhysicalNic) find(network, member)));
		}
	}

	@Test
	public void portsAreAffinitizedRoundRobinInTheOrderWrittenUnlessMapped() throws Exception {
		Network network = parser.parse(TEXT);
		// V1, V2, A.Net, B.Net, C.Net: positions 0..4; V2 is mapped to N3
		assertEquals(List.of("N1", "N3", "N3", "N1", "N2"), affinities(network, nic -> true));
	}

	@Test
	public void aMemberWithoutLinkLosesItsPortsToTheOthers() throws Exception {
		Network network = parser.parse(TEXT);
		Set<String> down = Set.of("N3");
		// N3 is down: the mapping cannot hold, and the round-robin runs over N1, N2
		assertEquals(List.of("N1", "N2", "N1", "N2", "N1"), affinities(network, nic -> !down.contains(nic.getName())));
		assertEquals(List.of("N1", "N1", "N1", "N1", "N1"),
				affinities(network, nic -> nic.getName().equals("N1")), "one member left carries every port");
		assertEquals(List.of("N1", "N3", "N3", "N1", "N2"), affinities(network, nic -> false),
				"no member has a link: the rule runs over all of them (nothing gets through anyway)");
	}

	@Test
	public void membersAreIdenticalWhenModelAndSpeedAgree() throws Exception {
		Network network = parser.parse("""
				host H {
				    nic A "Intel X710" { speed 10 Gbps }
				    nic B "Intel X710 #2" { speed 10000 Mbps }
				    nic C "Intel X710 #3" { speed 25 Gbps }
				    nic D "Broadcom 57414"
				    nic E
				}
				""");
		PhysicalNic a = (PhysicalNic) find(network, "A");
		assertNull(Teams.difference(a, (PhysicalNic) find(network, "B")), "Windows' #2 names the same model");
		assertEquals("10000 Mbps and 25000 Mbps", Teams.difference(a, (PhysicalNic) find(network, "C")));
		assertEquals("\"Intel X710\" and \"Broadcom 57414\"", Teams.difference(a, (PhysicalNic) find(network, "D")));
		assertNull(Teams.difference(a, (PhysicalNic) find(network, "E")), "nothing written, nothing compared");
	}

	@Test
	public void aHostVnicOnATeamCostsItsFirstMembersMetricPlusTheSwitch() throws Exception {
		Network network = parser.parse(TEXT);
		assertEquals(10 + 10, Metrics.metric((SwitchPort) find(network, "V1")), "10 Gbps: 10, plus 10");
	}

	private static List<String> affinities(Network network, Predicate<PhysicalNic> linkUp) {
		VirtualSwitch set = (VirtualSwitch) find(network, "Set");
		return Topology.adaptersOn(set).stream().map(p -> Teams.affinitized(p, linkUp).getName()).toList();
	}
}
