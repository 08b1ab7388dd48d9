package io.hvnet.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.hvnet.Nat;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.IpAddresses;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.model.Nats;
import io.hvnet.dsl.model.RoutingTable;

/**
 * A host's NAT networks and Default Switch (issue #15): "Set up a NAT network" (learn.microsoft.com/virtualization/
 * hyper-v-on-windows/user-guide/setup-nat-network) gives the internal switch's host vNIC an address in the NAT's
 * prefix, which the VMs use as their gateway, and says a host has one NAT network.
 */
public class NatRules extends AbstractRules {

	@Check
	public void prefix(Nat nat) {
		checkPrefix(nat, nat.getPrefix(), HvnetPackage.Literals.NAT__PREFIX);
		Nats.Nat model = Nats.of(nat);
		if (model != null && model.vnic() == null) {
			error("NAT " + nat.getName() + "'s prefix " + nat.getPrefix()
					+ " holds no address of a host vNIC on an internal switch of " + Names.of(model.host())
					+ ": nothing is behind it", nat, HvnetPackage.Literals.NAT__PREFIX,
					IssueCodes.NAT_PREFIX_NO_INTERNAL_SWITCH);
		}
	}

	@Check
	public void defaultSwitchPrefix(VirtualSwitch vswitch) {
		if (vswitch.getNatPrefix() != null && vswitch.getType() != SwitchType.INTERNAL) {
			error("only the Default Switch ('default switch " + vswitch.getName() + " prefix …') has a NAT prefix; an "
					+ KindWords.of(vswitch) + " has none", vswitch, HvnetPackage.Literals.VIRTUAL_SWITCH__NAT_PREFIX,
					IssueCodes.NAT_PREFIX_NO_INTERNAL_SWITCH);
		} else if (vswitch.getNatPrefix() != null) {
			checkPrefix(vswitch, vswitch.getNatPrefix(), HvnetPackage.Literals.VIRTUAL_SWITCH__NAT_PREFIX);
		}
	}

	private void checkPrefix(EObject owner, String text, EStructuralFeature feature) {
		Addresses prefix = Addresses.parse(text);
		if (prefix == null || prefix.prefixLength() < 1 || prefix.prefixLength() > 30) {
			error("a NAT prefix is a network with a prefix length from 1 to 30, e.g. 172.20.0.0/24", owner, feature,
					IssueCodes.NAT_PREFIX_NO_INTERNAL_SWITCH);
		} else if (prefix.network() != prefix.address()) {
			error(text + " is an address, not a network: the network is " + Addresses.format(prefix.network()) + "/"
					+ prefix.prefixLength(), owner, feature, IssueCodes.NAT_PREFIX_NO_INTERNAL_SWITCH);
		}
	}

	@Check
	public void host(Host host) {
		List<Nat> written = host.getNats();
		// the Default Switch's NAT is Windows' own (Internet Connection Sharing) and may sit beside one NetNat
		for (int i = 1; i < written.size(); i++) {
			error("a host has one NAT network: " + Names.of(host) + " already has NAT " + written.get(0).getName()
					+ " (\"Set up a NAT network\": one NAT network per host)", written.get(i),
					HvnetPackage.Literals.NAT__NAME, IssueCodes.TWO_NATS_ON_HOST);
		}
		List<Nats.Nat> nats = Nats.of(host);
		if (nats.isEmpty()) {
			return;
		}
		RoutingTable table = RoutingTable.of(host);
		for (Nats.Nat nat : nats) {
			overlaps(nat, table);
			gateways(nat);
		}
	}

	/** HVN068: another interface of the management OS on a subnet that overlaps the prefix. */
	private void overlaps(Nats.Nat nat, RoutingTable table) {
		for (RoutingTable.Interface i : table.interfaces()) {
			if (i.adapter() == nat.vnic()) {
				continue;
			}
			for (Addresses a : i.addresses()) {
				int length = Math.min(a.prefixLength(), nat.prefix().prefixLength());
				Addresses shorter = new Addresses(a.address(), length);
				if (shorter.sameSubnet(nat.prefix().network())) {
					error("NAT " + nat.name() + "'s prefix " + nat.prefixText() + " overlaps " + a + " of "
							+ i.name() + ": a packet to it could not tell inside from outside", nat.element(),
							prefixFeature(nat), IssueCodes.NAT_PREFIX_OVERLAPS);
					return;
				}
			}
		}
	}

	/** HVN069: a VM on the NAT's internal switch, addressed in its prefix, with another gateway. */
	private void gateways(Nats.Nat nat) {
		if (nat.vnic() == null) {
			return;
		}
		String gateway = Addresses.format(nat.gateway());
		for (VirtualMachine vm : nat.host().getVms()) {
			for (VmAdapter adapter : vm.getAdapters()) {
				if (adapter.getSwitch() != nat.internalSwitch()
						|| IpAddresses.of(adapter).stream().noneMatch(a -> nat.inside(a.address()))) {
					continue;
				}
				// without a gateway the VM keeps to its subnet, which may be all it needs (or DHCP's business)
				Addresses written = Addresses.parse(adapter.getGateway());
				if (written != null && written.address() != nat.gateway()) {
					warning(KindWords.named(adapter) + " is behind NAT " + nat.name() + " but its gateway is "
							+ adapter.getGateway() + ": write 'gateway " + gateway + "' to reach the outside", adapter,
							HvnetPackage.Literals.ADAPTER__GATEWAY, IssueCodes.GATEWAY_NOT_NAT);
				}
			}
		}
	}

	private static EStructuralFeature prefixFeature(Nats.Nat nat) {
		return nat.defaultSwitch() ? HvnetPackage.Literals.VIRTUAL_SWITCH__NAT_PREFIX
				: HvnetPackage.Literals.NAT__PREFIX;
	}
}
