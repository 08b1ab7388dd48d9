package io.hvnet.sim.wire;

import java.util.List;

import io.hvnet.sim.net.Frame;

/**
 * A frame as it is on a cable, byte for byte, and its layers and fields as Wireshark shows them: what a frame
 * details view lists, with the bytes each field occupies. Both come from one pass of {@link FrameEncoder}, and each
 * field's value is read from the bytes, so they cannot disagree.
 */
public final class FrameLayers {

	private final byte[] bytes;
	private final List<Layer> layers;

	FrameLayers(byte[] bytes, List<Layer> layers) {
		this.bytes = bytes;
		this.layers = List.copyOf(layers);
	}

	/** The frame a simulated {@code frame} is on a cable where it carries 802.1Q tag {@code tag} (0: untagged). */
	public static FrameLayers of(Frame frame, int tag) {
		return FrameEncoder.encode(frame, tag);
	}

	/** The frame's bytes from the destination MAC on (no preamble, no frame check sequence, as captures hold them). */
	public byte[] bytes() {
		return bytes.clone();
	}

	public int length() {
		return bytes.length;
	}

	public List<Layer> layers() {
		return layers;
	}

	/** The first field named {@code name} ({@code ip.checksum}, {@code vlan.id}), or null when the frame has none. */
	public Field field(String name) {
		for (Layer l : layers) {
			for (Field f : l.fields()) {
				if (f.name().equals(name)) {
					return f;
				}
			}
		}
		return null;
	}
}
