package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.DefaultSwitch;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Nats;
import io.hvnet.dsl.model.RoutingTable;
import io.hvnet.dsl.model.Topology;

/** The model layer's NATs and the Default Switch's expansion, on real text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class NatsTest {

	@Inject
	private ParseHelper<Network> parser;

	private Host host(String text) throws Exception {
		Network network = parser.parse(text);
		assertTrue(network.eResource().getErrors().isEmpty(), () -> network.eResource().getErrors().toString());
		return (Host) network.getElements().get(0);
	}

	@Test
	public void theDefaultSwitchIsAnInternalSwitchWithAHostVnicOnItsPrefixsFirstAddressAndANat() throws Exception {
		Host host = host("""
				host Laptop {
				    nic Wifi { ip 192.168.0.23/24 }
				    default switch DefaultSwitch prefix 172.29.16.0/20
				    vm Dev { synthetic adapter Net switch DefaultSwitch { ip 172.29.20.5/20 } }
				}
				""");
		VirtualSwitch s = host.getSwitches().get(0);
		assertEquals(SwitchType.INTERNAL, s.getType());
		assertTrue(DefaultSwitch.is(s));
		assertEquals("Default Switch", Names.windowsName(s));
		HostVnic vnic = DefaultSwitch.hostVnic(s);
		assertSame(vnic, DefaultSwitch.hostVnic(s), "one host vNIC per switch, the same for every consumer");
		assertEquals("Laptop.vDefaultSwitch", Names.of(vnic));
		assertEquals("vEthernet (Default Switch)", vnic.getDisplayName());
		assertSame(host, Topology.endpointOf(vnic));
		assertEquals(List.of(vnic), Topology.hostVnicsOf(s));
		assertEquals(List.of("Laptop.Wifi 192.168.0.23/24", "Laptop.vDefaultSwitch 172.29.16.1/20"),
				RoutingTable.of(host).interfaces().stream().map(i -> i.name() + " " + i.addresses().get(0)).toList());

		List<Nats.Nat> nats = Nats.of(host);
		assertEquals(1, nats.size());
		Nats.Nat nat = nats.get(0);
		assertTrue(nat.defaultSwitch());
		assertEquals("NAT Default Switch 172.29.16.0/20, gateway 172.29.16.1 on Laptop.vDefaultSwitch", nat.describe());
		assertEquals(List.of("172.29.16.2-172.29.31.254"), nat.dhcpPool().stream()
				.map(r -> Addresses.format(r[0]) + "-" + Addresses.format(r[1])).toList(),
				"a DHCP server of the NAT hands out the prefix without its gateway");
		assertSame(nat.element(), Nats.behind(s).element());
	}

	@Test
	public void aNatLinesInsideIsTheInternalSwitchWhoseHostVnicHasAnAddressInItsPrefix() throws Exception {
		Host host = host("""
				host HV01 {
				    internal switch Other
				    internal switch NatSwitch
				    parent {
				        vnic vOther switch Other { ip 10.9.0.1/24 }
				        vnic vNat switch NatSwitch { ip 172.20.0.129/24 }
				    }
				    nat NatNetwork "NAT network" prefix 172.20.0.0/24
				}
				""");
		Nats.Nat nat = Nats.of(host).get(0);
		assertFalse(nat.defaultSwitch());
		assertEquals("NAT network", nat.name());
		assertSame(host.getSwitches().get(1), nat.internalSwitch());
		assertEquals("172.20.0.129", Addresses.format(nat.gateway()));
		assertEquals(List.of("172.20.0.1-172.20.0.128", "172.20.0.130-172.20.0.254"), nat.dhcpPool().stream()
				.map(r -> Addresses.format(r[0]) + "-" + Addresses.format(r[1])).toList());
		assertNull(Nats.behind(host.getSwitches().get(0)));
		assertTrue(host.getSwitches().stream().noneMatch(DefaultSwitch::is));
	}
}
