package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * {@code hvnet import} on the inventories of examples/import (written from Microsoft's documented cmdlet output):
 * each validates against docs/inventory.schema.json, imports to a .hvnet file that checks and whose scenario
 * simulates, and survives the round trip inventory → .hvnet → {@code export powershell} → the script's commands read
 * back by tree-sitter, which must set up the same switches, host vNICs, VM adapters, VLAN modes, MACs and addresses
 * as the inventory describes. Bad input gets one line, exit 2 and no file; scripts/Export-HvnetInventory.ps1 parses
 * and only reads.
 */
class ImportCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Path FIXTURES = CliRun.examples().resolve("import");
	private static final Path SCRIPT = CliRun.examples().resolve("../scripts/Export-HvnetInventory.ps1").normalize();
	private static final Path SCHEMA = CliRun.examples().resolve("../docs/inventory.schema.json").normalize();

	@TempDir
	Path tmp;

	@BeforeAll
	static void installTheParser() throws Exception {
		PowerShellParser.install();
	}

	/** Inventories imported together, a scenario that must pass on the result, and text the result must hold. */
	static Stream<Arguments> imports() {
		return Stream.of(
				Arguments.of(List.of("seed-fig12-hv01.json"), """
						scenario "the VM reaches the management OS in the switch (seed fig. 14)" {
						    ping HV01.WindowsServerVM -> 192.168.1.10
						        expect reachable
						        expect path via HV01.WindowsServerVM.Net1, HV01.TestExternalNetwork
						}
						""", List.of("external switch TestExternalNetwork \"Test External Network\" on NIC2",
						"vnic vTestExternalNetwork \"vEthernet (Test External Network)\" switch TestExternalNetwork",
						"ip 192.168.1.20/24 // prefix length of vEthernet (Test External Network)"), 0),
				Arguments.of(List.of("converged-set-hv01.json", "converged-set-hv02.json"), """
						scenario "live migration crosses the suggested physical switch in VLAN 20" {
						    ping HV01.parent -> 10.20.0.12
						        expect reachable
						        expect path via HV01.LiveMigration, PSW1, HV02.LiveMigration
						}
						""", List.of("external switch ConvergedSwitch on NIC1, NIC2 teaming hyperv-port", "vlan 20",
						"vlan trunk 100, 200 native 100", "gateway 10.10.0.1", "metric 5",
						"route 10.31.0.0/24 via 10.30.0.254 metric 256", "// cable HV02.NIC2 to PSW1 port 4",
						"mac-spoofing"), 10),
				Arguments.of(List.of("windows11-nat.json"), """
						scenario "the VMs behind the NAT switch and the Default Switch reach their gateways" {
						    ping LAPTOP_W11.DevBox -> 192.168.100.1
						        expect reachable
						    ping LAPTOP_W11.Ubuntu24_04LTS -> 172.29.16.1
						        expect reachable
						}
						""", List.of("default switch DefaultSwitch prefix 172.29.16.0/20", "internal switch NATSwitch",
						"nat NATNetwork prefix 192.168.100.0/24", "speed 867 Mbps", "ip 192.168.0.23/24 // from DHCP",
						"ip 172.29.20.5/20 // prefix length of vEthernet (Default Switch)"), 4),
				Arguments.of(List.of("lab-private-internal.json"), """
						scenario "the lab VM reaches the host on the internal switch" {
						    ping HV_LAB.DC01 -> 172.16.0.1
						        expect reachable
						}
						""", List.of("private switch LabPrivate", "internal switch LabInternal",
						"bindings client, qos, ipv6, ipv4, lltd", "legacy adapter LegacyNetworkAdapter", "dhcp-guard",
						"mac-spoofing"), 4));
	}

	@ParameterizedTest
	@MethodSource("imports")
	void importsToAFileThatChecksAndSimulates(List<String> inventories, String scenario, List<String> lines,
			int warnings) throws Exception {
		Path hvnet = tmp.resolve("imported.hvnet");
		List<String> args = new ArrayList<>(List.of("import", "-o", hvnet.toString()));
		inventories.forEach(i -> args.add(FIXTURES.resolve(i).toString()));
		CliRun run = CliRun.of(args.toArray(String[]::new));
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("", run.out(), run::toString);
		assertEquals(warnings, run.err().lines().filter(l -> l.startsWith("hvnet: warning: ")).count(), run::toString);
		String text = Files.readString(hvnet);
		for (String line : lines) {
			assertTrue(text.contains(line), line + " in\n" + text);
		}
		for (String warning : run.err().lines().filter(l -> l.startsWith("hvnet: warning: ")).toList()) {
			String message = warning.substring(warning.indexOf(".json: ") + ".json: ".length());
			assertTrue(text.contains("// " + message), "the warning is a comment too: " + message + "\n" + text);
		}
		assertTrue(text.contains("// Physical switches, servers and cables are not visible from a host"), text);
		CliRun check = CliRun.of("check", hvnet.toString());
		assertEquals(0, check.exitCode(), () -> check + "\n" + text);
		assertTrue(check.out().contains("0 errors, 0 warnings") || check.out().contains("0 errors, 1 warning"),
				check::toString);

		// the suggested physical switch and cables, uncommented, make a design that simulates across the hosts
		String designed = text.lines().map(l -> l.matches("// (physical switch|cable) .*") && !l.contains(" / ")
				? l.substring(3) : l).reduce("", (a, b) -> a + b + "\n") + "\n" + scenario;
		Path withScenario = tmp.resolve("scenario.hvnet");
		Files.writeString(withScenario, designed);
		CliRun test = CliRun.of("test", withScenario.toString());
		assertEquals(0, test.exitCode(), () -> test + "\n" + designed);
	}

	@Test
	void fixturesFollowTheSchema() throws Exception {
		JsonSchema schema = schema();
		List<Path> fixtures = fixtures();
		assertEquals(5, fixtures.size(), fixtures::toString);
		for (Path fixture : fixtures) {
			Set<ValidationMessage> problems = schema.validate(JSON.readTree(fixture.toFile()));
			assertTrue(problems.isEmpty(), fixture + ": " + problems);
		}
		JsonNode broken = JSON.readTree(fixtures.get(0).toFile());
		((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("vmSwitches").get(0)).put("SwitchType", "Bridge");
		assertFalse(schema.validate(broken).isEmpty(), "the schema refuses a switch type Hyper-V does not have");
	}

	@Test
	void theInventoryScriptParsesOnlyReadsAndWritesTheSchemasProperties() throws Exception {
		JsonNode parsed = PowerShellParser.parse(SCRIPT);
		assertEquals(0, parsed.get("errors").size(), parsed::toString);
		List<String> names = PowerShellParser.commands(parsed).stream().map(c -> c.get("name").asText()).toList();
		for (String cmdlet : List.of("Get-VMSwitch", "Get-VMSwitchTeam", "Get-VMNetworkAdapter",
				"Get-VMNetworkAdapterVlan", "Get-NetAdapter", "Get-NetAdapterBinding", "Get-NetIPAddress",
				"Get-NetIPInterface", "Get-NetRoute", "Get-NetNat")) {
			assertTrue(names.contains(cmdlet), cmdlet + " in " + names);
		}
		assertTrue(PowerShellParser.commands(parsed).stream().anyMatch(c -> c.get("name").asText()
				.equals("Get-VMNetworkAdapter") && PowerShellParser.elements(c).contains("-All")), parsed::toString);
		// read-only: Get-*, and what builds and writes the document
		List<String> allowed = List.of("Write-Host", "Write-Warning", "Set-StrictMode", "ConvertTo-Json", "Join-Path",
				"Get-Location", "Get-Date", "Where-Object", "ForEach-Object", "New-Object", "Get-EnumName", "Get-OrEmpty");
		for (String name : names) {
			assertTrue(name.startsWith("Get-") || allowed.contains(name) || name.startsWith("$"),
					name + " is not a read-only command");
		}
		String script = Files.readString(SCRIPT);
		JsonNode properties = JSON.readTree(SCHEMA.toFile()).get("properties");
		properties.fieldNames().forEachRemaining(p -> assertTrue(script.matches("(?s).*\\n\\s*" + p + "\\s+=.*"),
				"the script writes " + p));
	}

	@Test
	void badInputIsOneLineAndNoFile() throws Exception {
		String seed = Files.readString(FIXTURES.resolve("seed-fig12-hv01.json"));
		Map<String, String> cases = new TreeMap<>(Map.of(
				"not-an-inventory.json", "{\"hello\": \"world\"}",
				"truncated.json", seed.substring(0, seed.length() / 2),
				"version-2.json", seed.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
				"unknown-nic.json", seed.replace("\"Intel(R) 82574L Gigabit Network Connection #2\"]",
						"\"Broadcom NetXtreme\"]"),
				"bad-enum.json", seed.replace("\"SwitchType\": \"External\"", "\"SwitchType\": 7"),
				"empty.json", ""));
		Map<String, String> expected = Map.of(
				"not-an-inventory.json", "not-an-inventory.json: not an hvnet inventory (no schemaVersion)",
				"truncated.json", "truncated.json:",
				"version-2.json", "version-2.json: schema version 2 is not one this hvnet reads (it reads 1)",
				"unknown-nic.json", "switch 'Test External Network' is bound to NIC 'Broadcom NetXtreme', which"
						+ " netAdapters does not list",
				"bad-enum.json", "$.vmSwitches[0].SwitchType: 7 is not one of Private (0), Internal (1), External (2)",
				"empty.json", "empty.json: empty, not an inventory");
		Path out = tmp.resolve("out.hvnet");
		Files.writeString(out, "// kept\n");
		for (Map.Entry<String, String> c : cases.entrySet()) {
			Path bad = tmp.resolve(c.getKey());
			Files.writeString(bad, c.getValue());
			CliRun run = CliRun.of("import", FIXTURES.resolve("lab-private-internal.json").toString(), bad.toString(),
					"-o", out.toString());
			assertEquals(2, run.exitCode(), run::toString);
			assertEquals(1, run.err().lines().count(), "one line: " + run);
			assertTrue(run.err().startsWith("hvnet: " + bad), run::toString);
			assertTrue(run.err().contains(expected.get(c.getKey())), run::toString);
			assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::toString);
			assertEquals("// kept\n", Files.readString(out), "no partial output over an existing file");
		}
		CliRun truncated = CliRun.of("import", tmp.resolve("truncated.json").toString());
		assertTrue(truncated.err().matches("(?s)hvnet: \\S+truncated.json:\\d+:\\d+: the JSON ends too early.*"),
				"line and column of a truncated file: " + truncated);
		try (Stream<Path> left = Files.list(tmp)) {
			assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
		}
		CliRun twice = CliRun.of("import", FIXTURES.resolve("seed-fig12-hv01.json").toString(),
				FIXTURES.resolve("seed-fig12-hv01.json").toString());
		assertEquals(2, twice.exitCode(), twice::toString);
		assertTrue(twice.err().contains("computer HV01 is imported already"), twice::toString);
	}

	static Stream<String> fixtureNames() throws Exception {
		return fixtures().stream().map(p -> p.getFileName().toString());
	}

	/**
	 * Inventory → .hvnet → PowerShell: the script's commands, read back by tree-sitter, create the switches (type,
	 * NICs, team), host vNICs and VM adapters (switch, legacy, VLAN mode, MAC) and set the management OS's addresses,
	 * gateways and metrics that the inventory lists. Names that import had to change (an adapter "Network Adapter"
	 * is NetworkAdapter, a warning) are compared without their spaces and punctuation.
	 */
	@ParameterizedTest
	@MethodSource("fixtureNames")
	void roundTripThroughPowerShellSetsUpWhatTheInventoryLists(String fixture) throws Exception {
		Path hvnet = tmp.resolve("host.hvnet");
		CliRun imported = CliRun.of("import", FIXTURES.resolve(fixture).toString(), "-o", hvnet.toString());
		assertEquals(0, imported.exitCode(), imported::toString);
		Path scripts = tmp.resolve("scripts");
		CliRun exported = CliRun.of("export", "powershell", hvnet.toString(), "-o", scripts.toString());
		assertEquals(0, exported.exitCode(), exported::toString);
		JsonNode inventory = JSON.readTree(FIXTURES.resolve(fixture).toFile());
		Path script;
		try (Stream<Path> files = Files.list(scripts)) {
			script = files.findFirst().orElseThrow();
		}
		JsonNode parsed = PowerShellParser.parse(script);
		assertEquals(0, parsed.get("errors").size(), parsed::toString);
		HostFacts fromScript = HostFacts.ofScript(PowerShellParser.commands(parsed));
		HostFacts fromInventory = HostFacts.ofInventory(inventory);
		assertEquals(fromInventory.switches(), fromScript.switches(), "switches");
		assertEquals(fromInventory.vnics(), fromScript.vnics(), "host vNICs");
		assertEquals(fromInventory.vmAdapters(), fromScript.vmAdapters(), "VM adapters");
		assertEquals(fromInventory.addresses(), fromScript.addresses(), "management OS addresses");
		assertEquals(fromInventory.routing(), fromScript.routing(), "management OS static routes and forwarding");
		assertEquals(fromInventory.nats(), fromScript.nats(), "NAT networks");
		assertFalse(fromInventory.switches().isEmpty() || fromInventory.vnics().isEmpty(), "a host with a switch and a host vNIC");
	}

	private static List<Path> fixtures() throws Exception {
		try (Stream<Path> files = Files.list(FIXTURES)) {
			return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
		}
	}

	private static JsonSchema schema() throws Exception {
		try (InputStream in = Files.newInputStream(SCHEMA)) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
		}
	}

	static String key(String name) {
		return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
