package io.hvnet.sim.bench;

import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NicEnd;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.PortEnd;
import io.hvnet.dsl.hvnet.Router;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.SubInterface;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VlanIdRange;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.hvnet.AdapterKind;
import io.hvnet.dsl.model.Teams;

/**
 * A data-centre sized topology built in code: hosts whose uplink is taken by an external switch (one NIC, or a SET
 * team of {@code teamMembers} NICs in Hyper-V Port mode, each cabled to the core), VMs spread over VLANs, one core
 * physical switch, and a server per VLAN (its NIC tags the VLAN). Frames between a VM and its server cross the uplinks
 * and the core tagged. With {@code trunks}, every VM adapter is a trunk port that allows every VLAN and has its own
 * VLAN as native VLAN, so each broadcast also reaches (and is dropped at) the VMs of the other VLANs on its way: the
 * trunk workload of issue #14. With {@code routed}, each VLAN is its own /16 subnet whose gateway is a sub-interface
 * of router R1 on a stick (one interface on the core, an 802.1Q sub-interface per VLAN), so a VM that pings the
 * server of another VLAN goes through the router: the routed workload of issue #15.
 */
final class GeneratedTopology {

	final Network network;
	final Server[] servers;

	private GeneratedTopology(Network network, Server[] servers) {
		this.network = network;
		this.servers = servers;
	}

	static GeneratedTopology of(int hosts, int vmsPerHost, int vlans, int teamMembers, boolean trunks) {
		return of(hosts, vmsPerHost, vlans, teamMembers, trunks, false);
	}

	static GeneratedTopology of(int hosts, int vmsPerHost, int vlans, int teamMembers, boolean trunks,
			boolean routed) {
		String prefix = routed ? "/16" : "/8";
		HvnetFactory f = HvnetFactory.eINSTANCE;
		Network network = f.createNetwork();
		PhysicalSwitch core = f.createPhysicalSwitch();
		core.setName("Core");
		core.setPorts(hosts * teamMembers + vlans + (routed ? 1 : 0));
		network.getElements().add(core);
		int vmIndex = 0;
		for (int h = 0; h < hosts; h++) {
			Host host = f.createHost();
			host.setName("HV" + h);
			VirtualSwitch ext = f.createVirtualSwitch();
			ext.setName("Ext");
			ext.setType(SwitchType.EXTERNAL);
			for (int m = 0; m < teamMembers; m++) {
				PhysicalNic uplink = f.createPhysicalNic();
				uplink.setName(teamMembers == 1 ? "Uplink" : "Uplink" + (m + 1));
				uplink.setMac(mac(0x10 + m, h));
				uplink.getBindings().add("vms");
				host.getNics().add(uplink);
				ext.getUplinks().add(uplink);
				network.getElements().add(cable(f, uplink, core, h * teamMembers + m + 1));
			}
			if (teamMembers > 1) {
				ext.setLoadBalancing(Teams.LoadBalancing.HYPERV_PORT.word());
			}
			host.getSwitches().add(ext);
			for (int v = 0; v < vmsPerHost; v++, vmIndex++) {
				VirtualMachine vm = f.createVirtualMachine();
				vm.setName("VM" + v);
				VmAdapter a = f.createVmAdapter();
				a.setKind(AdapterKind.SYNTHETIC);
				a.setName("Net");
				a.setSwitch(ext);
				a.setMac(mac(0x20, vmIndex));
				int vlan = vmIndex % vlans + 1;
				a.setVlan(vlan);
				if (trunks) {
					a.setTrunk(true);
					VlanIdRange all = f.createVlanIdRange();
					all.setFirst(1);
					all.setLast(vlans);
					a.getTrunkVlans().add(all);
				}
				a.setAddress("10." + vlan + "." + (vmIndex / 250 % 250) + "." + (vmIndex % 250 + 2) + prefix);
				if (routed) {
					a.setGateway(gateway(vlan));
				}
				vm.getAdapters().add(a);
				host.getVms().add(vm);
			}
			network.getElements().add(host);
		}
		Server[] servers = new Server[vlans];
		for (int s = 0; s < vlans; s++) {
			Server server = f.createServer();
			server.setName("Server" + (s + 1));
			PhysicalNic nic = f.createPhysicalNic();
			nic.setName("NIC1");
			nic.setMac(mac(0x30, s));
			nic.setVlan(s + 1);
			nic.setAddress("10." + (s + 1) + ".255.1" + prefix);
			if (routed) {
				nic.setGateway(gateway(s + 1));
			}
			server.getNics().add(nic);
			network.getElements().add(server);
			network.getElements().add(cable(f, nic, core, hosts * teamMembers + s + 1));
			servers[s] = server;
		}
		if (routed) {
			Router router = routerOnAStick(f, vlans);
			network.getElements().add(router);
			network.getElements().add(cable(f, router.getNics().get(0), core, hosts * teamMembers + vlans + 1));
		}
		return new GeneratedTopology(network, servers);
	}

	/** R1 with one interface on the core and a sub-interface per VLAN holding that VLAN's gateway. */
	private static Router routerOnAStick(HvnetFactory f, int vlans) {
		Router router = f.createRouter();
		router.setName("R1");
		PhysicalNic gi0 = f.createPhysicalNic();
		gi0.setRouterInterface(true);
		gi0.setName("Gi0");
		gi0.setMac(mac(0x40, 0));
		for (int v = 1; v <= vlans; v++) {
			SubInterface sub = f.createSubInterface();
			sub.setVlan(v);
			sub.setAddress(gateway(v) + "/16");
			gi0.getSubinterfaces().add(sub);
		}
		router.getNics().add(gi0);
		return router;
	}

	private static String gateway(int vlan) {
		return "10." + vlan + ".255.254";
	}

	private static Cable cable(HvnetFactory f, PhysicalNic nic, PhysicalSwitch sw, int port) {
		Cable c = f.createCable();
		NicEnd from = f.createNicEnd();
		from.setNic(nic);
		PortEnd to = f.createPortEnd();
		to.setSwitch(sw);
		to.setPort(port);
		c.setFrom(from);
		c.setTo(to);
		return c;
	}

	private static String mac(int prefix, int index) {
		return String.format("02:%02x:%02x:%02x:%02x:%02x", prefix, (index >> 24) & 255, (index >> 16) & 255,
				(index >> 8) & 255, index & 255);
	}
}
