package io.hvnet.sim.net;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which IP interfaces a broadcast sent on an interface reaches (an ARP request), worked out from a compiled network
 * by the rules its devices apply to frames, without sending any: a switch puts an arriving frame into the VLAN
 * {@link Bridge#vlanArriving} says and floods it to {@link Bridge#floodTargets} with each port's tag, a NIC an
 * external switch took passes it through, an adapter hands it to the interface {@link EndpointAdapter#receiverFor}
 * names. What a frame leaving one port with one tag reaches behind the next switch does not depend on who sent it, so
 * it is worked out once; a network of thousands of hosts on one switch then costs a few unions per host, not a flood
 * per sender.
 * <p>
 * A layer-2 loop (a frame that could come back to a switch it went through) sets {@link #loops()}: the simulator
 * has storms and hop limits there, which this does not model, so the simulation must decide.
 */
public final class BroadcastReach {

	private static final BitSet NOTHING = new BitSet();

	/** A frame arriving at a switch port with a tag. */
	private record Arrival(Port in, int tag) {
	}

	private final List<IpInterface> interfaces = new ArrayList<>();
	private final Map<IpInterface, Integer> index = new IdentityHashMap<>();
	private final Map<Arrival, BitSet> behind = new HashMap<>();
	private final Set<Arrival> underWay = new HashSet<>();
	private boolean loops;

	public BroadcastReach(Collection<IpStack> stacks) {
		for (IpStack stack : stacks) {
			for (IpInterface i : stack.interfaces()) {
				index.put(i, interfaces.size());
				interfaces.add(i);
			}
		}
	}

	/** Every interface of every stack, in stack order: the bits of {@link #from}'s answer. */
	public List<IpInterface> interfaces() {
		return interfaces;
	}

	public int indexOf(IpInterface i) {
		return index.get(i);
	}

	/** True when some broadcast could come back to a switch it passed: then the simulator must decide. */
	public boolean loops() {
		return loops;
	}

	/** The interfaces (by {@link #indexOf}) a broadcast {@code sender} puts on its cable reaches; a fresh set. */
	public BitSet from(IpInterface sender) {
		EndpointAdapter adapter = sender.adapter();
		BitSet reached = new BitSet();
		reached.or(leaving(adapter.wire(), adapter.sendTag(sender), false));
		return reached;
	}

	private BitSet leaving(Port out, int tag, boolean remember) {
		Port in = out.peer;
		if (in == null) {
			return NOTHING;
		}
		return switch (in.owner) {
		case EndpointAdapter a -> {
			IpInterface receiver = a.receiverFor(tag);
			BitSet one = new BitSet();
			if (receiver != null) {
				one.set(index.get(receiver));
			}
			yield one;
		}
		case UplinkNic nic -> leaving(in == nic.wire() ? nic.switchSide() : nic.wire(), tag, remember);
		case Bridge bridge -> arriving(bridge, new Arrival(in, tag), remember);
		default -> NOTHING;
		};
	}

	/**
	 * What a frame arriving at a switch reaches: remembered when other senders' frames arrive there too (anything
	 * behind the first switch a sender's frame meets).
	 */
	private BitSet arriving(Bridge bridge, Arrival arrival, boolean remember) {
		BitSet known = behind.get(arrival);
		if (known != null) {
			return known;
		}
		if (!underWay.add(arrival)) {
			loops = true;
			return NOTHING;
		}
		BitSet reached = new BitSet();
		int vlan = bridge.vlanArriving(arrival.in(), arrival.tag());
		if (vlan >= 0) {
			for (Port target : bridge.floodTargets(vlan, arrival.in())) {
				if (target != arrival.in()) {
					reached.or(leaving(target, target.vlans.tagFor(vlan), true));
				}
			}
		}
		underWay.remove(arrival);
		if (remember) {
			behind.put(arrival, reached);
		}
		return reached;
	}
}
