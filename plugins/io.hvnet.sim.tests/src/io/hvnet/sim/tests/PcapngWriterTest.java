package io.hvnet.sim.tests;

import static io.hvnet.sim.tests.Topologies.endpoint;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.tests.HvNetInjectorProvider;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.wire.Capture;
import io.hvnet.sim.wire.CapturedFrame;
import io.hvnet.sim.wire.PcapngWriter;

/**
 * The pcapng file read back block by block (draft-ietf-opsawg-pcapng): a section header, an interface per link named
 * after it, a packet block per captured frame on its link's interface with its simulated time in microseconds and its
 * bytes; every block's two length fields agree and are multiples of 4. The CLI's tests read the same files with tshark.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class PcapngWriterTest {

	private record Block(int type, ByteBuffer body) {
	}

	@Inject
	private HvNetLoader loader;

	@Test
	void blocksHoldTheLinksAndFramesOfTheCapture() throws Exception {
		Network fig09 = new Topologies(loader).example("fig09");
		Capture capture = Simulator.of(fig09).pingCapturing(endpoint(fig09, "HV01.parent"),
				endpoint(fig09, "FileServer"), 1, SimulationOptions.defaults()).capture();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PcapngWriter.write(capture, out);
		List<Block> blocks = blocks(out.toByteArray());

		assertEquals(0x0A0D0D0A, blocks.get(0).type());
		assertEquals(0x1A2B3C4D, blocks.get(0).body().getInt(0));
		int links = capture.links().size();
		for (int i = 0; i < links; i++) {
			Block idb = blocks.get(1 + i);
			assertEquals(1, idb.type());
			assertEquals(1, idb.body().getShort(0), "link type Ethernet");
			assertEquals(capture.links().get(i).name(), option(idb.body(), 8, 2));
		}
		List<CapturedFrame> frames = capture.frames();
		assertEquals(1 + links + frames.size(), blocks.size());
		for (int i = 0; i < frames.size(); i++) {
			CapturedFrame frame = frames.get(i);
			ByteBuffer epb = blocks.get(1 + links + i).body();
			assertEquals(6, blocks.get(1 + links + i).type());
			assertEquals(frame.link().index(), epb.getInt(0));
			assertEquals(frame.timeNs() / 1000, (long) epb.getInt(4) << 32 | epb.getInt(8) & 0xffffffffL);
			int length = epb.getInt(12);
			assertEquals(length, epb.getInt(16));
			byte[] data = Arrays.copyOfRange(epb.array(), epb.arrayOffset() + 20, epb.arrayOffset() + 20 + length);
			assertArrayEquals(frame.frame().bytes(), data);
		}
	}

	@Test
	void theSamePingGivesTheSameFile() throws Exception {
		Network fig13 = new Topologies(loader).example("fig13");
		byte[] first = file(fig13);
		byte[] second = file(new Topologies(loader).example("fig13"));
		assertArrayEquals(first, second);
	}

	private static byte[] file(Network network) throws Exception {
		Capture capture = Simulator.of(network).pingCapturing(endpoint(network, "HV01.VM1"), "192.168.1.11", 2,
				SimulationOptions.defaults()).capture();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PcapngWriter.write(capture, out);
		return out.toByteArray();
	}

	private static List<Block> blocks(byte[] file) {
		ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
		List<Block> blocks = new ArrayList<>();
		while (b.hasRemaining()) {
			int start = b.position();
			int type = b.getInt();
			int total = b.getInt();
			assertEquals(0, total % 4, "block length not a multiple of 4");
			assertEquals(total, b.getInt(start + total - 4), "trailing block length");
			ByteBuffer body = ByteBuffer.wrap(file, start + 8, total - 12).slice().order(ByteOrder.LITTLE_ENDIAN);
			blocks.add(new Block(type, body));
			b.position(start + total);
		}
		return blocks;
	}

	/** The value of option {@code code} among the options starting at {@code at}, as text. */
	private static String option(ByteBuffer body, int at, int code) {
		int i = at;
		while (i < body.limit()) {
			int c = body.getShort(i) & 0xffff;
			int length = body.getShort(i + 2) & 0xffff;
			if (c == code) {
				return new String(body.array(), body.arrayOffset() + i + 4, length, StandardCharsets.UTF_8);
			}
			if (c == 0) {
				break;
			}
			i += 4 + (length + 3 & ~3);
		}
		return null;
	}
}
