package io.hvnet.sim.ui;

import java.util.List;

import io.hvnet.sim.TraceEvent;
import io.hvnet.sim.wire.Capture;
import io.hvnet.sim.wire.CapturedFrame;

/**
 * Which captured frame a trace event concerns: the frame it put on a link (a send, forward or flood: the first of
 * its copies), else the last frame that reached its node before it (what a switch learnt from, a stack received, a
 * port dropped), else none.
 */
record FrameOfEvent(CapturedFrame frame, String note) {

	static FrameOfEvent of(Capture capture, TraceEvent event) {
		if (event.frame() == null) {
			return new FrameOfEvent(null, "Step " + event.step() + " (" + event.action().json() + ") concerns no frame.");
		}
		List<CapturedFrame> sent = capture.sentBy(event.step());
		if (!sent.isEmpty()) {
			CapturedFrame first = sent.get(0);
			return new FrameOfEvent(first, "Step " + event.step() + ": " + first.frame().length() + " bytes on "
					+ first.link().name() + (sent.size() > 1 ? " and " + (sent.size() - 1) + " more links" : ""));
		}
		CapturedFrame arrived = null;
		for (CapturedFrame f : capture.frames()) {
			if (f.step() < event.step() && reaches(f, event.node())) {
				arrived = f;
			}
		}
		if (arrived == null) {
			return new FrameOfEvent(null, "Step " + event.step() + " (" + event.action().json()
					+ "): its frame was on no link before it.");
		}
		return new FrameOfEvent(arrived, "Step " + event.step() + ": the frame as it arrived on " + arrived.link().name()
				+ " (sent at step " + arrived.step() + ")");
	}

	/** A link end is a node's name, or a physical switch's name and port ({@code PSW1:2}). */
	private static boolean reaches(CapturedFrame f, String node) {
		return f.to().equals(node) || f.to().startsWith(node + ":");
	}
}
