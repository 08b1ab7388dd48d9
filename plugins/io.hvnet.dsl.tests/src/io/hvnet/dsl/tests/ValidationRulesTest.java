package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.validation.IssueCodes;

/**
 * Every rule of the validator: a text that breaks it gets the code, with the right severity and a message naming
 * the element; the corrected text does not.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class ValidationRulesTest {

	@Inject
	private ParseHelper<Network> parser;

	@Inject
	private ValidationTestHelper validation;

	private List<Issue> issues(String text) throws Exception {
		Network network = parser.parse(text);
		assertTrue(network.eResource().getErrors().isEmpty(), () -> "syntax: " + network.eResource().getErrors());
		EcoreUtil.resolveAll(network);
		return validation.validate(network);
	}

	/** A host whose VM adapter on VLAN 20 leaves through NIC N, cabled to port 3 of a managed switch (%s: its mode). */
	private static final String UPLINKED_VM = "host H { nic N nic M external switch E on N parent { vnic V switch E }"
			+ " vm VM1 { synthetic adapter Net1 switch E { vlan 20 } } }"
			+ " physical switch P ports 8 { port 3 %s } cable H.N to P port 3";

	/** A VM adapter whose settings block the row finishes. */
	private static final String VM = "host H { private switch P vm V { synthetic adapter X switch P ";
	private static final String SERVER = "server S { nic N { mac 02:00:00:00:00:99 ip 10.0.0.99/24 } }\n";

	static Stream<Arguments> rules() {
		return Stream.of(
				Arguments.of(IssueCodes.EXTERNAL_WITHOUT_NIC, Severity.ERROR, "Ext",
						"host H { nic N { bindings vms } external switch Ext }",
						"host H { nic N external switch Ext on N parent { vnic V switch Ext } nic M }"),
				Arguments.of(IssueCodes.NIC_ON_NON_EXTERNAL_SWITCH, Severity.ERROR, "Int",
						"host H { nic N internal switch Int on N parent { vnic V switch Int } }",
						"host H { nic N internal switch Int parent { vnic V switch Int } }"),
				Arguments.of(IssueCodes.NIC_TAKEN_TWICE, Severity.ERROR, "N",
						"host H { nic N nic M external switch A on N external switch B on N parent { vnic V switch A vnic W switch B } }",
						"host H { nic N nic M external switch A on N external switch B on M parent { vnic V switch A vnic W switch B } }"),
				Arguments.of(IssueCodes.UPLINK_OF_OTHER_HOST, Severity.ERROR, "H2",
						"host H1 { nic N nic M } host H2 { nic X external switch E on H1.N parent { vnic V switch E } }",
						"host H1 { nic N nic M } host H2 { nic X nic Y external switch E on X parent { vnic V switch E } }"),
				Arguments.of(IssueCodes.VMS_WITH_IPV4, Severity.ERROR, "N",
						"host H { nic N { bindings vms, ipv4 } }", "host H { nic N { bindings ipv4 } }"),
				Arguments.of(IssueCodes.TAKEN_NIC_BINDINGS, Severity.ERROR, "N",
						"host H { nic N { bindings ipv4, ipv6 } nic M external switch E on N parent { vnic V switch E } }",
						"host H { nic N { bindings vms } nic M external switch E on N parent { vnic V switch E } }"),
				Arguments.of(IssueCodes.VMS_WITHOUT_SWITCH, Severity.WARNING, "N",
						"host H { nic N { bindings vms } }", "host H { nic N { bindings ipv4 } }"),
				Arguments.of(IssueCodes.UNKNOWN_BINDING, Severity.WARNING, "frobnicate",
						"host H { nic N { bindings ipv4, frobnicate } }", "host H { nic N { bindings ipv4, lltd } }"),
				Arguments.of(IssueCodes.ONLY_NIC_TAKEN, Severity.WARNING, "H",
						"host H { nic N external switch E on N parent { vnic V switch E } }",
						"host H { nic N nic M external switch E on N parent { vnic V switch E } }"),
				Arguments.of(IssueCodes.EXTERNAL_WITHOUT_HOST_VNIC, Severity.WARNING, "E",
						"host H { nic N nic M external switch E on N }",
						"host H { nic N nic M external switch E on N parent { vnic V switch E } }"),
				Arguments.of(IssueCodes.INTERNAL_WITHOUT_HOST_VNIC, Severity.WARNING, "I",
						"host H { internal switch I }", "host H { internal switch I parent { vnic V switch I } }"),
				Arguments.of(IssueCodes.HOST_VNIC_ON_PRIVATE, Severity.ERROR, "V",
						"host H { private switch P parent { vnic V switch P } vm A { synthetic adapter X switch P } vm B { synthetic adapter X switch P } }",
						"host H { private switch P vm A { synthetic adapter X switch P } vm B { synthetic adapter X switch P } }"),
				Arguments.of(IssueCodes.ADAPTER_NOT_CONNECTED, Severity.WARNING, "X",
						"host H { vm A { synthetic adapter X } }",
						"host H { internal switch I parent { vnic V switch I } vm A { synthetic adapter X switch I } }"),
				Arguments.of(IssueCodes.PRIVATE_TOO_FEW_PORTS, Severity.WARNING, "P",
						"host H { private switch P vm A { synthetic adapter X switch P } }",
						"host H { private switch P vm A { synthetic adapter X switch P } vm B { legacy adapter X switch P } }"),
				Arguments.of(IssueCodes.SWITCH_OF_OTHER_HOST, Severity.ERROR, "X",
						"host H1 { internal switch I parent { vnic V switch I } } host H2 { vm A { synthetic adapter X switch H1.I } }",
						"host H1 { internal switch I parent { vnic V switch I } vm A { synthetic adapter X switch I } }"),
				Arguments.of(IssueCodes.DUPLICATE_NAME, Severity.ERROR, "N",
						"host H { nic N internal switch N parent { vnic V switch N } }",
						"host H { nic N internal switch I parent { vnic V switch I } }"),
				Arguments.of(IssueCodes.PORT_OUT_OF_RANGE, Severity.ERROR, "9",
						"physical switch P ports 8 " + SERVER + "cable S.N to P port 9",
						"physical switch P ports 8 " + SERVER + "cable S.N to P port 8"),
				Arguments.of(IssueCodes.PORT_CABLED_TWICE, Severity.ERROR, "port 1",
						"physical switch P ports 8 server A { nic N } server B { nic N } cable A.N to P port 1 cable B.N to P port 1",
						"physical switch P ports 8 server A { nic N } server B { nic N } cable A.N to P port 1 cable B.N to P port 2"),
				Arguments.of(IssueCodes.NIC_CABLED_TWICE, Severity.ERROR, "N",
						"physical switch P ports 8 server A { nic N } cable A.N to P port 1 cable A.N to P port 2",
						"physical switch P ports 8 server A { nic N } cable A.N to P port 1"),
				Arguments.of(IssueCodes.CABLE_ENDS, Severity.ERROR, "physical NIC N to itself",
						"server A { nic N } cable A.N to A.N",
						"server A { nic N } server B { nic N } cable A.N to B.N"),
				Arguments.of(IssueCodes.PORT_OUT_OF_RANGE, Severity.ERROR, "ports 7-9",
						"physical switch P ports 8 { port 7-9 access 10 }",
						"physical switch P ports 8 { port 7-8 access 10 }"),
				Arguments.of(IssueCodes.PORT_TWO_MODES, Severity.ERROR, "port 4 of P",
						"physical switch P ports 8 {\n port 1-4 access 10\n port 4 access 20\n}",
						"physical switch P ports 8 {\n port 1-4 access 10\n port 5 access 20\n}"),
				Arguments.of(IssueCodes.DEFAULT_MODE_TWICE, Severity.ERROR, "physical switch P",
						"physical switch P ports 8 { default access 10 default access 20 }",
						"physical switch P ports 8 { default access 10 port 8 access 20 }"),
				Arguments.of(IssueCodes.VLAN_RANGE, Severity.ERROR, "VLAN 5000",
						"physical switch P ports 8 { port 1 trunk 10, 5000 }",
						"physical switch P ports 8 { port 1 trunk 10, 4000 }"),
				Arguments.of(IssueCodes.NATIVE_VLAN_NOT_ALLOWED, Severity.WARNING, "native VLAN 5 of ports 1-2",
						"physical switch P ports 8 { port 1-2 trunk 10, 20 native 5 }",
						"physical switch P ports 8 { port 1-2 trunk 5, 10, 20 native 5 }"),
				Arguments.of(IssueCodes.CABLE_VLAN_MISMATCH, Severity.ERROR,
						"physical NIC S.N tags its frames with VLAN 20, but P port 1 is an access port (VLAN 10)",
						"physical switch P ports 8 { port 1 access 10 } server S { nic N { vlan 20 } } cable S.N to P port 1",
						"physical switch P ports 8 { port 1 trunk 10, 20 } server S { nic N { vlan 20 } } cable S.N to P port 1"),
				Arguments.of(IssueCodes.VLAN_NOT_ON_UPLINK_PORT, Severity.WARNING,
						"VM adapter VM1.Net1 on VLAN 20 leaves host H through N, cabled to P port 3, which is a trunk"
								+ " that does not allow VLAN 20",
						UPLINKED_VM.formatted("trunk 10"), UPLINKED_VM.formatted("trunk 10, 20")),
				Arguments.of(IssueCodes.TRUNK_NO_COMMON_VLAN, Severity.WARNING, "A port 8 (trunk 10 native 10) and B port 8",
						"physical switch A ports 8 { port 8 trunk 10 native 10 } physical switch B ports 8 { port 8 trunk 20 native 20 } cable A port 8 to B port 8",
						"physical switch A ports 8 { port 8 trunk 10 native 10 } physical switch B ports 8 { port 8 trunk 10 native 10 } cable A port 8 to B port 8"),
				Arguments.of(IssueCodes.TOO_MANY_CABLES, Severity.ERROR, "P",
						"physical switch P ports 1 server A { nic N } server B { nic N } cable A.N to P port 1 cable B.N to P port 2",
						"physical switch P ports 2 server A { nic N } server B { nic N } cable A.N to P port 1 cable B.N to P port 2"),
				Arguments.of(IssueCodes.CABLE_LOOP, Severity.WARNING, "A and B are joined by 3 cables (lines 1, 2, 3)",
						"physical switch A ports 4 physical switch B ports 4 cable A port 1 to B port 1\n"
								+ "cable A port 2 to B port 2\ncable B port 3 to A port 3",
						"physical switch A ports 4 physical switch B ports 4 cable A port 1 to B port 1\n"),
				Arguments.of(IssueCodes.NIC_NOT_CABLED, Severity.INFO, "N", SERVER,
						"physical switch P ports 2 " + SERVER + "cable S.N to P port 1"),
				Arguments.of(IssueCodes.DUPLICATE_MAC, Severity.ERROR, "A.N",
						"server A { nic N { mac 02:00:00:00:00:01 } } server B { nic N { mac 02-00-00-00-00-01 } }",
						"server A { nic N { mac 02:00:00:00:00:01 } } server B { nic N { mac 02:00:00:00:00:02 } }"),
				Arguments.of(IssueCodes.INVALID_ADDRESS, Severity.ERROR, "10.0.0.256",
						"server A { nic N { ip 10.0.0.256/24 } }", "server A { nic N { ip 10.0.0.255/24 } }"),
				Arguments.of(IssueCodes.ADDRESS_WITHOUT_PREFIX, Severity.ERROR, "/24",
						"server A { nic N { ip 10.0.0.1 } }", "server A { nic N { ip 10.0.0.1/24 } }"),
				Arguments.of(IssueCodes.GATEWAY_OFF_SUBNET, Severity.ERROR, "10.0.1.1",
						"server A { nic N { ip 10.0.0.5/24 gateway 10.0.1.1 } }",
						"server A { nic N { ip 10.0.0.5/24 gateway 10.0.0.1 } }"),
				Arguments.of(IssueCodes.DUPLICATE_IP, Severity.ERROR, "10.0.0.5",
						"physical switch P ports 2 server A { nic N { ip 10.0.0.5/24 } } server B { nic N { ip 10.0.0.5/24 } } cable A.N to P port 1 cable B.N to P port 2",
						"physical switch P ports 2 physical switch Q ports 2 server A { nic N { ip 10.0.0.5/24 } } server B { nic N { ip 10.0.0.5/24 } } cable A.N to P port 1 cable B.N to Q port 2"),
				// a secondary address is an address on the segment too
				Arguments.of(IssueCodes.DUPLICATE_IP, Severity.ERROR, "10.0.0.5",
						"physical switch P ports 2 server A { nic N { ip 10.0.0.4/24, 10.0.0.5/24 } } server B { nic N { ip 10.0.0.5/24 } } cable A.N to P port 1 cable B.N to P port 2",
						"physical switch P ports 2 server A { nic N { ip 10.0.0.4/24, 10.0.0.6/24 } } server B { nic N { ip 10.0.0.5/24 } } cable A.N to P port 1 cable B.N to P port 2"),
				Arguments.of(IssueCodes.DUPLICATE_IP, Severity.ERROR, "written twice",
						"server A { nic N { ip 10.0.0.4/24, 10.0.0.4/24 } }", "server A { nic N { ip 10.0.0.4/24 } }"),
				Arguments.of(IssueCodes.VLAN_RANGE, Severity.ERROR, "4095",
						"server A { nic N { vlan 4095 } }", "server A { nic N { vlan 4094 } }"),
				Arguments.of(IssueCodes.SETTING_TWICE, Severity.ERROR, "'mac'",
						"server A { nic N { mac 02:00:00:00:00:01 mac 02:00:00:00:00:02 } }",
						"server A { nic N { mac 02:00:00:00:00:01 } }"),
				Arguments.of(IssueCodes.SPEED_ON_VIRTUAL, Severity.WARNING, "speed",
						"host H { internal switch I parent { vnic V switch I { speed 10 Gbps } } }",
						"host H { nic N { speed 10 Gbps } internal switch I parent { vnic V switch I } }"),
				Arguments.of(IssueCodes.PING_FROM_NO_IP, Severity.ERROR, "IPv4",
						SERVER + "server T { nic N } scenario \"s\" { ping T -> S }",
						SERVER + "server T { nic N { ip 10.0.0.7/24 } } scenario \"s\" { ping T -> S }"),
				// a router on a stick has its addresses on its sub-interfaces only
				Arguments.of(IssueCodes.PING_FROM_NO_IP, Severity.ERROR, "IPv4",
						SERVER + "router R { interface G0 { dot1q 10 } } scenario \"s\" { ping R -> S }",
						SERVER + "router R { interface G0 { dot1q 10 { ip 10.0.0.1/24 } } } scenario \"s\" { ping R -> S }"),
				Arguments.of(IssueCodes.PING_COUNT, Severity.ERROR, "at least one",
						SERVER + "scenario \"s\" { ping S -> 10.0.0.1 count 0 }",
						SERVER + "scenario \"s\" { ping S -> 10.0.0.1 count 1 }"),
				Arguments.of(IssueCodes.PORTS_RANGE, Severity.ERROR, "2147483647",
						"physical switch P ports 2147483647", "physical switch P ports 1024"),
				Arguments.of(IssueCodes.METRIC_RANGE, Severity.ERROR, "10000",
						"server A { nic N { metric 10000 } }", "server A { nic N { metric 9999 } }"),
				Arguments.of(IssueCodes.SPEED_RANGE, Severity.ERROR, "401 Gbps",
						"server A { nic N { speed 401 Gbps } }", "server A { nic N { speed 400 Gbps } }"),
				Arguments.of(IssueCodes.PING_COUNT_TOO_HIGH, Severity.ERROR, "2147483647",
						SERVER + "scenario \"s\" { ping S -> 10.0.0.1 count 2147483647 }",
						SERVER + "scenario \"s\" { ping S -> 10.0.0.1 count 1000 }"),
				Arguments.of(IssueCodes.REQUEST_RANGE, Severity.ERROR, "request 3",
						SERVER + "scenario \"s\" { ping S -> 10.0.0.1 count 2 expect request 3 path via S.N }",
						SERVER + "scenario \"s\" { ping S -> 10.0.0.1 count 2 expect request 2 path via S.N }"),
				Arguments.of(IssueCodes.HOPS_RANGE, Severity.ERROR, "hops 2147483647",
						SERVER + "scenario \"s\" { ping S -> 10.0.0.1 expect hops 2147483647 }",
						SERVER + "scenario \"s\" { ping S -> 10.0.0.1 expect hops 3 }"),
				Arguments.of(IssueCodes.PING_VLANS_NEVER_MEET, Severity.WARNING, "VLAN 10 and 20",
						"host H { private switch P vm A { synthetic adapter X switch P { ip 10.0.0.1/24 vlan 10 } } vm B { synthetic adapter X switch P { ip 10.0.0.2/24 vlan 20 } } } scenario \"s\" { ping H.A -> H.B expect reachable }",
						"host H { private switch P vm A { synthetic adapter X switch P { ip 10.0.0.1/24 vlan 10 } } vm B { synthetic adapter X switch P { ip 10.0.0.2/24 vlan 10 } } } scenario \"s\" { ping H.A -> H.B expect reachable }"),
				// Switch Embedded Teaming
				Arguments.of(IssueCodes.TEAM_TOO_LARGE, Severity.ERROR, "9 NICs", team(9), team(8)),
				Arguments.of(IssueCodes.TEAM_NOT_IDENTICAL, Severity.ERROR, "\"Broadcom NetXtreme\"",
						"host H { nic NicA \"Intel X710\" nic NicB \"Broadcom NetXtreme\" external switch Ext on NicA, NicB parent { vnic V switch Ext } }",
						"host H { nic NicA \"Intel X710\" nic NicB \"Intel X710 #2\" external switch Ext on NicA, NicB parent { vnic V switch Ext } }"),
				Arguments.of(IssueCodes.TEAMING_WITHOUT_TEAM, Severity.ERROR, "Int",
						"host H { internal switch Int teaming dynamic parent { vnic V switch Int } }",
						"host H { internal switch Int parent { vnic V switch Int } }"),
				Arguments.of(IssueCodes.NIC_TWICE_IN_TEAM, Severity.ERROR, "NicA",
						"host H { nic NicA nic NicB external switch Ext on NicA, NicA parent { vnic V switch Ext } }",
						"host H { nic NicA nic NicB external switch Ext on NicA, NicB parent { vnic V switch Ext } }"),
				Arguments.of(IssueCodes.TEAM_MAPPING_WITHOUT_TEAM, Severity.ERROR, "host vNIC V",
						"host H { nic NicA nic M external switch Ext on NicA parent { vnic V switch Ext { team-member NicA } } }",
						"host H { nic NicA nic M external switch Ext on NicA teaming dynamic parent { vnic V switch Ext { team-member NicA } } }"),
				Arguments.of(IssueCodes.TEAM_MAPPING_NOT_MEMBER, Severity.ERROR, "NicC",
						"host H { nic NicA nic NicB nic NicC external switch Ext on NicA, NicB parent { vnic V switch Ext { team-member NicC } } }",
						"host H { nic NicA nic NicB nic NicC external switch Ext on NicA, NicB parent { vnic V switch Ext { team-member NicB } } }"),
				Arguments.of(IssueCodes.VLAN_MODE_ON_NIC, Severity.ERROR, "physical NIC N",
						"server A { nic N { vlan trunk 10, 20 native 1 } }", "server A { nic N { vlan 1 } }"),
				Arguments.of(IssueCodes.TRUNK_INCOMPLETE, Severity.ERROR, "allowed VLANs",
						VM + "{ vlan trunk native 1 } } }", VM + "{ vlan trunk 10, 20 native 1 } } }"),
				Arguments.of(IssueCodes.NATIVE_VLAN_NOT_ALLOWED, Severity.WARNING, "native VLAN 5",
						VM + "{ vlan trunk 10, 20 native 5 } } }", VM + "{ vlan trunk 5, 10, 20 native 5 } } }"),
				Arguments.of(IssueCodes.TWO_VLAN_MODES, Severity.ERROR, "V.X",
						VM + "{ vlan 10 vlan trunk 10, 20 native 1 } } }", VM + "{ vlan trunk 10, 20 native 1 } } }"),
				Arguments.of(IssueCodes.PRIVATE_VLAN_IDS, Severity.ERROR, "exactly one secondary",
						VM + "{ vlan isolated primary 10 secondary 200, 201 } } }",
						VM + "{ vlan isolated primary 10 secondary 200 } } }"),
				Arguments.of(IssueCodes.HOST_VNICS_SHARE_VLAN, Severity.WARNING, "H.B and H.A",
						"host H { internal switch I parent { vnic A switch I { ip 10.0.0.1/24 vlan 10 } vnic B switch I { ip 10.0.0.2/24 vlan 10 } } }",
						"host H { internal switch I parent { vnic A switch I { ip 10.0.0.1/24 vlan 10 } vnic B switch I { ip 10.0.0.2/24 vlan 20 } } }"),
				// layer 3: routers and routes
				Arguments.of(IssueCodes.ROUTE_INVALID, Severity.ERROR, "10.2.0.0/16",
						"server A { nic N { ip 10.0.0.5/24 route 10.2.0.9/16 via 10.0.0.1 } }",
						"server A { nic N { ip 10.0.0.5/24 route 10.2.0.0/16 via 10.0.0.1 } }"),
				Arguments.of(IssueCodes.NEXT_HOP_OFF_LINK, Severity.ERROR, "10.0.9.1",
						"router R { interface G0 { ip 10.0.0.1/24 } route 10.2.0.0/16 via 10.0.9.1 }",
						"router R { interface G0 { ip 10.0.0.1/24 } route 10.2.0.0/16 via 10.0.0.9 }"),
				Arguments.of(IssueCodes.ROUTING_LOOP, Severity.WARNING, "10.5.0.0/16",
						"router R1 { interface G0 { ip 10.0.0.1/30 } route 10.5.0.0/16 via 10.0.0.2 } router R2 { interface G0 { ip 10.0.0.2/30 } route 0.0.0.0/0 via 10.0.0.1 } cable R1.G0 to R2.G0",
						"router R1 { interface G0 { ip 10.0.0.1/30 } route 10.5.0.0/16 via 10.0.0.2 } router R2 { interface G0 { ip 10.0.0.2/30 } interface G1 { ip 10.5.0.1/16 } route 0.0.0.0/0 via 10.0.0.1 } cable R1.G0 to R2.G0"),
				Arguments.of(IssueCodes.ROUTER_INTERFACE_WITHOUT_ADDRESS, Severity.WARNING, "G1",
						"router R { interface G0 { ip 10.0.0.1/24 } interface G1 }",
						"router R { interface G0 { ip 10.0.0.1/24 } interface G1 { dot1q 10 { ip 10.0.10.1/24 } } }"),
				Arguments.of(IssueCodes.SUBINTERFACE_VLAN, Severity.ERROR, "VLAN 10",
						"router R { interface G0 { dot1q 10 { ip 10.0.10.1/24 } dot1q 10 { ip 10.0.20.1/24 } } }",
						"router R { interface G0 { dot1q 10 { ip 10.0.10.1/24 } dot1q 20 { ip 10.0.20.1/24 } } }"),
				Arguments.of(IssueCodes.INTERFACE_KEYWORD, Severity.ERROR, "'nic N'",
						"server S { interface N { ip 10.0.0.5/24 } }",
						"server S { nic N { ip 10.0.0.5/24 } }"),
				Arguments.of(IssueCodes.FORWARDING_ON_ROUTER, Severity.WARNING, "forwarding",
						"router R { interface G0 { ip 10.0.0.1/24 forwarding } }",
						"router R { interface G0 { ip 10.0.0.1/24 } } server S { nic N { ip 10.0.0.5/24 forwarding } }"),
				// NAT and the Default Switch
				Arguments.of(IssueCodes.NAT_PREFIX_NO_INTERNAL_SWITCH, Severity.ERROR, "172.21.0.0/24",
						NAT_SWITCH + " nat N prefix 172.21.0.0/24 }",
						NAT_SWITCH + " nat N prefix 172.20.0.0/24 }"),
				Arguments.of(IssueCodes.TWO_NATS_ON_HOST, Severity.ERROR, "one NAT network",
						NAT_SWITCH + " nat N prefix 172.20.0.0/24 nat M prefix 172.20.0.0/24 }",
						NAT_SWITCH + " nat N prefix 172.20.0.0/24 default switch D prefix 172.30.0.0/20 }"),
				Arguments.of(IssueCodes.NAT_PREFIX_OVERLAPS, Severity.ERROR, "overlaps",
						"host H { nic E { ip 172.20.0.10/16 } " + NAT_SWITCH.substring(9) + " nat N prefix 172.20.0.0/24 }",
						"host H { nic E { ip 192.168.1.10/24 } " + NAT_SWITCH.substring(9) + " nat N prefix 172.20.0.0/24 }"),
				Arguments.of(IssueCodes.GATEWAY_NOT_NAT, Severity.WARNING, "gateway 172.30.0.1",
						"host H { default switch D prefix 172.30.0.0/20 vm A { synthetic adapter Net switch D { ip 172.30.0.5/20 gateway 172.30.0.254 } } }",
						"host H { default switch D prefix 172.30.0.0/20 vm A { synthetic adapter Net switch D { ip 172.30.0.5/20 gateway 172.30.0.1 } } }"),
				// failure injection and simulated time
				Arguments.of(IssueCodes.NO_SUCH_CABLE, Severity.ERROR, "unplug",
						CABLED + "scenario \"s\" { unplug cable P port 4 }",
						CABLED + "scenario \"s\" { unplug cable P port 3 }"),
				Arguments.of(IssueCodes.STEP_CHANGES_NOTHING, Severity.WARNING, "already plugged in",
						CABLED + "scenario \"s\" { plug cable S.N }",
						CABLED + "scenario \"s\" { unplug cable P port 3 plug cable S.N }"),
				Arguments.of(IssueCodes.STEP_CHANGES_NOTHING, Severity.WARNING, "already disabled",
						CABLED + "scenario \"s\" { disable S.N disable S.N }",
						CABLED + "scenario \"s\" { disable S.N enable S.N }"),
				Arguments.of(IssueCodes.TIME_UNIT, Severity.ERROR, "'w'",
						CABLED + "scenario \"s\" { wait 2 w }",
						CABLED + "scenario \"s\" { wait 2 min }"),
				Arguments.of(IssueCodes.DURATION_RANGE, Severity.ERROR, "one day",
						"physical switch P ports 8 mac-aging 0 s",
						"physical switch P ports 8 mac-aging 600 s"),
				// DHCP and a switch port's security settings
				Arguments.of(IssueCodes.DHCP_POOLS_OVERLAP, Severity.ERROR, "10.0.10.150-10.0.10.250",
						DHCP_PAIR.formatted("10.0.10.150-10.0.10.250"), DHCP_PAIR.formatted("10.0.10.201-10.0.10.250")),
				Arguments.of(IssueCodes.ROGUE_DHCP_SERVER, Severity.WARNING, "dhcp-guard",
						ROGUE_VM.formatted(""), ROGUE_VM.formatted("dhcp-guard")),
				Arguments.of(IssueCodes.STATIC_ADDRESS_IN_POOL, Severity.WARNING, "10.0.10.150",
						DHCP_SERVER_VM + "vm B { synthetic adapter X switch P { ip 10.0.10.150/24 } } }",
						DHCP_SERVER_VM + "vm B { synthetic adapter X switch P { ip 10.0.10.50/24 } } }"),
				Arguments.of(IssueCodes.DHCP_POOL_OFF_SUBNET, Severity.ERROR, "10.0.20.100-10.0.20.200",
						VM + "{ ip 10.0.10.2/24 dhcp-server pool 10.0.20.100-10.0.20.200 } } }",
						VM + "{ ip 10.0.10.2/24 dhcp-server pool 10.0.10.100-10.0.10.200 exclude 10.0.10.150 router 10.0.10.1 } } }"),
				Arguments.of(IssueCodes.DHCP_WITH_STATIC_ADDRESS, Severity.ERROR, "DHCP",
						DHCP_SERVER_VM + "vm B { synthetic adapter X switch P { ip dhcp ip 10.0.10.50/24 } } }",
						DHCP_SERVER_VM + "vm B { synthetic adapter X switch P { ip dhcp } } }"),
				Arguments.of(IssueCodes.PORT_SECURITY_ON_NIC, Severity.ERROR, "dhcp-guard",
						"server S { nic N { ip 10.0.0.5/24 dhcp-guard } }",
						VM + "{ dhcp-guard router-guard mac-spoofing } } } host H2 { parent { vnic V switch I { dhcp-guard } } internal switch I }"),
				Arguments.of(IssueCodes.DHCP_CLIENT_WITHOUT_SERVER, Severity.WARNING, "DHCP server",
						VM + "{ ip dhcp } } }",
						DHCP_SERVER_VM + "vm B { synthetic adapter X switch P { ip dhcp } } }"),
				// a guest sending from a MAC of its own choosing
				Arguments.of(IssueCodes.GUEST_MAC_WITHOUT_SPOOFING, Severity.WARNING, "mac-spoofing",
						VM + "{ mac 00:15:5D:00:00:01 guest-mac 02:00:00:00:00:09 } } }",
						VM + "{ mac 00:15:5D:00:00:01 guest-mac 02:00:00:00:00:09 mac-spoofing } } }"),
				Arguments.of(IssueCodes.GUEST_MAC_ON_NIC, Severity.ERROR, "physical NIC N",
						"server S { nic N { ip 10.0.0.5/24 guest-mac 02:00:00:00:00:09 } }",
						"server S { nic N { ip 10.0.0.5/24 mac 02:00:00:00:00:09 } }"),
				Arguments.of(IssueCodes.GUEST_MAC_NOT_UNICAST, Severity.ERROR, "01:00:5E:00:00:09",
						VM + "{ guest-mac 01:00:5E:00:00:09 mac-spoofing } } }",
						VM + "{ guest-mac 02:00:5E:00:00:09 mac-spoofing } } }"),
				Arguments.of(IssueCodes.GUEST_MAC_OF_ANOTHER, Severity.WARNING, "B.X",
						GUEST_PAIR.formatted("00:15:5D:00:00:02"), GUEST_PAIR.formatted("02:00:00:00:00:09")),
				// DHCP relays and lease times
				Arguments.of(IssueCodes.DHCP_RELAY_TARGET_UNKNOWN, Severity.WARNING, "10.0.30.99",
						RELAY.formatted("dhcp-relay 10.0.30.99", RELAYED_SCOPE),
						RELAY.formatted("dhcp-relay 10.0.30.10", RELAYED_SCOPE)),
				Arguments.of(IssueCodes.RELAYED_SUBNET_WITHOUT_SCOPE, Severity.WARNING, "10.0.20.0/24",
						RELAY.formatted("dhcp-relay 10.0.30.10", "dhcp-server pool 10.0.30.50-10.0.30.99"),
						RELAY.formatted("dhcp-relay 10.0.30.10", RELAYED_SCOPE)),
				Arguments.of(IssueCodes.DHCP_RELAY_NOT_ROUTING, Severity.ERROR, "does not route",
						RELAY.formatted("", RELAYED_SCOPE) + "server C { nic N { ip 10.0.30.20/24 dhcp-relay 10.0.30.10 } }",
						RELAY.formatted("", RELAYED_SCOPE)
								+ "server C { nic N { ip 10.0.30.20/24 forwarding dhcp-relay 10.0.30.10 } }"),
				Arguments.of(IssueCodes.DHCP_LEASE_RANGE, Severity.ERROR, "999 d",
						VM + "{ ip 10.0.10.2/24 dhcp-server pool 10.0.10.100-10.0.10.200 lease 30 s } } }",
						VM + "{ ip 10.0.10.2/24 dhcp-server pool 10.0.10.100-10.0.10.200 lease 2 min } } }"));
	}

	/** Router R relays DHCP from 10.0.20.0/24 (%s: its relay) to server D on 10.0.30.0/24 (%s: D's scope). */
	private static final String RELAY = "router R { interface G0 { ip 10.0.20.1/24 %s } interface G1 { ip 10.0.30.1/24 } }\n"
			+ "server D { nic N { ip 10.0.30.10/24 gateway 10.0.30.1 %s } }\ncable R.G1 to D.N\n";

	private static final String RELAYED_SCOPE = "dhcp-server pool 10.0.20.50-10.0.20.99 subnet 10.0.20.0/24";

	/** VM A's guest sends from %s; VM B's adapter has MAC 00:15:5D:00:00:02. */
	private static final String GUEST_PAIR = "host H { private switch P vm A { synthetic adapter X switch P {"
			+ " mac 00:15:5D:00:00:01 guest-mac %s mac-spoofing } } vm B { synthetic adapter X switch P {"
			+ " mac 00:15:5D:00:00:02 } } }";

	/** A server cabled to port 3 of a physical switch, for the scenario steps' rows. */
	private static final String CABLED = SERVER + "physical switch P ports 8 cable S.N to P port 3\n";


	/** Two VMs with DHCP servers on one private switch; %s: the second one's pool. */
	private static final String DHCP_PAIR = "host H { private switch P vm A { synthetic adapter X switch P { ip 10.0.10.2/24"
			+ " dhcp-server pool 10.0.10.100-10.0.10.200 } } vm B { synthetic adapter X switch P { ip 10.0.10.3/24"
			+ " dhcp-guard dhcp-server pool %s } } }";

	/** The management OS serves an internal switch, and so does VM R; %s: R's security settings. */
	private static final String ROGUE_VM = "host H { internal switch I parent { vnic V switch I { ip 10.0.10.1/24"
			+ " dhcp-server pool 10.0.10.100-10.0.10.200 } } vm R { synthetic adapter X switch I { ip 10.0.10.2/24 %s"
			+ " dhcp-server pool 10.0.10.201-10.0.10.250 } } }";

	/** A DHCP server VM on a private switch; the row adds another VM and closes the host. */
	private static final String DHCP_SERVER_VM = "host H { private switch P vm A { synthetic adapter X switch P {"
			+ " ip 10.0.10.2/24 dhcp-server pool 10.0.10.100-10.0.10.200 } } ";

	/** A host (left open) with an internal switch whose host vNIC is 172.20.0.1/24, a NAT's inside. */
	private static final String NAT_SWITCH = "host H { internal switch I parent { vnic V switch I { ip 172.20.0.1/24 } }";

	/** A host whose external switch teams {@code members} identical NICs N1, N2, … */
	private static String team(int members) {
		StringBuilder nics = new StringBuilder();
		List<String> names = new java.util.ArrayList<>();
		for (int i = 1; i <= members; i++) {
			nics.append("nic N").append(i).append(" \"Intel X710\" ");
			names.add("N" + i);
		}
		return "host H { " + nics + "external switch Ext on " + String.join(", ", names)
				+ " parent { vnic V switch Ext } nic Spare }";
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	public void ruleFiresOnTheBrokenTextOnly(String code, Severity severity, String named, String broken,
			String fixed) throws Exception {
		List<Issue> found = issues(broken).stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, found.size(), () -> code + " expected once in: " + broken + "\nall issues: " + describe(broken));
		assertEquals(severity, found.get(0).getSeverity());
		assertTrue(found.get(0).getMessage().contains(named), () -> "message should name " + named + ": "
				+ found.get(0).getMessage());
		assertTrue(issues(fixed).stream().noneMatch(i -> code.equals(i.getCode())),
				() -> code + " must not fire on: " + fixed + "\nall issues: " + describe(fixed));
	}

	@Test
	public void aRingOfSwitchesIsALoopAndATreeIsNot() throws Exception {
		String switches = "physical switch A ports 4 physical switch B ports 4 physical switch C ports 4\n";
		String tree = "cable A port 1 to B port 1\ncable B port 2 to C port 1\n";
		assertTrue(issues(switches + tree).stream().noneMatch(i -> IssueCodes.CABLE_LOOP.equals(i.getCode())),
				() -> describe(switches + tree));
		List<Issue> ring = issues(switches + tree + "cable C port 2 to A port 2\n").stream()
				.filter(i -> IssueCodes.CABLE_LOOP.equals(i.getCode())).toList();
		assertEquals(1, ring.size(), () -> describe(switches + tree + "cable C port 2 to A port 2\n"));
		assertEquals(Severity.WARNING, ring.get(0).getSeverity());
		assertEquals(4, ring.get(0).getLineNumber(), "on the cable that closes the ring");
		assertTrue(ring.get(0).getMessage().startsWith("this cable closes a ring of switches C, B, A (back to C): "
				+ "a layer-2 loop (unmanaged switches and Hyper-V switches run no spanning tree)"), ring.get(0)::getMessage);
	}

	@Test
	public void aCableBetweenTwoPortsOfOneSwitchIsALoop() throws Exception {
		List<Issue> found = issues("physical switch A ports 4 cable A port 1 to A port 2").stream()
				.filter(i -> IssueCodes.CABLE_LOOP.equals(i.getCode())).toList();
		assertEquals(1, found.size());
		assertTrue(found.get(0).getMessage().startsWith("this cable joins two ports of A: a layer-2 loop"),
				found.get(0)::getMessage);
	}

	@Test
	public void noExampleHasALoop() throws Exception {
		for (java.nio.file.Path file : Examples.all()) {
			String text = Examples.read(file);
			assertTrue(issues(text).stream().noneMatch(i -> IssueCodes.CABLE_LOOP.equals(i.getCode())),
					() -> file + ": " + describe(text));
		}
	}

	@Test
	public void aDhcpClientMayBeRoutedToAnotherVlanByTheRouterItsLeaseNames() throws Exception {
		String text = "host H { private switch P vm A { synthetic adapter X switch P { ip dhcp vlan 10 } }"
				+ " vm B { synthetic adapter X switch P { ip 10.0.0.2/24 vlan 20 } } }"
				+ " scenario \"s\" { ping H.A -> H.B expect reachable }";
		assertTrue(issues(text).stream().noneMatch(i -> IssueCodes.PING_VLANS_NEVER_MEET.equals(i.getCode())),
				() -> describe(text));
	}

	@Test
	public void everyVlanIdOfATrunkOrAPrivateVlanIsInRangeAndNoRangeIsReversed() throws Exception {
		assertEquals(List.of("VLAN 4095 in the allowed list is out of range: 1 to 4094",
				"the range 20-10 is reversed and names no VLAN; write 10-20"),
				messages(VM + "{ vlan trunk 1, 4000-4095, 20-10 native 1 } } }", IssueCodes.VLAN_RANGE));
		assertEquals(List.of("VLAN 0 in the secondary list is out of range: 1 to 4094"),
				messages(VM + "{ vlan promiscuous primary 10 secondary 0, 200 } } }", IssueCodes.VLAN_RANGE));
		assertEquals(List.of(), messages(VM + "{ vlan trunk 1, 4000-4094 native 1 } } }", IssueCodes.VLAN_RANGE));
	}

	@Test
	public void vlanWrittenTwiceInOneModeIsASettingTwiceAndInTwoModesIsTwoModes() throws Exception {
		assertEquals(List.of("'vlan' is written more than once for X; the last one would win"),
				messages(VM + "{ vlan 10 vlan access 20 } } }", IssueCodes.SETTING_TWICE));
		assertEquals(List.of("V.X is written with 2 VLAN modes (access and private VLAN); a port has one "
				+ "(Set-VMNetworkAdapterVlan: they are mutually exclusive)"),
				messages(VM + "{ vlan access 20 vlan community primary 10 secondary 201 } } }", IssueCodes.TWO_VLAN_MODES));
		assertEquals(List.of(), messages(VM + "{ vlan 10 vlan trunk 10 native 1 } } }", IssueCodes.SETTING_TWICE));
	}

	@Test
	public void aTrunkNeedsItsNativeVlanAndAPrivateVlanItsIds() throws Exception {
		assertEquals(List.of("the trunk of V.X needs its native VLAN ('native N'), as Set-VMNetworkAdapterVlan "
				+ "-Trunk needs -AllowedVlanIdList and -NativeVlanId"),
				messages(VM + "{ vlan trunk 10, 20 } } }", IssueCodes.TRUNK_INCOMPLETE));
		assertEquals(List.of("isolated port V.X needs its primary VLAN ('primary N')"),
				messages(VM + "{ vlan isolated secondary 200 } } }", IssueCodes.PRIVATE_VLAN_IDS));
		assertEquals(List.of("community port V.X: primary VLAN 10 cannot also be a secondary VLAN"),
				messages(VM + "{ vlan community primary 10 secondary 10 } } }", IssueCodes.PRIVATE_VLAN_IDS));
		assertEquals(List.of("promiscuous port V.X needs the secondary VLANs it serves ('secondary 200, 201')"),
				messages(VM + "{ vlan promiscuous primary 10 } } }", IssueCodes.PRIVATE_VLAN_IDS));
		assertEquals(List.of(), messages(VM + "{ vlan promiscuous primary 10 secondary 200-202 } } }",
				IssueCodes.PRIVATE_VLAN_IDS));
		assertEquals(List.of(), messages("host H { internal switch I parent { vnic A switch I { vlan trunk 10 native 10 } } }",
				IssueCodes.VLAN_MODE_ON_NIC), "-ManagementOS takes -Trunk: a host vNIC may be a trunk");
	}

	private List<String> messages(String text, String code) throws Exception {
		return issues(text).stream().filter(i -> code.equals(i.getCode())).map(Issue::getMessage).toList();
	}

	@Test
	public void everyCodeHasATestAndADescription() {
		List<String> tested = rules().map(a -> (String) a.get()[0]).toList();
		for (String code : IssueCodes.descriptions().keySet()) {
			assertTrue(tested.contains(code), code + " has no test");
		}
		assertEquals(IssueCodes.descriptions().size(), tested.stream().distinct().count());
	}

	private String describe(String text) {
		try {
			return issues(text).stream().map(i -> i.getCode() + " " + i.getMessage()).collect(Collectors.joining("; "));
		} catch (Exception e) {
			return e.toString();
		}
	}
}
