package io.hvnet.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import io.hvnet.headless.Output;
import io.hvnet.headless.UsageException;
import io.hvnet.sim.wire.Capture;
import io.hvnet.sim.wire.Link;
import io.hvnet.sim.wire.PcapngWriter;

/** {@code --pcap FILE [--capture LINK]}: the simulator's capture of a ping, or one link of it, as a pcapng file. */
final class PcapFile {

	private PcapFile() {
	}

	static void write(Path file, Capture capture, String linkName) throws UsageException {
		Capture written = capture;
		if (linkName != null) {
			Link link = capture.link(linkName);
			if (link == null) {
				String known = capture.links().stream().map(Link::name).collect(Collectors.joining(", "));
				throw new UsageException("--capture " + linkName + ": no such link; the links are: "
						+ (known.isEmpty() ? "(none)" : known));
			}
			written = capture.only(link);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			PcapngWriter.write(written, bytes);
		} catch (IOException e) {
			throw new UncheckedIOException("a byte array cannot fail to be written", e);
		}
		Output.write(file, bytes.toByteArray());
	}
}
