package io.hvnet.sim.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hvnet.sim.PingOutcome;
import io.hvnet.sim.wire.Capture;
import io.hvnet.sim.wire.CapturedFrame;
import io.hvnet.sim.wire.PcapngWriter;

/** "Export Capture…": a ping of the view simulated again with a capture, written as pcapng (as `simulate --pcap`). */
final class CaptureExport {

	private CaptureExport() {
	}

	/** Writes the capture of {@code ping} to {@code file}; says what was written, or why nothing was. */
	static String write(ScenarioRun run, PingOutcome ping, Path file) {
		Capture capture = run.runner().capture(run.simulator(), ping.ping()).capture();
		try (OutputStream out = Files.newOutputStream(file)) {
			PcapngWriter.write(capture, out);
		} catch (IOException e) {
			return "Cannot write " + file + ": " + e.getMessage();
		}
		long used = capture.frames().stream().map(CapturedFrame::link).distinct().count();
		return ping.description() + ": " + capture.frames().size() + " frames on " + used + " of "
				+ capture.links().size() + " links written to " + file;
	}

	/** A file name for the capture of {@code ping}: the topology's and the ping's, without characters files avoid. */
	static String fileName(ScenarioRun run, PingOutcome ping) {
		String base = run.file().getName().replaceFirst("\\.hvnet$", "");
		return (base + "-" + ping.description().replaceFirst("^ping ", "")).replaceAll("[^A-Za-z0-9._-]+", "_")
				+ ".pcapng";
	}
}
