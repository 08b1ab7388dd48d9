package io.hvnet.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.model.GuestMac;
import io.hvnet.dsl.model.MacAddresses;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.PortSecurity;

/** A guest that sends from a MAC of its own choosing ({@code guest-mac}), and its port's MAC spoofing (issue #15). */
public class GuestMacRules extends AbstractRules {

	@Check
	public void adapter(Adapter adapter) {
		String guest = adapter.getGuestMac();
		if (guest == null) {
			return;
		}
		if (!PortSecurity.appliesTo(adapter)) {
			error("'guest-mac' is the MAC a guest sends from through its virtual switch port; "
					+ KindWords.named(adapter) + " has none: write its address as 'mac'", adapter,
					HvnetPackage.Literals.ADAPTER__GUEST_MAC, IssueCodes.GUEST_MAC_ON_NIC);
			return;
		}
		if (!GuestMac.unicast(guest)) {
			error("guest-mac " + guest + " is a group (multicast) address: no frame is sent from one", adapter,
					HvnetPackage.Literals.ADAPTER__GUEST_MAC, IssueCodes.GUEST_MAC_NOT_UNICAST);
		} else if (GuestMac.droppedBySwitch(adapter)) {
			warning("the guest of " + Names.label(adapter) + " sends from " + guest
					+ ", not its adapter's MAC, and MAC address spoofing is off: its switch port drops every frame it"
					+ " sends (add 'mac-spoofing': Set-VMNetworkAdapter -MacAddressSpoofing On)", adapter,
					HvnetPackage.Literals.ADAPTER__GUEST_MAC, IssueCodes.GUEST_MAC_WITHOUT_SPOOFING);
		}
	}

	/** A guest MAC that is another adapter's MAC in the same file: switches would learn one address at two ports. */
	@Check
	public void network(Network network) {
		List<Adapter> adapters = contents(network).adapters();
		List<Adapter> guests = adapters.stream().filter(GuestMac::differs).toList();
		if (guests.isEmpty()) {
			return;
		}
		Map<String, Adapter> macs = new HashMap<>();
		for (Adapter a : adapters) {
			if (a.getMac() != null) {
				macs.putIfAbsent(MacAddresses.canonical(a.getMac()), a);
			}
		}
		for (Adapter a : guests) {
			Adapter owner = macs.get(MacAddresses.canonical(a.getGuestMac()));
			if (owner != null && owner != a) {
				warning("the guest of " + Names.label(a) + " sends from " + a.getGuestMac() + ", the MAC of "
						+ Names.label(owner) + ": switches would learn one address at two ports", a,
						HvnetPackage.Literals.ADAPTER__GUEST_MAC, IssueCodes.GUEST_MAC_OF_ANOTHER);
			}
		}
	}
}
