package io.hvnet.sim.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongFunction;

import io.hvnet.dsl.model.Addresses;
import io.hvnet.sim.net.Macs;

/**
 * Writes a frame's bytes and notes, for each field, which bytes it went to. A field's value is read back from those
 * bytes when the frame is complete, after checksums are filled in, so the dissection can never show a value the
 * bytes do not hold.
 */
final class FrameWriter {

	private enum Kind {
		NUMBER, MAC, IPV4, BYTES
	}

	private record Pending(String name, String label, int offset, int length, int mask, Kind kind,
			LongFunction<String> shown) {
	}

	/** A layer being written: fields go to it in wire order. */
	final class Part {
		private final String title;
		private final String protocol;
		private final int start;
		private int end = -1;
		private final List<Pending> fields = new ArrayList<>();

		private Part(String title, String protocol) {
			this.title = title;
			this.protocol = protocol;
			this.start = size;
		}

		int u8(String name, String label, int value, LongFunction<String> shown) {
			int at = put(value, 1);
			return field(name, label, at, 1, 0, shown);
		}

		int u16(String name, String label, int value, LongFunction<String> shown) {
			int at = put(value, 2);
			return field(name, label, at, 2, 0, shown);
		}

		int u32(String name, String label, int value, LongFunction<String> shown) {
			int at = put(value & 0xffff_ffffL, 4);
			return field(name, label, at, 4, 0, shown);
		}

		/** Bytes that only {@link #bits} fields describe. */
		int raw8(int value) {
			return put(value, 1);
		}

		int raw16(int value) {
			return put(value, 2);
		}

		/** A field of some bits of bytes already written. */
		int bits(String name, String label, int at, int length, int mask, LongFunction<String> shown) {
			return field(name, label, at, length, mask, shown);
		}

		int mac(String name, String label, long mac) {
			int at = put(mac, 6);
			fields.add(new Pending(name, label, at, 6, 0, Kind.MAC, null));
			return at;
		}

		int ipv4(String name, String label, int address) {
			int at = put(address & 0xffff_ffffL, 4);
			fields.add(new Pending(name, label, at, 4, 0, Kind.IPV4, null));
			return at;
		}

		int bytes(String name, String label, byte[] data) {
			int at = size;
			ensure(data.length);
			System.arraycopy(data, 0, bytes, size, data.length);
			size += data.length;
			fields.add(new Pending(name, label, at, data.length, 0, Kind.BYTES, null));
			return at;
		}

		private int field(String name, String label, int at, int length, int mask, LongFunction<String> shown) {
			fields.add(new Pending(name, label, at, length, mask, Kind.NUMBER, shown));
			return at;
		}

		/** Bytes from the layer's start to here. */
		int length() {
			return size - start;
		}

		int start() {
			return start;
		}

		void end() {
			end = size;
		}
	}

	private byte[] bytes = new byte[128];
	private int size;
	private final List<Part> parts = new ArrayList<>();

	Part layer(String title, String protocol) {
		Part part = new Part(title, protocol);
		parts.add(part);
		return part;
	}

	int size() {
		return size;
	}

	/** Overwrites two bytes already written (a checksum, once what it covers is complete). */
	void set16(int at, int value) {
		bytes[at] = (byte) (value >>> 8);
		bytes[at + 1] = (byte) value;
	}

	/** A copy of {@code length} bytes already written from {@code offset}. */
	byte[] bytesFrom(int offset, int length) {
		return Arrays.copyOfRange(bytes, offset, offset + length);
	}

	int checksum(int offset, int length) {
		return InternetChecksum.of(bytes, offset, length);
	}

	private int put(long value, int length) {
		ensure(length);
		int at = size;
		for (int i = 0; i < length; i++) {
			bytes[at + i] = (byte) (value >>> 8 * (length - 1 - i));
		}
		size += length;
		return at;
	}

	private void ensure(int more) {
		if (size + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
		}
	}

	FrameLayers finish() {
		byte[] frame = Arrays.copyOf(bytes, size);
		List<Layer> layers = new ArrayList<>();
		for (Part p : parts) {
			List<Field> fields = new ArrayList<>();
			for (Pending f : p.fields) {
				fields.add(new Field(f.name, f.label, valueOf(frame, f), f.offset, f.length, f.mask));
			}
			int end = p.end < 0 ? size : p.end;
			layers.add(new Layer(p.title, p.protocol, p.start, end - p.start, List.copyOf(fields)));
		}
		return new FrameLayers(frame, layers);
	}

	private static String valueOf(byte[] frame, Pending f) {
		long raw = 0;
		for (int i = 0; i < f.length; i++) {
			raw = raw << 8 | frame[f.offset + i] & 0xff;
		}
		return switch (f.kind) {
		case MAC -> Macs.format(raw);
		case IPV4 -> Addresses.format((int) raw);
		case BYTES -> HexFormat.of().formatHex(frame, f.offset, f.offset + f.length); // as Wireshark shows data.data
		case NUMBER -> f.shown.apply(f.mask == 0 ? raw : (raw & f.mask) >>> Integer.numberOfTrailingZeros(f.mask));
		};
	}
}
