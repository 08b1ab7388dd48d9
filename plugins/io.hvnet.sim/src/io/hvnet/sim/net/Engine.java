package io.hvnet.sim.net;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import io.hvnet.sim.Action;
import io.hvnet.sim.FrameSummary;
import io.hvnet.sim.Hop;
import io.hvnet.sim.SeedFlow;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.TraceEvent;

/**
 * The discrete-event core: simulated time in nanoseconds, events ordered by (time, order of scheduling) so that a
 * run is reproducible, cables with a fixed delay, and the trace.
 */
public final class Engine {

	/** Time a frame needs on any cable, physical or virtual. */
	public static final long LINK_DELAY_NS = 1_000;

	/**
	 * The fewest flooded copies of one frame that stop a run as a broadcast storm, however small the network. A
	 * storm through three or more parallel paths doubles its copies at every switch hop, so it passes a thousand
	 * within a dozen hops and the trace up to there stays readable; a loop of two paths, whose copies do not
	 * multiply, stays below it and is cut by the hop limit as before.
	 */
	public static final int MIN_FLOOD_COPY_LIMIT = 1_000;

	private record Scheduled(long time, long order, Runnable action) implements Comparable<Scheduled> {
		@Override
		public int compareTo(Scheduled o) {
			int c = Long.compare(time, o.time);
			return c != 0 ? c : Long.compare(order, o.order);
		}
	}

	/** Timers (pings, ARP timeouts) at arbitrary times. */
	private final PriorityQueue<Scheduled> timers = new PriorityQueue<>();
	/**
	 * Frame arrivals: every cable has the same delay and time never goes back, so arrivals are scheduled in time
	 * order and a FIFO holds them, with no heap work per frame hop.
	 */
	private ArrivalQueue arrivals = new ArrivalQueue();
	private List<TraceEvent> trace = new ArrayList<>();
	private final MacTables macTables = new MacTables();
	private final SimulationOptions options;
	private final boolean tracing;
	private long now;
	private long order;
	private long frameHops;
	/** Ports of all switches: in a network without loops no frame is flooded to more ({@link #floodCopyLimit}). */
	private int switchPorts;
	private int floodCopyLimit = MIN_FLOOD_COPY_LIMIT;
	/** Why the run was stopped before its time (a broadcast storm), or null. */
	private String stopped;
	/**
	 * The summary of the last frame recorded: a flood records the same frame at every port, and formatting its
	 * addresses again for each event was half the cost of a traced run.
	 */
	private Frame summarized;
	private FrameSummary summary;
	/** Told of every frame put on a cable while a capture is asked for; null (one compare per hop) otherwise. */
	private FrameTap tap;
	/**
	 * The step of the last send, forward or flood recorded: the event that puts the next frames on cables (a flood
	 * records drops at unplugged ports between its copies, so the last event is not always the one).
	 */
	private int sendingStep;
	/** The 802.1Q tag of the frame being handled now, as it came off the cable (0 = untagged, or a timer's work). */
	private int arrivalTag;

	public Engine(SimulationOptions options, boolean tracing) {
		this.options = options;
		this.tracing = tracing;
	}

	/**
	 * Back to time zero with nothing learnt, scheduled or recorded, as if freshly built: the wiring stays, so a
	 * compiled network can run many independent pings.
	 */
	public void reset() {
		timers.clear();
		arrivals = new ArrivalQueue();
		trace = new ArrayList<>();
		macTables.clear();
		now = 0;
		order = 0;
		frameHops = 0;
		stopped = null;
		summarized = null;
		summary = null;
		tap = null;
		sendingStep = 0;
	}

	/**
	 * Starts a new trace, keeping what the network learnt and the time: the next ping of a scenario that is one
	 * timeline records its own events.
	 */
	public void clearTrace() {
		trace = new ArrayList<>();
		summarized = null;
		summary = null;
		sendingStep = 0;
		stopped = null;
	}

	/** Tells {@code frameTap} of every frame put on a cable from now on; null stops it. */
	public void tap(FrameTap frameTap) {
		this.tap = frameTap;
	}

	public long now() {
		return now;
	}

	/** Whether events are recorded; when not, devices skip building descriptions and paths (benchmarks). */
	public boolean tracing() {
		return tracing;
	}

	/** The frame with {@code hop} added to its path, reached from the path's last hop, when paths are kept. */
	Frame passing(Frame frame, Hop hop) {
		if (!tracing) {
			return frame;
		}
		PathNode path = frame.path();
		return frame.via(PathNode.append(path, path == null ? hop : hop.reachedFrom(path.hop())));
	}

	/** What the network's switches have learnt. */
	MacTables macTables() {
		return macTables;
	}

	public SimulationOptions options() {
		return options;
	}

	/** A switch got a port: the flood copy limit follows the network's size. */
	void switchPortAdded() {
		switchPorts++;
		floodCopyLimit = Math.max(MIN_FLOOD_COPY_LIMIT, switchPorts);
	}

	/**
	 * How many flooded copies of one frame make it a broadcast storm. Without a loop a frame reaches every switch at
	 * most once, and a switch floods it to at most all its ports, so no loop-free network ever gets past the number
	 * of switch ports: a frame that does is circling (at least) one loop, and unless the run is stopped its copies
	 * multiply until memory runs out (issue #18). {@link #MIN_FLOOD_COPY_LIMIT} is the floor.
	 */
	int floodCopyLimit() {
		return floodCopyLimit;
	}

	/**
	 * Ends the run now: nothing scheduled happens any more, so a broadcast storm cannot grow further. Once the
	 * switches melt nothing gets through them anyway; the simulator says so instead of running out of memory.
	 */
	void stop(String reason) {
		if (stopped == null) {
			stopped = reason;
		}
		arrivals = new ArrivalQueue();
		timers.clear();
	}

	/** Why the run ended early (e.g. a layer-2 loop), or null when it ran its course. */
	public String stopped() {
		return stopped;
	}

	public void schedule(long at, Runnable action) {
		timers.add(new Scheduled(at, order++, action));
	}

	/**
	 * Puts a frame on the cable plugged into {@code out}, with its tag and hop budget; it arrives at the other end one
	 * link delay later.
	 */
	public void transmit(Port out, Frame frame, int tag, int hopBudget, SeedFlow flow) {
		if (out.peer == null) {
			record(out.owner.name, out.owner.kind.json(), out.name, Action.DROP, flow,
					out.down != null ? out.down : "nothing is plugged into this port", frame);
			return;
		}
		transmit(out, out.peer, frame, tag, hopBudget);
	}

	/**
	 * {@link #transmit(Port, Frame, int, int, SeedFlow)} to a port known to be plugged in, whose peer {@code in} the
	 * caller already holds (a flood's precomputed set): the hot path of a flood does not read {@code out} at all.
	 */
	void transmit(Port out, Port in, Frame frame, int tag, int hopBudget) {
		if (tap != null) {
			tap.transmitted(now, sendingStep, out, frame, tag);
		}
		arriveLater(in, frame, tag, hopBudget);
	}

	/** Whether a capture is told of every frame put on a cable ({@link #tap}): then a sender must name its port. */
	boolean tapping() {
		return tap != null;
	}

	/**
	 * Schedules the frame's arrival at {@code in} one link delay from now, without telling a capture: a flood's hot
	 * path while nothing is {@link #tapping}, which need not read the sending ports.
	 */
	void arriveLater(Port in, Frame frame, int tag, int hopBudget) {
		frameHops++;
		arrivals.add(now + LINK_DELAY_NS, order++, in, frame, tag, hopBudget);
	}

	public void runUntil(long time) {
		while (true) {
			Scheduled timer = timers.peek();
			boolean arrivalFirst = !arrivals.isEmpty() && (timer == null || arrivals.headTime() < timer.time
					|| arrivals.headTime() == timer.time && arrivals.headOrder() < timer.order);
			if (arrivalFirst) {
				if (arrivals.headTime() > time) {
					break;
				}
				now = arrivals.headTime();
				Port in = arrivals.headPort();
				Frame frame = arrivals.headFrame();
				int tag = arrivals.headTag();
				int hopBudget = arrivals.headHopBudget();
				arrivals.removeHead();
				arrivalTag = tag;
				in.owner.receive(this, in, frame, tag, hopBudget);
			} else {
				if (timer == null || timer.time > time) {
					break;
				}
				timers.poll();
				now = timer.time;
				arrivalTag = 0;
				timer.action.run();
			}
		}
		now = Math.max(now, time);
	}

	/** Records an event of the frame being handled now, with the tag it arrived with. */
	public void record(String node, String kind, String port, Action action, SeedFlow flow, String reason,
			Frame frame) {
		record(node, kind, port, action, flow, reason, frame, arrivalTag);
	}

	/** Records an event of a frame that carries 802.1Q tag {@code tag} on this hop (0 = untagged). */
	public void record(String node, String kind, String port, Action action, SeedFlow flow, String reason,
			Frame frame, int tag) {
		if (tracing) {
			trace.add(new TraceEvent(now, trace.size() + 1, flow, node, kind, port, action, reason,
					frame == null ? null : summaryOf(frame).tagged(tag)));
			if (action == Action.SEND || action == Action.FORWARD || action == Action.FLOOD) {
				sendingStep = trace.size();
			}
		}
	}

	private FrameSummary summaryOf(Frame frame) {
		Frame last = summarized;
		if (last == null || last.src() != frame.src() || last.dst() != frame.dst() || last.arp() != frame.arp()
				|| last.reply() != frame.reply() || last.ipSrc() != frame.ipSrc() || last.ipDst() != frame.ipDst()
				|| last.dhcp() != frame.dhcp()) {
			summarized = frame;
			summary = frame.summary();
		}
		return summary;
	}

	public List<TraceEvent> trace() {
		return trace;
	}

	/** Frames put on cables so far: the unit of the simulator's speed figures. */
	public long frameHops() {
		return frameHops;
	}
}
