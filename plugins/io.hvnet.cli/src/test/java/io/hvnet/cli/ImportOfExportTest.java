package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;

import io.hvnet.dsl.HvNetStandaloneSetup;
import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Adapters;
import io.hvnet.dsl.model.Bindings;
import io.hvnet.dsl.model.IpAddresses;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.PortSecurity;
import io.hvnet.dsl.model.Teams;
import io.hvnet.dsl.model.Vlans;
import io.hvnet.dsl.model.edit.ManagementVnic;

/**
 * {@code import(export(x))}: every host of every example, written as the inventory its host would give
 * ({@link InventoryOf}) and imported again, keeps every element the inventory can carry: switches (type, NICs, team,
 * load balancing), NICs (device name, MAC, speed, bindings, address, gateway, metric, VLAN), host vNICs (switch, VLAN
 * mode, MAC, bindings, address, gateway, metric), VMs and their adapters (kind, switch, VLAN mode, MAC; a guest
 * address when its prefix can be known from the host). Not carried: physical switches, servers, cables, scenarios and
 * a port's team member.
 */
class ImportOfExportTest {

	private static final Injector LANGUAGE = new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration();
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path tmp;

	static Stream<Path> examples() throws Exception {
		return ExportPowerShellCommandTest.examples();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyHostSurvivesExportAndImport(Path example) throws Exception {
		List<Host> hosts = load(example).getElements().stream().filter(Host.class::isInstance).map(Host.class::cast)
				.toList();
		for (Host x : hosts) {
			Path inventory = tmp.resolve(x.getName() + ".json");
			JSON.writeValue(inventory.toFile(), InventoryOf.host(x));
			Path imported = tmp.resolve(x.getName() + ".hvnet");
			CliRun run = CliRun.of("import", inventory.toString(), "-o", imported.toString());
			assertEquals(0, run.exitCode(), run::toString);
			Host y = load(imported).getElements().stream().filter(Host.class::isInstance).map(Host.class::cast)
					.findFirst().orElseThrow();
			String where = example + " host " + x.getName() + ":\n" + Files.readString(imported);
			assertEquals(x.getName(), y.getName(), where);
			assertEquals(x.getSwitches().size(), y.getSwitches().size(), where);
			for (VirtualSwitch s : x.getSwitches()) {
				VirtualSwitch t = find(y.getSwitches(), Names::windowsName, Names.windowsName(s), where);
				assertEquals(s.getType(), t.getType(), where);
				assertEquals(names(Teams.members(s)), names(Teams.members(t)), where);
				assertEquals(Teams.isTeam(s), Teams.isTeam(t), where);
				assertEquals(Teams.loadBalancing(s), Teams.loadBalancing(t), where);
				assertEquals(s.getNatPrefix(), t.getNatPrefix(), "the Default Switch and its prefix: " + where);
			}
			assertEquals(x.getNats().stream().map(n -> Names.windowsName(n) + " " + n.getPrefix()).toList(),
					y.getNats().stream().map(n -> Names.windowsName(n) + " " + n.getPrefix()).toList(), where);
			assertEquals(x.getNics().size(), y.getNics().size(), where);
			for (PhysicalNic nic : x.getNics()) {
				PhysicalNic n = find(y.getNics(), PhysicalNic::getName, nic.getName(), where);
				assertEquals(InventoryOf.description(nic), n.getDeviceName(), where);
				assertEquals(nic.getSpeed() > 0 ? Adapters.speedMbps(nic) : null, n.getSpeed() > 0 ? Adapters.speedMbps(n) : null, where);
				assertEquals(nic.getVlan(), n.getVlan(), where);
				assertSameSettings(nic, n, where);
			}
			List<HostVnic> xv = x.getParent() == null ? List.of() : x.getParent().getVnics();
			List<HostVnic> yv = y.getParent() == null ? List.of() : y.getParent().getVnics();
			assertEquals(xv.size(), yv.size(), where);
			for (HostVnic vnic : xv) {
				HostVnic v = find(yv, ManagementVnic::adapterName, ManagementVnic.adapterName(vnic), where);
				assertEquals(Names.windowsName(vnic.getSwitch()), Names.windowsName(v.getSwitch()), where);
				assertEquals(Vlans.describe(vnic), Vlans.describe(v), where);
				assertSameSettings(vnic, v, where);
			}
			assertEquals(x.getVms().size(), y.getVms().size(), where);
			for (VirtualMachine vm : x.getVms()) {
				VirtualMachine w = find(y.getVms(), Names::windowsName, Names.windowsName(vm), where);
				assertEquals(vm.getAdapters().size(), w.getAdapters().size(), where);
				for (VmAdapter a : vm.getAdapters()) {
					VmAdapter b = find(w.getAdapters(), VmAdapter::getName, a.getName(), where);
					assertEquals(a.getKind(), b.getKind(), where);
					assertEquals(a.getSwitch() == null ? null : Names.windowsName(a.getSwitch()),
							b.getSwitch() == null ? null : Names.windowsName(b.getSwitch()), where);
					assertEquals(Vlans.describe(a), Vlans.describe(b), where);
					assertEquals(mac(a), mac(b), where);
					assertEquals(PortSecurity.of(a), PortSecurity.of(b), where);
					if (b.getAddress() != null) {
						assertEquals(a.getAddress(), b.getAddress(), "a guest's inferred prefix: " + where);
					}
				}
			}
		}
	}

	private static void assertSameSettings(Adapter a, Adapter b, String where) {
		assertEquals(mac(a), mac(b), where);
		assertEquals(PortSecurity.of(a), PortSecurity.of(b), where);
		assertEquals(new HashSet<>(Bindings.effective(a)), new HashSet<>(Bindings.effective(b)), where);
		assertEquals(a.getAddress(), b.getAddress(), where);
		assertEquals(IpAddresses.of(a), IpAddresses.of(b), where);
		assertEquals(a.getGateway(), b.getGateway(), where);
		assertEquals(a.getMetric(), b.getMetric(), where);
		assertEquals(routes(a), routes(b), where);
		assertEquals(a.isForwarding(), b.isForwarding(), where);
	}

	private static List<String> routes(Adapter adapter) {
		return adapter.getRoutes().stream()
				.map(r -> r.getPrefix() + " via " + r.getNextHop() + " metric " + r.getMetric()).toList();
	}

	private static <T> T find(List<T> items, Function<T, String> name, String wanted, String where) {
		T found = items.stream().filter(i -> Objects.equals(name.apply(i), wanted)).findFirst().orElse(null);
		assertNotNull(found, wanted + " is missing: " + where);
		return found;
	}

	private static List<String> names(List<PhysicalNic> nics) {
		assertFalse(nics.contains(null));
		return nics.stream().map(PhysicalNic::getName).toList();
	}

	private static String mac(Adapter adapter) {
		return adapter.getMac() == null ? null : adapter.getMac().toUpperCase().replace('-', ':');
	}

	private static Network load(Path file) {
		XtextResourceSet set = LANGUAGE.getInstance(XtextResourceSet.class);
		return (Network) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true).getContents().get(0);
	}
}
