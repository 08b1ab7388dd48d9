package io.hvnet.sim.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a capture as pcapng, the format Wireshark and tshark open by default (IETF draft-ietf-opsawg-pcapng, "PCAP
 * Next Generation (pcapng) Capture File Format"): one Section Header Block, one Interface Description Block per link
 * (link type 1, Ethernet; its name as {@code if_name}; timestamps in microseconds, the default {@code if_tsresol}),
 * and an Enhanced Packet Block per frame, in the order the frames were sent, with a comment saying which end sent
 * it. Simulated time 0 is the Unix epoch, so the same model and ping always give the same file, byte for byte.
 * Blocks are little-endian; the byte-order magic tells readers so.
 */
public final class PcapngWriter {

	private static final int SECTION_HEADER = 0x0A0D0D0A;
	private static final int INTERFACE_DESCRIPTION = 0x00000001;
	private static final int ENHANCED_PACKET = 0x00000006;
	private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
	private static final int LINKTYPE_ETHERNET = 1;
	private static final short OPT_ENDOFOPT = 0;
	private static final short OPT_COMMENT = 1;
	private static final short SHB_USERAPPL = 4;
	private static final short IF_NAME = 2;

	private PcapngWriter() {
	}

	public static void write(Capture capture, OutputStream out) throws IOException {
		out.write(sectionHeader());
		Map<Link, Integer> interfaceIds = new HashMap<>();
		for (Link link : capture.links()) {
			interfaceIds.put(link, interfaceIds.size());
			out.write(interfaceDescription(link));
		}
		for (CapturedFrame frame : capture.frames()) {
			Integer id = interfaceIds.get(frame.link());
			if (id != null) {
				out.write(enhancedPacket(id, frame));
			}
		}
	}

	private static byte[] sectionHeader() {
		byte[] options = options(SHB_USERAPPL, "hvnet");
		ByteBuffer b = block(SECTION_HEADER, 16 + options.length);
		b.putInt(BYTE_ORDER_MAGIC).putShort((short) 1).putShort((short) 0).putLong(-1L); // version 1.0, length unknown
		return finish(b.put(options));
	}

	private static byte[] interfaceDescription(Link link) {
		byte[] options = options(IF_NAME, link.name());
		ByteBuffer b = block(INTERFACE_DESCRIPTION, 8 + options.length);
		b.putShort((short) LINKTYPE_ETHERNET).putShort((short) 0).putInt(0); // reserved; snap length 0 = no limit
		return finish(b.put(options));
	}

	private static byte[] enhancedPacket(int interfaceId, CapturedFrame frame) {
		byte[] data = frame.frame().bytes();
		int padded = padded(data.length);
		String comment = frame.from() + " -> " + frame.to() + (frame.step() > 0 ? ", trace step " + frame.step() : "");
		byte[] options = options(OPT_COMMENT, comment);
		ByteBuffer b = block(ENHANCED_PACKET, 20 + padded + options.length);
		long micros = frame.timeNs() / 1_000;
		b.putInt(interfaceId).putInt((int) (micros >>> 32)).putInt((int) micros);
		b.putInt(data.length).putInt(data.length); // captured whole: captured length = original length
		b.put(data).put(new byte[padded - data.length]);
		return finish(b.put(options));
	}

	/** One option with a UTF-8 value padded to 32 bits, then the end of options. */
	private static byte[] options(short code, String value) {
		byte[] text = value.getBytes(StandardCharsets.UTF_8);
		ByteBuffer b = ByteBuffer.allocate(4 + padded(text.length) + 4).order(ByteOrder.LITTLE_ENDIAN);
		b.putShort(code).putShort((short) text.length).put(text).put(new byte[padded(text.length) - text.length]);
		b.putShort(OPT_ENDOFOPT).putShort((short) 0);
		return b.array();
	}

	/** A block of type {@code type} with {@code body} bytes between its length fields, positioned after them. */
	private static ByteBuffer block(int type, int body) {
		int total = 12 + body;
		ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
		return b.putInt(type).putInt(total);
	}

	/** Repeats the block's total length at its end, as every pcapng block does. */
	private static byte[] finish(ByteBuffer b) {
		b.putInt(b.capacity());
		return b.array();
	}

	private static int padded(int length) {
		return (length + 3) & ~3;
	}
}
