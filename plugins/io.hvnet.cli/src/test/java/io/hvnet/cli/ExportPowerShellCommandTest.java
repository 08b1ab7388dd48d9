package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Injector;

import io.hvnet.dsl.HvNetStandaloneSetup;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.Nat;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.DefaultSwitch;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.PortSecurity;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.VlanMembership;
import io.hvnet.dsl.model.Vlans;
import io.hvnet.dsl.model.edit.ManagementVnic;

/**
 * {@code hvnet export powershell} on every example: each host's script is read back by tree-sitter's PowerShell
 * grammar (web-tree-sitter under node, src/test/powershell-parser), must parse without an error, must create what
 * the file declares — every switch, host vNIC, VM adapter, VLAN mode and host address, named as Windows names them —
 * and must guard every change with a check of the host's state, which is what makes a second run change nothing.
 */
class ExportPowerShellCommandTest {

	private static final Injector LANGUAGE = new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration();
	private static final List<String> CHANGING_VERBS = List.of("New", "Add", "Set", "Connect", "Disconnect", "Enable",
			"Disable", "Rename", "Remove");

	@TempDir
	Path tmp;

	/** Every example's scripts, exported once and parsed in one call of the parser. */
	private static final Map<Path, JsonNode> PARSED = new HashMap<>();
	@TempDir
	static Path exported;

	@BeforeAll
	static void exportAndParseEveryExample() throws Exception {
		PowerShellParser.install();
		List<Path> scripts = new ArrayList<>();
		for (Path example : examples().toList()) {
			List<Host> hosts = hostsOf(load(example));
			if (hosts.isEmpty()) {
				continue;
			}
			Path out = scriptsOf(example);
			CliRun run = CliRun.of("export", "powershell", example.toString(), "-o", out.toString());
			assertEquals(0, run.exitCode(), run::toString);
			hosts.forEach(h -> scripts.add(out.resolve(h.getName() + ".ps1").toAbsolutePath()));
		}
		PARSED.putAll(PowerShellParser.parseAll(scripts));
	}

	static Stream<Path> examples() throws IOException {
		try (Stream<Path> files = Files.walk(CliRun.examples())) {
			return files.filter(p -> p.toString().endsWith(".hvnet")).sorted().toList().stream();
		}
	}

	private static Path scriptsOf(Path example) {
		return exported.resolve(CliRun.examples().relativize(example).toString().replace('/', '_'));
	}

	private static List<Host> hostsOf(Network network) {
		return network.getElements().stream().filter(Host.class::isInstance).map(Host.class::cast).toList();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyHostsScriptParsesAndBuildsWhatTheFileDeclares(Path example) throws Exception {
		List<Host> hosts = hostsOf(load(example));
		Path out = scriptsOf(example);
		for (Host host : hosts) {
			Path script = out.resolve(host.getName() + ".ps1");
			byte[] bytes = Files.readAllBytes(script);
			assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
					&& (bytes[2] & 0xff) == 0xBF, "UTF-8 with a byte order mark, as Windows PowerShell 5.1 needs");
			JsonNode parsed = PARSED.get(script.toAbsolutePath());
			String what = example + " host " + host.getName() + ": " + parsed;
			assertEquals(0, parsed.get("errors").size(), "tree-sitter finds no syntax error in " + what);
			List<JsonNode> commands = PowerShellParser.commands(parsed);
			for (JsonNode command : commands) {
				String name = command.get("name").asText();
				if (CHANGING_VERBS.contains(name.substring(0, Math.max(0, name.indexOf('-'))))
						&& !name.equals("Set-StrictMode")) {
					assertTrue(command.get("guarded").asBoolean(), name + " line " + command.get("line")
							+ " runs without checking the host first: " + what);
				}
			}
			for (VirtualSwitch vswitch : host.getSwitches()) {
				if (DefaultSwitch.is(vswitch)) {
					// Windows' own: created by Windows at boot, never by a script
					assertFalse(has(commands, "New-VMSwitch", "-Name", quote(Names.windowsName(vswitch))), what);
					continue;
				}
				if (!Teams.members(vswitch).isEmpty() || !vswitch.getType().getLiteral().equals("external")) {
					List<String> create = new ArrayList<>(List.of("-Name", quote(Names.windowsName(vswitch))));
					if (!Teams.members(vswitch).isEmpty()) {
						create.add("-NetAdapterName");
						create.add(String.join(",", Teams.members(vswitch).stream().map(n -> quote(Names.windowsName(n))).toList()));
					}
					if (Teams.isTeam(vswitch)) {
						create.addAll(List.of("-EnableEmbeddedTeaming", "$true"));
					}
					assertTrue(has(commands, "New-VMSwitch", create.toArray(String[]::new)), create + " in " + what);
				}
				if (Teams.isTeam(vswitch)) {
					assertTrue(has(commands, "Set-VMSwitchTeam", "-Name", quote(Names.windowsName(vswitch)),
							"-LoadBalancingAlgorithm", "'" + Teams.loadBalancing(vswitch).cmdletValue() + "'"), what);
				}
			}
			if (host.getParent() != null) {
				for (HostVnic vnic : host.getParent().getVnics()) {
					assertTrue(has(commands, "Add-VMNetworkAdapter", "-ManagementOS", "-Name",
							quote(ManagementVnic.adapterName(vnic)), "-SwitchName",
							quote(Names.windowsName(vnic.getSwitch()))), vnic.getName() + " in " + what);
					assertVlan(commands, List.of("-ManagementOS", "-VMNetworkAdapterName",
							quote(ManagementVnic.adapterName(vnic))), Vlans.of(vnic), what);
					Addresses address = Addresses.parse(vnic.getAddress());
					if (address != null && address.prefixLength() >= 0) {
						assertTrue(has(commands, "New-NetIPAddress", "-InterfaceAlias",
								quote(ManagementVnic.interfaceAlias(vnic)), "-IPAddress",
								"'" + Addresses.format(address.address()) + "'", "-PrefixLength",
								Integer.toString(address.prefixLength())), vnic.getName() + " address in " + what);
					}
				}
			}
			for (Nat nat : host.getNats()) {
				assertTrue(has(commands, "New-NetNat", "-Name", quote(Names.windowsName(nat)),
						"-InternalIPInterfaceAddressPrefix", quote(nat.getPrefix())), nat.getName() + " in " + what);
			}
			for (VirtualMachine vm : host.getVms()) {
				for (VmAdapter adapter : vm.getAdapters()) {
					List<String> add = new ArrayList<>(List.of("-VMName", quote(Names.windowsName(vm)), "-Name",
							quote(adapter.getName())));
					if (adapter.getSwitch() != null) {
						add.addAll(List.of("-SwitchName", quote(Names.windowsName(adapter.getSwitch()))));
					}
					assertTrue(has(commands, "Add-VMNetworkAdapter", add.toArray(String[]::new)),
							vm.getName() + "." + adapter.getName() + " in " + what);
					assertVlan(commands, List.of("-VMName", quote(Names.windowsName(vm)), "-VMNetworkAdapterName",
							quote(adapter.getName())), Vlans.of(adapter), what);
					PortSecurity security = PortSecurity.of(adapter);
					assertEquals(!security.equals(PortSecurity.DEFAULT), has(commands, "Set-VMNetworkAdapter", "-VMName",
							quote(Names.windowsName(vm)), "-Name", quote(adapter.getName()), "-DhcpGuard",
							PortSecurity.onOff(security.dhcpGuard()), "-RouterGuard",
							PortSecurity.onOff(security.routerGuard()), "-MacAddressSpoofing",
							PortSecurity.onOff(security.macSpoofing())), "port security of " + adapter.getName() + " in " + what);
				}
			}
		}
	}

	private static void assertVlan(List<JsonNode> commands, List<String> adapter, VlanMembership vlans, String what) {
		List<String> expected = new ArrayList<>(adapter);
		if (vlans.privateMode() != null) {
			String mode = vlans.privateMode().name();
			expected.addAll(List.of("-" + mode.charAt(0) + mode.substring(1).toLowerCase(), "-PrimaryVlanId",
					Integer.toString(vlans.primaryVlan())));
		} else if (vlans.isTrunk()) {
			expected.addAll(List.of("-Trunk", "-NativeVlanId", Integer.toString(vlans.untaggedVlan())));
		} else if (vlans.untaggedVlan() > 0) {
			expected.addAll(List.of("-Access", "-VlanId", Integer.toString(vlans.untaggedVlan())));
		} else {
			expected.add("-Untagged");
		}
		assertTrue(has(commands, "Set-VMNetworkAdapterVlan", expected.toArray(String[]::new)),
				"Set-VMNetworkAdapterVlan " + expected + " in " + what);
	}

	@Test
	void namesWithQuotesStayInsideTheirStrings() throws Exception {
		Path file = tmp.resolve("quotes.hvnet");
		Files.writeString(file, """
				host HV1 {
				    internal switch Lab "Bob's lab"
				    parent { vnic vLab "vEthernet (Bob's lab)" switch Lab { ip 10.9.0.1/24 } }
				    vm VM1 "Bob's VM; Remove-Item C:\\\\ -Recurse" { synthetic adapter Net1 switch Lab { vlan 12 } }
				}
				""");
		JsonNode parsed = exportAndParse(file);
		List<JsonNode> commands = PowerShellParser.commands(parsed);
		assertTrue(has(commands, "New-VMSwitch", "-Name", "'Bob''s lab'", "-SwitchType", "Internal"), parsed::toString);
		assertTrue(has(commands, "Add-VMNetworkAdapter", "-VMName", "'Bob''s VM; Remove-Item C:\\ -Recurse'"),
				parsed::toString);
		assertTrue(commands.stream().noneMatch(c -> c.get("name").asText().equals("Remove-Item")),
				"a name never becomes a command: " + parsed);
		String script = Files.readString(tmp.resolve("HV1.ps1"));
		assertTrue(script.contains("Add-VMNetworkAdapter -ManagementOS -Name 'Bob''s lab'"), script);
	}

	@Test
	void everyAddressRouteAndInterfaceSettingOfTheManagementOsIsApplied() throws Exception {
		Path file = tmp.resolve("routes.hvnet");
		Files.writeString(file, """
				host HV1 {
				    internal switch Lab
				    parent {
				        vnic vLab "vEthernet (Lab)" switch Lab {
				            ip 10.0.0.5/24, 10.0.1.5/24
				            gateway 10.0.0.1
				            route 10.9.0.0/16 via 10.0.0.254 metric 20
				            route 10.8.0.0/16 via 10.0.1.254
				            forwarding
				            weak-host-receive
				        }
				    }
				}
				""");
		JsonNode parsed = exportAndParse(file);
		List<JsonNode> commands = PowerShellParser.commands(parsed);
		String alias = "'vEthernet (Lab)'";
		assertTrue(has(commands, "New-NetIPAddress", "-InterfaceAlias", alias, "-IPAddress", "'10.0.0.5'",
				"-PrefixLength", "24", "-DefaultGateway", "'10.0.0.1'"), parsed::toString);
		assertTrue(has(commands, "New-NetIPAddress", "-InterfaceAlias", alias, "-IPAddress", "'10.0.1.5'",
				"-PrefixLength", "24"), parsed::toString);
		assertTrue(has(commands, "New-NetRoute", "-DestinationPrefix", "'10.9.0.0/16'", "-InterfaceAlias", alias,
				"-NextHop", "'10.0.0.254'", "-RouteMetric", "20"), parsed::toString);
		assertTrue(has(commands, "New-NetRoute", "-DestinationPrefix", "'10.8.0.0/16'", "-InterfaceAlias", alias,
				"-NextHop", "'10.0.1.254'"), parsed::toString);
		assertTrue(has(commands, "Set-NetIPInterface", "-InterfaceAlias", alias, "-Forwarding", "Enabled"),
				parsed::toString);
		assertTrue(has(commands, "Set-NetIPInterface", "-InterfaceAlias", alias, "-WeakHostReceive", "Enabled"),
				parsed::toString);
		assertTrue(!has(commands, "Set-NetIPInterface", "-WeakHostSend"), "strong host send stays: " + parsed);
		for (JsonNode command : commands) {
			if (command.get("name").asText().startsWith("New-Net") || command.get("name").asText().startsWith("Set-Net")) {
				assertTrue(command.get("guarded").asBoolean(), "checked before it changes anything: " + command);
			}
		}
	}

	@Test
	void aGuestMacIsOnlyACommentTheGuestSetsItNotHyperV() throws Exception {
		CliRun run = CliRun.of("export", "powershell", CliRun.examples().resolve("guards/guest-mac.hvnet").toString());
		assertEquals(0, run.exitCode(), run::toString);
		List<String> guestMacLines = run.out().lines().filter(l -> l.contains("02:00:00:60:00:0")).toList();
		assertEquals(List.of("# The guest sends from 02:00:00:60:00:02 (its NIC's Network Address, set inside the guest):"
				+ " not set here.", "# The guest sends from 02:00:00:60:00:03 (its NIC's Network Address, set inside the"
						+ " guest): not set here."),
				guestMacLines.stream().map(String::strip).toList());
		assertFalse(run.out().contains("020000600002"), "no cmdlet is given the guest's MAC");
	}

	@Test
	void theHeaderSaysWhereTheScriptComesFrom() throws Exception {
		Path file = tmp.resolve("one.hvnet");
		Files.writeString(file, "host HV1 { internal switch I parent { vnic vI switch I } }\n");
		CliRun run = CliRun.of("export", "powershell", file.toString());
		assertEquals(0, run.exitCode(), run::toString);
		String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(Files.readAllBytes(file)));
		assertTrue(run.out().startsWith("# Hyper-V networking of host HV1, as declared in " + file + "\r\n"), run::toString);
		assertTrue(run.out().contains("from a file that is not committed, file SHA-256 " + sha), run::toString);
		assertTrue(run.out().contains("[CmdletBinding(SupportsShouldProcess = $true)]\r\n"), "-WhatIf: " + run);
		assertTrue(run.out().contains("$ErrorActionPreference = 'Stop'\r\n"), "stops at the first error: " + run);
	}

	@Test
	void wrongUseIsExplained() throws Exception {
		Path two = tmp.resolve("two.hvnet");
		Files.writeString(two, "host A { internal switch I } host B { internal switch I }\n");
		CliRun both = CliRun.of("export", "powershell", two.toString());
		assertEquals(2, both.exitCode(), both::toString);
		assertTrue(both.err().contains("declares 2 hosts: name one with --host, or write one script each with -o DIR"),
				both::toString);
		CliRun unknown = CliRun.of("export", "powershell", two.toString(), "--host", "C");
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().contains("declares no host C (hosts: A, B)"), unknown::toString);
		Path broken = tmp.resolve("broken.hvnet");
		Files.writeString(broken, "host A { vm V { synthetic adapter N switch Nope } }\n");
		CliRun errors = CliRun.of("export", "powershell", broken.toString());
		assertEquals(1, errors.exitCode(), errors::toString);
		assertTrue(errors.err().contains("HVN901"), errors::toString);
		assertEquals("", errors.out(), "no script for a design with errors");
	}

	/** The script of the one host of {@code file}, read back by the parser, which must find no syntax error. */
	private JsonNode exportAndParse(Path file) throws Exception {
		CliRun run = CliRun.of("export", "powershell", file.toString());
		assertEquals(0, run.exitCode(), run::toString);
		Path script = tmp.resolve("HV1.ps1");
		Files.writeString(script, run.out());
		JsonNode parsed = PowerShellParser.parse(script);
		assertEquals(0, parsed.get("errors").size(), parsed::toString);
		return parsed;
	}

	private static boolean has(List<JsonNode> commands, String name, String... elementsInOrder) {
		for (JsonNode command : commands) {
			if (!command.get("name").asText().equals(name)) {
				continue;
			}
			List<String> elements = new ArrayList<>();
			command.get("elements").forEach(e -> elements.add(e.asText()));
			int at = 0;
			for (String element : elements) {
				if (at < elementsInOrder.length && element.equals(elementsInOrder[at])) {
					at++;
				}
			}
			if (at == elementsInOrder.length) {
				return true;
			}
		}
		return false;
	}

	private static String quote(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	private static Network load(Path file) {
		XtextResourceSet set = LANGUAGE.getInstance(XtextResourceSet.class);
		return (Network) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true).getContents().get(0);
	}
}
