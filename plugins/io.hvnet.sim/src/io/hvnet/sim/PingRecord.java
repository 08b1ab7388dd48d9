package io.hvnet.sim;

import java.util.List;

/**
 * One echo request of a ping: the path it took to its destination's stack, the path the reply took back (empty
 * when there was none), and why the sender chose the route it did.
 */
public record PingRecord(int seq, boolean reachable, List<Hop> request, List<Hop> reply, String routeReason) {
}
