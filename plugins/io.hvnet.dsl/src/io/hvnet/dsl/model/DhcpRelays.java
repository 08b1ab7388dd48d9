package io.hvnet.dsl.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.SubInterface;

/**
 * DHCP relay agents, the one home of "who forwards whose DHCP broadcasts": an interface with 'dhcp-relay' (Cisco
 * 'ip helper-address'; Windows RRAS's DHCP Relay Agent, "Netsh Routing IP Relay Context Commands",
 * learn.microsoft.com: 'add dhcpserver' for the servers, 'add interface' for where it listens) takes the DHCP
 * client broadcasts that arrive on it and unicasts them to each server, with 'giaddr' (RFC 2131 4.1, RFC 1542) the
 * interface's own address: the server leases from its scope for giaddr's subnet and answers the relay, which passes
 * the answer to the client.
 */
public final class DhcpRelays {

	/**
	 * A relay on one interface (an adapter or a router's sub-interface): its name, the address it relays from
	 * (giaddr; null when the interface has no valid static address) and the servers, in the order written.
	 */
	public record Relay(EObject element, String name, Addresses giaddr, List<Integer> servers) {

		/** {@code R1.Gi0.20 relays DHCP to 10.0.30.10}. */
		public String describe() {
			List<String> targets = servers.stream().map(Addresses::format).toList();
			return name + " relays DHCP to " + String.join(", ", targets);
		}
	}

	private DhcpRelays() {
	}

	/** The relay on an IP interface's element (an adapter or a sub-interface), or null when it has none. */
	public static Relay of(EObject element) {
		// most interfaces relay nothing: their addresses are parsed only for one that does
		List<String> written;
		if (element instanceof Adapter a) {
			written = a.getDhcpRelays();
		} else if (element instanceof SubInterface sub) {
			written = sub.getDhcpRelays();
		} else {
			return null;
		}
		if (written.isEmpty()) {
			return null;
		}
		List<Addresses> own = element instanceof Adapter a ? IpAddresses.of(a) : IpAddresses.of((SubInterface) element);
		List<Integer> servers = new ArrayList<>();
		for (String text : written) {
			Addresses server = Addresses.parse(text);
			if (server != null && server.prefixLength() < 0) {
				servers.add(server.address());
			}
		}
		return new Relay(element, Names.of(element), own.isEmpty() ? null : own.get(0), List.copyOf(servers));
	}
}
