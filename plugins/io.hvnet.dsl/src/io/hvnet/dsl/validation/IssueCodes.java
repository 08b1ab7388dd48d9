package io.hvnet.dsl.validation;

import java.util.Map;
import java.util.TreeMap;

/**
 * Every diagnostic of the hvnet language has a stable code. Codes are never reused for another meaning; the
 * reference table is docs/language.md. Xtext's own parser and linker diagnostics get HVN900 (syntax) and HVN901
 * (unresolved name) wherever users see codes (command line, reports, Eclipse markers): {@link #userCode}. This
 * class owns every code's description; docs/language.md's table repeats them word for word, and
 * DiagnosticsTableTest (io.hvnet.dsl.tests) fails when the two differ.
 */
public final class IssueCodes {

	public static final String EXTERNAL_WITHOUT_NIC = "HVN001";
	public static final String NIC_ON_NON_EXTERNAL_SWITCH = "HVN002";
	public static final String NIC_TAKEN_TWICE = "HVN003";
	public static final String UPLINK_OF_OTHER_HOST = "HVN004";
	public static final String VMS_WITH_IPV4 = "HVN005";
	public static final String TAKEN_NIC_BINDINGS = "HVN006";
	public static final String VMS_WITHOUT_SWITCH = "HVN007";
	public static final String UNKNOWN_BINDING = "HVN008";
	public static final String ONLY_NIC_TAKEN = "HVN010";
	public static final String EXTERNAL_WITHOUT_HOST_VNIC = "HVN011";
	public static final String INTERNAL_WITHOUT_HOST_VNIC = "HVN012";
	public static final String HOST_VNIC_ON_PRIVATE = "HVN013";
	public static final String ADAPTER_NOT_CONNECTED = "HVN014";
	public static final String PRIVATE_TOO_FEW_PORTS = "HVN015";
	public static final String SWITCH_OF_OTHER_HOST = "HVN016";
	public static final String DUPLICATE_NAME = "HVN017";
	public static final String TEAM_TOO_LARGE = "HVN018";
	public static final String TEAM_NOT_IDENTICAL = "HVN019";
	public static final String PORT_OUT_OF_RANGE = "HVN020";
	public static final String PORT_CABLED_TWICE = "HVN021";
	public static final String NIC_CABLED_TWICE = "HVN022";
	public static final String CABLE_ENDS = "HVN023";
	public static final String TOO_MANY_CABLES = "HVN024";
	public static final String NIC_NOT_CABLED = "HVN025";
	public static final String PORTS_RANGE = "HVN026";
	public static final String CABLE_LOOP = "HVN027";
	public static final String PORT_TWO_MODES = "HVN028";
	public static final String DEFAULT_MODE_TWICE = "HVN029";
	public static final String DUPLICATE_MAC = "HVN030";
	public static final String INVALID_ADDRESS = "HVN031";
	public static final String ADDRESS_WITHOUT_PREFIX = "HVN032";
	public static final String GATEWAY_OFF_SUBNET = "HVN033";
	public static final String DUPLICATE_IP = "HVN034";
	public static final String VLAN_RANGE = "HVN035";
	public static final String SETTING_TWICE = "HVN036";
	public static final String SPEED_ON_VIRTUAL = "HVN037";
	public static final String METRIC_RANGE = "HVN038";
	public static final String SPEED_RANGE = "HVN039";
	public static final String PING_FROM_NO_IP = "HVN040";
	public static final String PING_COUNT = "HVN041";
	public static final String PING_VLANS_NEVER_MEET = "HVN042";
	public static final String PING_COUNT_TOO_HIGH = "HVN043";
	public static final String REQUEST_RANGE = "HVN044";
	public static final String HOPS_RANGE = "HVN045";
	public static final String TEAMING_WITHOUT_TEAM = "HVN050";
	public static final String NIC_TWICE_IN_TEAM = "HVN051";
	public static final String TEAM_MAPPING_WITHOUT_TEAM = "HVN052";
	public static final String TEAM_MAPPING_NOT_MEMBER = "HVN053";
	public static final String CABLE_VLAN_MISMATCH = "HVN056";
	public static final String VLAN_NOT_ON_UPLINK_PORT = "HVN057";
	public static final String TRUNK_NO_COMMON_VLAN = "HVN058";
	public static final String VLAN_MODE_ON_NIC = "HVN046";
	public static final String TRUNK_INCOMPLETE = "HVN047";
	public static final String NATIVE_VLAN_NOT_ALLOWED = "HVN048";
	public static final String TWO_VLAN_MODES = "HVN049";
	public static final String PRIVATE_VLAN_IDS = "HVN054";
	public static final String HOST_VNICS_SHARE_VLAN = "HVN055";
	public static final String ROUTE_INVALID = "HVN059";
	public static final String NEXT_HOP_OFF_LINK = "HVN060";
	public static final String ROUTING_LOOP = "HVN061";
	public static final String ROUTER_INTERFACE_WITHOUT_ADDRESS = "HVN062";
	public static final String SUBINTERFACE_VLAN = "HVN063";
	public static final String INTERFACE_KEYWORD = "HVN064";
	public static final String FORWARDING_ON_ROUTER = "HVN065";
	public static final String NAT_PREFIX_NO_INTERNAL_SWITCH = "HVN066";
	public static final String TWO_NATS_ON_HOST = "HVN067";
	public static final String NAT_PREFIX_OVERLAPS = "HVN068";
	public static final String GATEWAY_NOT_NAT = "HVN069";
	public static final String DHCP_POOLS_OVERLAP = "HVN073";
	public static final String ROGUE_DHCP_SERVER = "HVN074";
	public static final String STATIC_ADDRESS_IN_POOL = "HVN075";
	public static final String DHCP_POOL_OFF_SUBNET = "HVN076";
	public static final String DHCP_WITH_STATIC_ADDRESS = "HVN077";
	public static final String PORT_SECURITY_ON_NIC = "HVN078";
	public static final String DHCP_CLIENT_WITHOUT_SERVER = "HVN079";
	public static final String NO_SUCH_CABLE = "HVN080";
	public static final String STEP_CHANGES_NOTHING = "HVN081";
	public static final String TIME_UNIT = "HVN082";
	public static final String DURATION_RANGE = "HVN083";
	public static final String GUEST_MAC_WITHOUT_SPOOFING = "HVN084";
	public static final String GUEST_MAC_ON_NIC = "HVN085";
	public static final String GUEST_MAC_NOT_UNICAST = "HVN086";
	public static final String GUEST_MAC_OF_ANOTHER = "HVN087";
	public static final String DHCP_RELAY_TARGET_UNKNOWN = "HVN088";
	public static final String RELAYED_SUBNET_WITHOUT_SCOPE = "HVN089";
	public static final String DHCP_RELAY_NOT_ROUTING = "HVN090";
	public static final String DHCP_LEASE_RANGE = "HVN091";

	private static final Map<String, String> DESCRIPTIONS = new TreeMap<>();

	static {
		DESCRIPTIONS.put(EXTERNAL_WITHOUT_NIC, "An external switch must take a physical NIC ('on NIC').");
		DESCRIPTIONS.put(NIC_ON_NON_EXTERNAL_SWITCH, "Only an external switch takes a physical NIC.");
		DESCRIPTIONS.put(NIC_TAKEN_TWICE, "A physical NIC can be taken by one external switch only.");
		DESCRIPTIONS.put(UPLINK_OF_OTHER_HOST, "An external switch takes a NIC of its own host.");
		DESCRIPTIONS.put(VMS_WITH_IPV4, "A NIC bound to the switch protocol (vms) cannot also carry ipv4.");
		DESCRIPTIONS.put(TAKEN_NIC_BINDINGS, "A NIC taken by an external switch keeps only 'vms' bound.");
		DESCRIPTIONS.put(VMS_WITHOUT_SWITCH, "'vms' is bound but no external switch takes the NIC.");
		DESCRIPTIONS.put(UNKNOWN_BINDING, "A binding hvnet does not know.");
		DESCRIPTIONS.put(ONLY_NIC_TAKEN, "The host's only physical NIC is taken by an external switch.");
		DESCRIPTIONS.put(EXTERNAL_WITHOUT_HOST_VNIC, "An external switch without a host vNIC: the management OS does not share it.");
		DESCRIPTIONS.put(INTERNAL_WITHOUT_HOST_VNIC, "An internal switch without a host vNIC works like a private one.");
		DESCRIPTIONS.put(HOST_VNIC_ON_PRIVATE, "A private switch has no host vNIC.");
		DESCRIPTIONS.put(ADAPTER_NOT_CONNECTED, "A VM adapter connected to no switch.");
		DESCRIPTIONS.put(PRIVATE_TOO_FEW_PORTS, "A private switch with fewer than two VM adapters connects nothing.");
		DESCRIPTIONS.put(SWITCH_OF_OTHER_HOST, "An adapter can only connect to a virtual switch of its own host.");
		DESCRIPTIONS.put(DUPLICATE_NAME, "Two elements with the same qualified name.");
		DESCRIPTIONS.put(TEAM_TOO_LARGE, "A SET team has 1 to 8 physical NICs.");
		DESCRIPTIONS.put(TEAM_NOT_IDENTICAL, "The NICs of a SET team are identical (same device description and link speed).");
		DESCRIPTIONS.put(PORT_OUT_OF_RANGE, "A physical switch port number outside 1..ports.");
		DESCRIPTIONS.put(PORT_CABLED_TWICE, "A physical switch port takes one cable.");
		DESCRIPTIONS.put(NIC_CABLED_TWICE, "A NIC takes one cable.");
		DESCRIPTIONS.put(CABLE_ENDS, "A cable joins two different ends (NICs or switch ports), not one to itself.");
		DESCRIPTIONS.put(TOO_MANY_CABLES, "More cables on a physical switch than it has ports.");
		DESCRIPTIONS.put(NIC_NOT_CABLED, "A physical NIC with an address but no cable.");
		DESCRIPTIONS.put(PORTS_RANGE, "A physical switch has 1 to 1024 ports ('ports').");
		DESCRIPTIONS.put(CABLE_LOOP, "Cables between physical switches form a layer-2 loop (no spanning tree: a broadcast storm).");
		DESCRIPTIONS.put(PORT_TWO_MODES, "A managed switch's port is given two VLAN modes.");
		DESCRIPTIONS.put(DEFAULT_MODE_TWICE, "A managed switch has one 'default' port mode.");
		DESCRIPTIONS.put(DUPLICATE_MAC, "Two adapters with the same MAC address.");
		DESCRIPTIONS.put(INVALID_ADDRESS, "Not a valid IPv4 address or prefix length.");
		DESCRIPTIONS.put(ADDRESS_WITHOUT_PREFIX, "An interface address needs its prefix length (/24).");
		DESCRIPTIONS.put(GATEWAY_OFF_SUBNET, "The default gateway is outside the adapter's subnet.");
		DESCRIPTIONS.put(DUPLICATE_IP, "Two adapters with the same IP address on one layer-2 segment.");
		DESCRIPTIONS.put(VLAN_RANGE, "A VLAN id must be between 0 (untagged) and 4094.");
		DESCRIPTIONS.put(SETTING_TWICE, "A setting written twice in one adapter.");
		DESCRIPTIONS.put(SPEED_ON_VIRTUAL, "A link speed on something that is not a physical NIC.");
		DESCRIPTIONS.put(METRIC_RANGE, "An interface metric is 0 (automatic) to 9999 ('metric').");
		DESCRIPTIONS.put(SPEED_RANGE, "A link speed is 1 Mbps to 400 Gbps ('speed').");
		DESCRIPTIONS.put(PING_FROM_NO_IP, "The pinging endpoint has no IPv4 interface.");
		DESCRIPTIONS.put(PING_COUNT, "A ping sends at least one echo request.");
		DESCRIPTIONS.put(PING_VLANS_NEVER_MEET, "The ping's endpoints sit in different VLANs of one switch.");
		DESCRIPTIONS.put(PING_COUNT_TOO_HIGH, "A ping sends at most 1000 echo requests ('count'; '--count' of 'hvnet simulate' takes the same 1 to 1000).");
		DESCRIPTIONS.put(REQUEST_RANGE, "'expect request N' names one of the ping's echo requests (1 to count).");
		DESCRIPTIONS.put(HOPS_RANGE, "'expect hops N' is 1 to 10000.");
		DESCRIPTIONS.put(TEAMING_WITHOUT_TEAM, "Only an external switch has a SET team and a load-balancing algorithm ('teaming').");
		DESCRIPTIONS.put(NIC_TWICE_IN_TEAM, "A NIC is named twice in one external switch's 'on' list.");
		DESCRIPTIONS.put(TEAM_MAPPING_WITHOUT_TEAM, "A team mapping ('team-member') needs a host vNIC or VM adapter on a switch with a SET team.");
		DESCRIPTIONS.put(TEAM_MAPPING_NOT_MEMBER, "A team mapping ('team-member') names a member of the adapter's switch's SET team.");
		DESCRIPTIONS.put(CABLE_VLAN_MISMATCH, "The two ends of a NIC's cable do not carry the NIC's VLAN.");
		DESCRIPTIONS.put(VLAN_NOT_ON_UPLINK_PORT, "An adapter's VLAN is not carried by the physical switch port its host's NIC is cabled to.");
		DESCRIPTIONS.put(TRUNK_NO_COMMON_VLAN, "A cable between two managed switches carries no VLAN both ways.");
		DESCRIPTIONS.put(VLAN_MODE_ON_NIC, "Trunk and private VLAN modes are switch-port modes: a physical NIC has one VLAN ('vlan N').");
		DESCRIPTIONS.put(TRUNK_INCOMPLETE, "A trunk needs its allowed VLANs and its native VLAN ('vlan trunk 10, 20 native 1').");
		DESCRIPTIONS.put(NATIVE_VLAN_NOT_ALLOWED, "A trunk's native VLAN is not in its allowed list.");
		DESCRIPTIONS.put(TWO_VLAN_MODES, "An adapter written with two VLAN modes; they are mutually exclusive.");
		DESCRIPTIONS.put(PRIVATE_VLAN_IDS, "A private VLAN needs a primary VLAN and its secondaries: one for isolated and community, a list for promiscuous, none equal to the primary.");
		DESCRIPTIONS.put(HOST_VNICS_SHARE_VLAN, "Two host vNICs of one host on the same VLAN and subnet.");
		DESCRIPTIONS.put(ROUTE_INVALID, "A route's destination is a network with its prefix length (10.2.0.0/16), its next hop an address.");
		DESCRIPTIONS.put(NEXT_HOP_OFF_LINK, "A route's next hop is on no subnet the interface (or router) is connected to.");
		DESCRIPTIONS.put(ROUTING_LOOP, "Two stacks route a prefix at each other: packets to it loop until their TTL runs out.");
		DESCRIPTIONS.put(ROUTER_INTERFACE_WITHOUT_ADDRESS, "A router interface without an address or sub-interface routes nothing.");
		DESCRIPTIONS.put(SUBINTERFACE_VLAN, "An 802.1Q sub-interface's VLAN is 1 to 4094, once per interface.");
		DESCRIPTIONS.put(INTERFACE_KEYWORD, "A router's ports are 'interface's, with sub-interfaces; hosts and servers have 'nic's.");
		DESCRIPTIONS.put(FORWARDING_ON_ROUTER, "A router forwards on every interface; 'forwarding' and the weak host settings are for Windows stacks.");
		DESCRIPTIONS.put(NAT_PREFIX_NO_INTERNAL_SWITCH, "A NAT's prefix is a network that holds the address of a host vNIC on an internal switch of its host.");
		DESCRIPTIONS.put(TWO_NATS_ON_HOST, "Windows allows one NAT network (New-NetNat) per host.");
		DESCRIPTIONS.put(NAT_PREFIX_OVERLAPS, "A NAT's prefix must not overlap the subnet of another interface of the management OS.");
		DESCRIPTIONS.put(GATEWAY_NOT_NAT, "A VM behind a NAT reaches the outside only with the NAT's host vNIC address as its gateway.");
		DESCRIPTIONS.put(DHCP_POOLS_OVERLAP, "Two DHCP servers' pools overlap on one segment.");
		DESCRIPTIONS.put(ROGUE_DHCP_SERVER, "A DHCP server on a VM adapter without 'dhcp-guard' on a segment another DHCP server serves.");
		DESCRIPTIONS.put(STATIC_ADDRESS_IN_POOL, "A static address inside a DHCP pool of its segment.");
		DESCRIPTIONS.put(DHCP_POOL_OFF_SUBNET, "A DHCP server needs the adapter's own address, and its pool, exclusions and router on that subnet.");
		DESCRIPTIONS.put(DHCP_WITH_STATIC_ADDRESS, "An adapter takes its address from DHCP ('ip dhcp') or has static ones, not both.");
		DESCRIPTIONS.put(PORT_SECURITY_ON_NIC, "'dhcp-guard', 'router-guard' and 'mac-spoofing' are virtual switch port settings (VM adapters, host vNICs).");
		DESCRIPTIONS.put(DHCP_CLIENT_WITHOUT_SERVER, "A DHCP client ('ip dhcp') with no DHCP server on its segment.");
		DESCRIPTIONS.put(NO_SUCH_CABLE, "'unplug cable' / 'plug cable' names an end no cable has.");
		DESCRIPTIONS.put(STEP_CHANGES_NOTHING, "A scenario step that changes nothing: the cable is already unplugged or plugged, the adapter already disabled or enabled.");
		DESCRIPTIONS.put(TIME_UNIT, "A duration is written in 's' (seconds), 'min' (minutes), 'h' (hours) or 'd' (days).");
		DESCRIPTIONS.put(DURATION_RANGE, "A 'wait' or 'mac-aging' lasts 1 s to one day.");
		DESCRIPTIONS.put(GUEST_MAC_WITHOUT_SPOOFING,
				"A guest sends from another MAC ('guest-mac') but MAC address spoofing is off: its switch port drops its frames.");
		DESCRIPTIONS.put(GUEST_MAC_ON_NIC, "'guest-mac' is for a virtual switch port's guest; a physical NIC has 'mac'.");
		DESCRIPTIONS.put(GUEST_MAC_NOT_UNICAST, "A 'guest-mac' must be a unicast MAC: a frame's source cannot be a group address.");
		DESCRIPTIONS.put(GUEST_MAC_OF_ANOTHER, "A 'guest-mac' that is another adapter's MAC: two senders of one address.");
		DESCRIPTIONS.put(DHCP_RELAY_TARGET_UNKNOWN, "A 'dhcp-relay' target is no address a DHCP server of the network answers at.");
		DESCRIPTIONS.put(RELAYED_SUBNET_WITHOUT_SCOPE, "The servers a DHCP relay forwards to have no scope for the relay interface's subnet.");
		DESCRIPTIONS.put(DHCP_RELAY_NOT_ROUTING, "A DHCP relay runs on a routing interface (a router's, or one with 'forwarding') with a static address.");
		DESCRIPTIONS.put(DHCP_LEASE_RANGE, "A DHCP lease lasts 1 min to 999 days.");
	}

	private IssueCodes() {
	}

	public static final String SYNTAX = "HVN900";
	public static final String UNRESOLVED_REFERENCE = "HVN901";
	public static final String OTHER = "HVN999";

	/** The code users see for a diagnostic's Xtext issue code: the validator's own, HVN900, HVN901 or HVN999. */
	public static String userCode(String xtextCode) {
		if (xtextCode == null) {
			return OTHER;
		}
		if (xtextCode.matches("HVN\\d{3}")) {
			return xtextCode;
		}
		if (xtextCode.equals(org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC)) {
			return SYNTAX;
		}
		if (xtextCode.equals(org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC)) {
			return UNRESOLVED_REFERENCE;
		}
		return OTHER;
	}

	/**
	 * The one-line description of any code users see ({@link #userCode}): the validator's and those given to the
	 * parser's, the linker's and other diagnostics.
	 */
	public static String describe(String userCode) {
		return switch (userCode) {
		case SYNTAX -> "The text does not follow the grammar (message says what was expected).";
		case UNRESOLVED_REFERENCE -> "A name refers to nothing that exists.";
		case OTHER -> "Another problem found while reading the model.";
		default -> DESCRIPTIONS.getOrDefault(userCode, "hvnet rule " + userCode + " (see docs/language.md).");
		};
	}

	/** The validator's codes → one-line description, sorted by code. */
	public static Map<String, String> descriptions() {
		return DESCRIPTIONS;
	}
}
