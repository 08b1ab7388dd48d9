package io.hvnet.sim;

/**
 * Where the first cause of a failed ping is, as the diagnosis sentence names it: {@code element} is the qualified
 * name of the stack, router, adapter or switch (the simulator's hop name, which is also the diagram's id) and
 * {@code port} the switch's port the frame was dropped at, or null when the cause is the element itself (a stack
 * with no route, a NAT host, an adapter whose ARP went unanswered).
 */
public record FailurePlace(String element, String port) {

	public static FailurePlace at(String element) {
		return new FailurePlace(element, null);
	}
}
