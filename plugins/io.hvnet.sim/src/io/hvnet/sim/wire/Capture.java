package io.hvnet.sim.wire;

import java.util.List;

/**
 * What crossed the links of a network during a run: every link (frames or not) and every frame put on one, in
 * the order they were sent. The simulator decides what is on which link; a pcapng file ({@link PcapngWriter}) or a
 * frame list only shows it.
 */
public record Capture(List<Link> links, List<CapturedFrame> frames) {

	public Capture {
		links = List.copyOf(links);
		frames = List.copyOf(frames);
	}

	/** The link called {@code name}, or null. */
	public Link link(String name) {
		return links.stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * The frames trace event {@code step} put on links: one for a send or a forward, one per port for a flood, none
	 * for other events. How a frame details view finds the bytes of an event.
	 */
	public List<CapturedFrame> sentBy(int step) {
		return frames.stream().filter(f -> f.step() == step).toList();
	}

	/** This capture on {@code link} alone: the one link and its frames. */
	public Capture only(Link link) {
		return new Capture(List.of(link), frames.stream().filter(f -> f.link().equals(link)).toList());
	}
}
