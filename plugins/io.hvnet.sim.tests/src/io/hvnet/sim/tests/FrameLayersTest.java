package io.hvnet.sim.tests;

import static io.hvnet.sim.tests.Topologies.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.tests.Examples;
import io.hvnet.dsl.tests.HvNetInjectorProvider;
import io.hvnet.sim.CapturedPing;
import io.hvnet.sim.FrameSummary;
import io.hvnet.sim.PingResult;
import io.hvnet.sim.SimulationOptions;
import io.hvnet.sim.Simulator;
import io.hvnet.sim.TraceEvent;
import io.hvnet.sim.wire.CapturedFrame;
import io.hvnet.sim.wire.Field;
import io.hvnet.sim.wire.FrameLayers;
import io.hvnet.sim.wire.Layer;
import io.hvnet.sim.wire.Link;

/**
 * A captured ping's frames on real topologies: the dissection's fields lie inside their layers and read what the
 * bytes hold, checksums verify, the frames are those of the simulator's trace, VLAN tags appear exactly on the links
 * the simulator tagged, and capturing changes nothing in the simulation.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class FrameLayersTest {

	@Inject
	private HvNetLoader loader;

	private CapturedPing capture(Network network, String from, String to, int count) {
		return Simulator.of(network).pingCapturing(endpoint(network, from), endpoint(network, to), count,
				SimulationOptions.defaults());
	}

	@Test
	void fieldsAndBytesAgreeAndChecksumsVerify() throws Exception {
		Network fig12 = new Topologies(loader).example("fig12");
		CapturedPing run = capture(fig12, "HV01.VM1", "FileServer", 2);
		assertTrue(run.result().reachable(), run.result()::reason);
		List<CapturedFrame> frames = run.capture().frames();
		assertFalse(frames.isEmpty());
		Set<String> protocols = new HashSet<>();
		for (CapturedFrame captured : frames) {
			FrameLayers frame = captured.frame();
			byte[] bytes = frame.bytes();
			List<Layer> layers = frame.layers();
			assertEquals("eth", layers.get(0).protocol());
			assertEquals(0, layers.get(0).offset());
			assertEquals(bytes.length, layers.get(0).length());
			// the layers after Ethernet's header follow each other without gap or overlap
			int next = 14;
			for (Layer layer : layers.subList(1, layers.size())) {
				assertEquals(next, layer.offset(), () -> layer.title() + " in " + layers);
				next = layer.offset() + layer.length();
				protocols.add(layer.protocol());
			}
			assertTrue(next <= bytes.length);
			for (Layer layer : layers) {
				for (Field f : layer.fields()) {
					assertTrue(f.offset() >= layer.offset() && f.offset() + f.length() <= layer.offset() + layer.length(),
							() -> f + " outside " + layer.title());
				}
			}
			assertEquals(hex(bytes, 0, 6), frame.field("eth.dst").value().replace(":", ""));
			assertEquals(hex(bytes, 6, 6), frame.field("eth.src").value().replace(":", ""));
			if (frame.field("ip.checksum") != null) {
				Layer ip = layer(frame, "ip");
				assertEquals(20, ip.length());
				assertEquals(0xffff, onesComplementSum(bytes, ip.offset(), ip.length()), "IPv4 header checksum");
				Field checksum = frame.field("ip.checksum");
				assertEquals("0x" + hex(bytes, checksum.offset(), 2), checksum.value());
				Layer icmp = layer(frame, "icmp");
				assertEquals(0xffff, onesComplementSum(bytes, icmp.offset(), icmp.length()), "ICMP checksum");
				assertEquals(Integer.parseInt(frame.field("ip.len").value()), ip.length() + icmp.length());
			}
			assertTrue(bytes.length >= 60, "shorter than Ethernet's minimum: " + bytes.length);
			// the frame the trace event that sent it shows
			FrameSummary traced = run.result().events().get(captured.step() - 1).frame();
			assertEquals(traced.src(), frame.field("eth.src").value());
			assertEquals(traced.dst(), frame.field("eth.dst").value());
			if ("arp".equals(traced.type())) {
				assertEquals(traced.ipSrc(), frame.field("arp.src.proto_ipv4").value());
				assertEquals(traced.ipDst(), frame.field("arp.dst.proto_ipv4").value());
				boolean request = traced.dst().equals("ff:ff:ff:ff:ff:ff");
				assertEquals(request ? "request (1)" : "reply (2)", frame.field("arp.opcode").value());
				assertEquals(request ? "00:00:00:00:00:00" : traced.dst(), frame.field("arp.dst.hw_mac").value());
			} else {
				assertEquals(traced.ipSrc(), frame.field("ip.src").value());
				assertEquals(traced.ipDst(), frame.field("ip.dst").value());
				assertEquals(traced.icmp().equals("echo-request") ? "8" : "0",
						frame.field("icmp.type").value().split(" ")[0]);
			}
			assertTrue(captured.from().equals(captured.link().end1()) && captured.to().equals(captured.link().end2())
					|| captured.from().equals(captured.link().end2()) && captured.to().equals(captured.link().end1()),
					captured::toString);
		}
		assertEquals(Set.of("arp", "ip", "icmp"), protocols);
		// each frame belongs to the event that sent it: a send or forward puts one copy on one link, a flood one on each
		// plugged port (PSW1's unplugged ports drop theirs between the copies)
		int attributed = 0;
		for (TraceEvent e : run.result().events()) {
			List<CapturedFrame> sent = run.capture().sentBy(e.step());
			switch (e.action()) {
			case SEND, FORWARD -> assertEquals(1, sent.size(), e::toString);
			case FLOOD -> assertFalse(sent.isEmpty(), e::toString);
			default -> assertTrue(sent.isEmpty(), e::toString);
			}
			sent.forEach(f -> assertEquals(e.node(), f.from().replaceAll(":\\d+$", ""), e::toString));
			attributed += sent.size();
		}
		assertEquals(frames.size(), attributed);
		// both echo requests are on the wire with their sequence numbers
		Set<String> seqs = new HashSet<>();
		frames.stream().map(CapturedFrame::frame).filter(f -> f.field("icmp.seq") != null)
				.forEach(f -> seqs.add(f.field("icmp.seq").value().split(" ")[0]));
		assertEquals(Set.of("1", "2"), seqs);
	}

	@Test
	void theTagIsOnTheLinksTheSimulatorTagged() throws Exception {
		Network lab = new Topologies(loader).parse(Examples.read(Examples.root().resolve("lab/lab.hvnet")));
		CapturedPing run = capture(lab, "HV01.Web1", "HV02.Web2", 1);
		assertTrue(run.result().reachable(), run.result()::reason);
		int tagged = 0;
		for (CapturedFrame captured : run.capture().frames()) {
			Field vlan = captured.frame().field("vlan.id");
			String link = captured.link().name();
			// Web1.Front and Web2.Front are access ports of VLAN 10: untagged to the VM, tagged on the uplinks
			if (link.contains(".Front<->")) {
				assertNull(vlan, link);
				assertFalse(captured.frame().field("eth.type").value().startsWith("802.1Q"), link);
			} else if (link.contains("Uplink") || link.contains("Core")) {
				assertNotNull(vlan, link);
				assertEquals("10", vlan.value(), link);
				assertEquals("802.1Q Virtual LAN (0x8100)", captured.frame().field("eth.type").value());
				tagged++;
			}
		}
		assertTrue(tagged >= 4, "tagged frames on the uplinks: " + tagged);
	}

	@Test
	void linksHaveUniqueNamesMadeOfTheirEnds() throws Exception {
		Network lab = new Topologies(loader).parse(Examples.read(Examples.root().resolve("lab/lab.hvnet")));
		List<Link> links = capture(lab, "HV01.parent", "FileServer", 1).capture().links();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < links.size(); i++) {
			Link l = links.get(i);
			assertEquals(i, l.index());
			assertEquals(l.end1() + "<->" + l.end2(), l.name());
			assertTrue(names.add(l.name()), l.name());
		}
		// every cable of the file, named by its physical switch port, and every adapter's virtual cable
		assertTrue(names.containsAll(Set.of("HV01.Mgmt<->Access:1", "Core:8<->Access:8", "HV01.Uplink<->Core:1",
				"HV01.Production<->HV01.Uplink", "HV01.Web1.Front<->HV01.Production", "HV01.LabA.Net<->HV01.Isolated")),
				names::toString);
	}

	@Test
	void capturingChangesNothingInTheSimulation() throws Exception {
		Network fig14 = new Topologies(loader).example("fig14");
		Simulator simulator = Simulator.of(fig14);
		PingResult plain = simulator.ping(endpoint(fig14, "HV01.VM1"), "192.168.1.10", 2, SimulationOptions.defaults());
		CapturedPing captured = simulator.pingCapturing(endpoint(fig14, "HV01.VM1"), "192.168.1.10", 2,
				SimulationOptions.defaults());
		PingResult again = simulator.ping(endpoint(fig14, "HV01.VM1"), "192.168.1.10", 2, SimulationOptions.defaults());
		assertEquals(plain, captured.result());
		assertEquals(plain, again);
		assertFalse(captured.capture().frames().isEmpty());
	}

	private static Layer layer(FrameLayers frame, String protocol) {
		return frame.layers().stream().filter(l -> l.protocol().equals(protocol)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + protocol + " in " + frame.layers()));
	}

	/** RFC 1071's sum, written here again so the test does not check the encoder with itself. */
	static int onesComplementSum(byte[] b, int offset, int length) {
		int sum = 0;
		for (int i = 0; i < length; i += 2) {
			sum += (b[offset + i] & 0xff) << 8 | (i + 1 < length ? b[offset + i + 1] & 0xff : 0);
			sum = (sum & 0xffff) + (sum >>> 16);
		}
		return sum;
	}

	private static String hex(byte[] b, int offset, int length) {
		return java.util.HexFormat.of().formatHex(b, offset, offset + length);
	}
}
