package io.hvnet.sim.wire;

import java.util.ArrayList;
import java.util.List;

import io.hvnet.sim.net.Engine;
import io.hvnet.sim.net.Frame;
import io.hvnet.sim.net.FrameTap;
import io.hvnet.sim.net.Port;

/**
 * Records every frame an engine puts on a cable while a run is captured. It keeps references only (a frame is
 * immutable in all it puts on the wire) and encodes the bytes when the capture is asked for, so recording costs one
 * list entry per frame hop.
 */
public final class CaptureRecorder implements FrameTap {

	private record Sent(long time, int step, Port out, Frame frame, int tag) {
	}

	private final Engine engine;
	private final Links links;
	private final List<Sent> sent = new ArrayList<>();

	private CaptureRecorder(Engine engine, Links links) {
		this.engine = engine;
		this.links = links;
	}

	/** Starts recording what {@code engine} sends over {@code links}. */
	public static CaptureRecorder start(Engine engine, Links links) {
		CaptureRecorder recorder = new CaptureRecorder(engine, links);
		engine.tap(recorder);
		return recorder;
	}

	@Override
	public void transmitted(long time, int step, Port out, Frame frame, int tag) {
		sent.add(new Sent(time, step, out, frame, tag));
	}

	/** Stops recording and gives what was recorded. */
	public Capture stop() {
		engine.tap(null);
		List<CapturedFrame> frames = new ArrayList<>(sent.size());
		for (Sent s : sent) {
			Link link = links.at(s.out);
			frames.add(new CapturedFrame(link, s.time, Links.end(s.out), Links.end(s.out.peer()), s.step,
					FrameLayers.of(s.frame, s.tag)));
		}
		return new Capture(links.all(), frames);
	}
}
