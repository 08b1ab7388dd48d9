package io.hvnet.sim.build;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.ParentPartition;
import io.hvnet.dsl.hvnet.PhysicalNic;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.Server;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.hvnet.VmAdapter;

/**
 * The qualified names the simulator reports, the same as the language's
 * ({@code io.hvnet.dsl.scoping.HvNetQualifiedNameProvider}): computed here without an injector so that models built
 * in code (benchmarks) are named too. A test checks both agree on every example.
 */
public final class Names {

	private Names() {
	}

	/** The name of an endpoint's IP stack: {@code HV01.parent}, {@code HV01.VM1}, {@code FileServer}. */
	public static String stack(Endpoint endpoint) {
		return endpoint instanceof Host host ? of(host) + ".parent" : of(endpoint);
	}

	public static String of(EObject o) {
		return switch (o) {
		case Host h -> prefix(h) + h.getName();
		case PhysicalSwitch s -> prefix(s) + s.getName();
		case Server s -> prefix(s) + s.getName();
		case ParentPartition p -> of(p.eContainer()) + ".parent";
		case HostVnic v -> of(v.eContainer().eContainer()) + "." + v.getName();
		case PhysicalNic n -> of(n.eContainer()) + "." + n.getName();
		case VirtualSwitch s -> of(s.eContainer()) + "." + s.getName();
		case VirtualMachine vm -> of(vm.eContainer()) + "." + vm.getName();
		case VmAdapter a -> of(a.eContainer()) + "." + a.getName();
		default -> String.valueOf(o);
		};
	}

	private static String prefix(EObject topLevel) {
		return topLevel.eContainer() instanceof Network n && n.getName() != null && !n.getName().isEmpty()
				? n.getName() + "."
				: "";
	}
}
