package io.hvnet.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.model.Names;
import io.hvnet.sim.build.RuntimeNetwork;
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

	@SuppressWarnings("unchecked")
	PingSession(RuntimeNetwork net, Endpoint from, int address, int count) {
		this.net = net;
		this.from = from;
		this.address = address;
		this.count = count;
		this.requests = new List[count + 1];
		this.replies = new List[count + 1];
		this.routeReasons = new String[count + 1];
		this.failures = new String[count + 1];
	}

	static PingResult failedUpFront(int count, String reason) {
		return new PingResult(count, 0, List.of(), List.of(), Map.of(), reason);
	}

	PingResult run() {
		IpStack source = net.stackOf(from);
		if (source == null || source.interfaces().isEmpty()) {
			return failedUpFront(count, Names.stack(from) + " has no IPv4 interface (an adapter with ipv4 bound and an address)");
		}
		net.stacks().values().forEach(s -> s.observe(this));
		for (int seq = 1; seq <= count; seq++) {
			int s = seq;
			net.engine().schedule((seq - 1) * INTERVAL_NS,
					() -> routeReasons[s] = source.sendEcho(net.engine(), address, null, false, s));
		}
		net.engine().runUntil(count * INTERVAL_NS + INTERVAL_NS);
		List<PingRecord> records = new ArrayList<>();
		int received = 0;
		String firstFailure = null;
		for (int seq = 1; seq <= count; seq++) {
			boolean answered = replies[seq] != null;
			if (answered) {
				received++;
			} else if (firstFailure == null) {
				firstFailure = failures[seq] != null ? failures[seq]
						: requests[seq] == null ? "echo request " + seq + " reached no stack owning the address"
								: "echo request " + seq + " got no reply";
			}
			records.add(new PingRecord(seq, answered, requests[seq] == null ? List.of() : requests[seq],
					answered ? replies[seq] : List.of(), routeReasons[seq]));
		}
		// a storm stopped the run: whatever was not answered failed because of it, not for a later symptom
		String stopped = net.engine().stopped();
		return new PingResult(count, received, records, List.copyOf(net.engine().trace()), net.macTables(),
				received == count ? null : stopped != null ? stopped : firstFailure);
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
}
