package io.hvnet.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.model.Addresses;
import io.hvnet.dsl.model.Names;
import io.hvnet.sim.build.RuntimeNetwork;
import io.hvnet.sim.net.Frame;
import io.hvnet.sim.net.IcmpError;
import io.hvnet.sim.net.IpInterface;
import io.hvnet.sim.net.IpStack;
import io.hvnet.sim.net.PathNode;
import io.hvnet.sim.net.PingObserver;

/** One ping run: an echo request per second, each given a second to be answered, like Windows' ping. */
final class PingSession implements PingObserver {

	static final long INTERVAL_NS = 1_000_000_000L;

	private final RuntimeNetwork net;
	private final Endpoint from;
	private final int address;
	private final int count;
	private final List<Hop>[] requests;
	private final List<Hop>[] replies;
	private final String[] routeReasons;
	private final String[] failures;
	/** Per echo request: the stack or router that reported its failure, where the diagnosis is. */
	private final String[] failedAt;
	/** Per echo request: the address whose ARP went unanswered when that was its failure, else 0, and from where. */
	private final int[] arpTargets;
	private final IpInterface[] arpSenders;
	/** Per echo request: the TTL it starts with (traceroute counts up from 1), 0 for Windows' default. */
	private final int[] ttls;
	/** Per echo request: the ICMP error that came back for it, where from, and by which path. */
	private final IcmpError[] icmpErrors;
	private final int[] icmpFrom;
	private final List<Hop>[] icmpPaths;

	PingSession(RuntimeNetwork net, Endpoint from, int address, int count) {
		this(net, from, address, count, false);
	}

	/** With {@code traceRoute}, echo request n starts with TTL n, as tracert's probes do. */
	@SuppressWarnings("unchecked")
	PingSession(RuntimeNetwork net, Endpoint from, int address, int count, boolean traceRoute) {
		this.net = net;
		this.from = from;
		this.address = address;
		this.count = count;
		this.requests = new List[count + 1];
		this.replies = new List[count + 1];
		this.routeReasons = new String[count + 1];
		this.failures = new String[count + 1];
		this.failedAt = new String[count + 1];
		this.arpTargets = new int[count + 1];
		this.arpSenders = new IpInterface[count + 1];
		this.ttls = new int[count + 1];
		this.icmpErrors = new IcmpError[count + 1];
		this.icmpFrom = new int[count + 1];
		this.icmpPaths = new List[count + 1];
		for (int seq = 1; traceRoute && seq <= count; seq++) {
			ttls[seq] = seq;
		}
	}

	/**
	 * A ping that could not start: its reason is also its last event, at {@code where}, so that a trace says where;
	 * the events before it are the DHCP exchange of the run, if any.
	 */
	static PingResult failedUpFront(RuntimeNetwork net, int count, String where, String reason) {
		List<TraceEvent> events = new ArrayList<>(net.engine().trace());
		events.add(new TraceEvent(net.engine().now(), events.size() + 1, null, where, HopKind.STACK.json(), null,
				Action.DROP, reason, null));
		return new PingResult(count, 0, List.of(), List.copyOf(events), Map.of(), reason, FailurePlace.at(where));
	}

	/** Why a ping from {@code stack} cannot start (shared with {@link PingAnalysis}). */
	static String noInterface(String stack) {
		return stack + " has no IPv4 interface (an adapter with ipv4 bound and an address)";
	}

	/** Why a ping to {@code stack} cannot start. */
	static String noAddressToPing(String stack) {
		return stack + " has no IPv4 address to ping";
	}

	/** Why echo request {@code seq} failed when no stack or router reported a cause. */
	static String unreported(int seq, boolean requestDelivered) {
		return requestDelivered ? "echo request " + seq + " got no reply"
				: "echo request " + seq + " reached no stack owning the address";
	}

	PingResult run() {
		IpStack source = net.stackOf(from);
		if (source == null || source.interfaces().isEmpty()) {
			String dhcp = source == null ? null : net.dhcpFailure(source);
			return failedUpFront(net, count, Names.stack(from), dhcp != null ? dhcp
					: noInterface(Names.stack(from)));
		}
		net.stacks().values().forEach(s -> s.observe(this));
		// after the DHCP exchange, if any (time 0 on a fresh network without one; later on a scenario's timeline)
		long start = net.engine().now();
		for (int seq = 1; seq <= count; seq++) {
			int s = seq;
			int ttl = ttls[s] > 0 ? ttls[s] : Frame.DEFAULT_TTL;
			net.engine().schedule(start + (seq - 1) * INTERVAL_NS,
					() -> routeReasons[s] = source.sendEcho(net.engine(), address, null, false, s, ttl));
		}
		net.engine().runUntil(start + count * INTERVAL_NS + INTERVAL_NS);
		List<PingRecord> records = new ArrayList<>();
		int received = 0;
		Diagnosis.Finding firstFailure = null;
		for (int seq = 1; seq <= count; seq++) {
			boolean answered = replies[seq] != null;
			if (answered) {
				received++;
			} else if (firstFailure == null) {
				firstFailure = failures[seq] != null ? finding(seq)
						: Diagnosis.lostEcho(unreported(seq, requests[seq] != null), net.engine().trace());
			}
			records.add(new PingRecord(seq, answered, requests[seq] == null ? List.of() : requests[seq],
					answered ? replies[seq] : List.of(), routeReasons[seq]));
		}
		// a storm stopped the run: whatever was not answered failed because of it, not for a later symptom
		String stopped = net.engine().stopped();
		// a sender whose address came from DHCP: which server gave it is often the cause (a rogue one)
		return new PingResult(count, received, records, List.copyOf(net.engine().trace()), net.macTables(),
				received == count ? null : stopped != null ? stopped : firstFailure.sentence() + net.dhcpLeases(source),
				received == count || stopped != null ? null : firstFailure.place());
	}

	@Override
	public void requestDelivered(int seq, PathNode path) {
		if (seq >= 1 && seq <= count && requests[seq] == null) {
			requests[seq] = PathNode.toList(path);
		}
	}

	@Override
	public void replyDelivered(int seq, PathNode path) {
		if (seq >= 1 && seq <= count && replies[seq] == null) {
			replies[seq] = PathNode.toList(path);
		}
	}

	@Override
	public void failed(int seq, String reason) {
		if (seq >= 1 && seq <= count && failures[seq] == null) {
			failures[seq] = reason;
		}
	}

	@Override
	public void failedAt(int seq, String reason, String where) {
		if (seq >= 1 && seq <= count && failures[seq] == null) {
			failures[seq] = reason;
			failedAt[seq] = where;
		}
	}

	@Override
	public void arpUnanswered(int seq, String reason, IpInterface sender, int ip) {
		if (seq >= 1 && seq <= count && failures[seq] == null) {
			failures[seq] = reason;
			arpTargets[seq] = ip;
			arpSenders[seq] = sender;
		}
	}

	/** The diagnosis of echo request {@code seq}'s failure. */
	private String diagnosis(int seq) {
		return finding(seq).sentence();
	}

	/** {@link #diagnosis} with its place: the stack or router that reported it, or where the ARP was lost. */
	private Diagnosis.Finding finding(int seq) {
		int target = arpTargets[seq];
		if (target == 0) {
			return new Diagnosis.Finding(failures[seq], failedAt[seq] == null ? null : FailurePlace.at(failedAt[seq]));
		}
		return Diagnosis.arp(failures[seq], target, arpSenders[seq], net.interfaceOwning(target),
				net.engine().trace());
	}

	@Override
	public void icmpError(int seq, IcmpError error, int sender, PathNode path) {
		if (seq >= 1 && seq <= count && icmpErrors[seq] == null) {
			icmpErrors[seq] = error;
			icmpFrom[seq] = sender;
			icmpPaths[seq] = PathNode.toList(path);
		}
	}

	/**
	 * The probes of a traceroute run ({@link #PingSession(RuntimeNetwork, Endpoint, int, int, boolean)}) after
	 * {@link #run}: per TTL, who answered, up to the first that reached the target.
	 */
	TraceRoute traceRoute(PingResult result) {
		if (result.pings().isEmpty()) {
			return new TraceRoute(Addresses.format(address), List.of(), result.reason());
		}
		List<TraceRoute.Probe> probes = new ArrayList<>();
		for (int seq = 1; seq <= count; seq++) {
			if (replies[seq] != null) {
				List<Hop> path = replies[seq];
				probes.add(new TraceRoute.Probe(seq, path.isEmpty() ? null : path.get(0).node(),
						Addresses.format(address), null, true));
				break;
			}
			if (icmpErrors[seq] != null) {
				List<Hop> path = icmpPaths[seq];
				probes.add(new TraceRoute.Probe(seq, path.isEmpty() ? null : path.get(0).node(),
						Addresses.format(icmpFrom[seq]), icmpErrors[seq].words(), false));
				if (icmpErrors[seq] != IcmpError.TIME_EXCEEDED) {
					break;
				}
			} else {
				probes.add(new TraceRoute.Probe(seq, null, null, null, false));
			}
		}
		TraceRoute.Probe last = probes.get(probes.size() - 1);
		String reason = null;
		if (!last.reached()) {
			int seq = last.ttl();
			reason = failures[seq] != null ? diagnosis(seq) : result.reason();
		}
		return new TraceRoute(Addresses.format(address), probes, reason);
	}
}
