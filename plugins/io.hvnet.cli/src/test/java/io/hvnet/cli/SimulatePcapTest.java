package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code simulate --pcap}: the file is read back by Wireshark's own dissectors (tshark, the Debian package, which
 * {@code .ci/run} installs) and compared with the simulator's JSON trace of the same ping: the same ARP and ICMP
 * frames, on the links the paths cross, at the times of the events that sent them, with good checksums and the VLAN
 * tags the topology puts on its uplinks.
 */
class SimulatePcapTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final List<String> FIELDS = List.of("frame.interface_name", "frame.time_epoch", "frame.comment",
			"eth.src", "eth.dst", "arp.opcode", "arp.src.proto_ipv4", "arp.dst.proto_ipv4", "ip.src", "ip.dst",
			"icmp.type", "icmp.seq", "vlan.id", "ip.checksum.status", "icmp.checksum.status");
	/** Wireshark's checksum status for a checksum it verified and found right (PROTO_CHECKSUM_E_GOOD). */
	private static final String GOOD = "1";
	private static final Pattern STEP = Pattern.compile("(.+) -> (.+), trace step (\\d+)");

	@TempDir
	Path tmp;

	/** Every frame of the file, as tshark's fields by name (empty when the frame has no such field). */
	private static List<Map<String, String>> tshark(Path file) throws IOException, InterruptedException {
		return tshark(file, FIELDS);
	}

	/** Every frame of the file, as tshark's {@code fields} by name (the first occurrence of each). */
	private static List<Map<String, String>> tshark(Path file, List<String> fields)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("tshark", "-r", file.toString(), "-n", "-o",
				"ip.check_checksum:TRUE", "-T", "fields", "-E", "separator=/t", "-E", "occurrence=f"));
		fields.forEach(f -> command.addAll(List.of("-e", f)));
		Process tshark;
		try {
			tshark = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		} catch (IOException e) {
			return fail("tshark is needed to read the capture back (Debian package tshark; .ci/run installs it): "
					+ e.getMessage());
		}
		String out = new String(tshark.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(tshark.waitFor(60, TimeUnit.SECONDS), "tshark did not finish");
		assertEquals(0, tshark.exitValue(), () -> "tshark failed on " + file + ":\n" + out);
		List<Map<String, String>> frames = new ArrayList<>();
		for (String line : out.split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			String[] values = line.split("\t", -1);
			Map<String, String> frame = new LinkedHashMap<>();
			for (int i = 0; i < fields.size(); i++) {
				frame.put(fields.get(i), i < values.length ? values[i] : "");
			}
			frames.add(frame);
		}
		return frames;
	}

	private CliRun simulate(Path pcap, String... args) {
		List<String> all = new ArrayList<>(List.of("simulate"));
		all.addAll(List.of(args));
		all.addAll(List.of("--pcap", pcap.toString()));
		return CliRun.of(all.toArray(String[]::new));
	}

	/** A frame as the trace's JSON shows it: src dst type ipSrc ipDst icmp. */
	private static String traced(JsonNode frame) {
		return String.join(" ", frame.get("src").asText(), frame.get("dst").asText(), frame.get("type").asText(),
				frame.get("ipSrc").asText(), frame.get("ipDst").asText(), frame.get("icmp").asText());
	}

	/** The same words for a frame tshark dissected. */
	private static String dissected(Map<String, String> f) {
		boolean arp = !f.get("arp.opcode").isEmpty();
		String icmp = arp ? "null" : f.get("icmp.type").equals("8") ? "echo-request" : f.get("icmp.type").equals("0")
				? "echo-reply" : "icmp " + f.get("icmp.type");
		return String.join(" ", f.get("eth.src"), f.get("eth.dst"), arp ? "arp" : "ipv4",
				arp ? f.get("arp.src.proto_ipv4") : f.get("ip.src"), arp ? f.get("arp.dst.proto_ipv4") : f.get("ip.dst"),
				icmp);
	}

	/** A link's name with the physical switch port numbers taken off, as a path names its nodes. */
	private static String devices(String link) {
		return link.replaceAll(":\\d+", "");
	}

	/**
	 * The ping of each seed figure's scenario (fig. 11 with the cold route choice that makes its two paths differ),
	 * sent twice where the figure sends it once, so that the capture holds both the flooding and the learnt path.
	 */
	static Stream<Arguments> seedFigures() {
		return Stream.of(Arguments.of("fig09", List.of("HV01.parent", "FileServer", "--count", "2")),
				Arguments.of("fig10", List.of("HV01.parent", "FileServer", "--count", "2")),
				Arguments.of("fig11", List.of("HV01.parent", "FileServer", "--count", "2", "--cold-routes")),
				Arguments.of("fig12", List.of("HV01.VM1", "FileServer", "--count", "2")),
				Arguments.of("fig13", List.of("HV01.VM1", "192.168.1.11", "--count", "2")),
				Arguments.of("fig14", List.of("HV01.VM1", "192.168.1.10", "--count", "2")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seedFigures")
	void eachSeedFiguresCaptureIsItsTraceOnTheWire(String figure, List<String> pingArguments) throws Exception {
		Path pcap = tmp.resolve(figure + ".pcapng");
		List<String> args = new ArrayList<>(List.of(CliRun.example(figure), "--ping"));
		args.addAll(pingArguments);
		args.addAll(List.of("--format", "json"));
		CliRun run = simulate(pcap, args.toArray(String[]::new));
		assertEquals(0, run.exitCode(), run::toString);
		JsonNode result = JSON.readTree(run.out());
		List<Map<String, String>> frames = tshark(pcap);
		assertFalse(frames.isEmpty());

		// the same frames as the trace shows, none missing and none more
		Set<String> inTrace = new HashSet<>();
		result.get("events").forEach(e -> {
			if (!e.get("frame").isNull()) {
				inTrace.add(traced(e.get("frame")));
			}
		});
		Set<String> onTheWire = new HashSet<>();
		frames.forEach(f -> onTheWire.add(dissected(f)));
		assertEquals(inTrace, onTheWire);
		assertTrue(frames.stream().anyMatch(f -> f.get("arp.opcode").equals("1") && f.get("eth.dst").equals("ff:ff:ff:ff:ff:ff")),
				"no broadcast ARP request");
		assertTrue(frames.stream().anyMatch(f -> f.get("arp.opcode").equals("2")), "no ARP reply");

		// each frame was sent at the time of the trace event that sent it, by a node of that event
		Map<Integer, JsonNode> events = new HashMap<>();
		result.get("events").forEach(e -> events.put(e.get("step").asInt(), e));
		for (Map<String, String> f : frames) {
			Matcher m = STEP.matcher(f.get("frame.comment"));
			assertTrue(m.matches(), f::toString);
			JsonNode event = events.get(Integer.parseInt(m.group(3)));
			assertEquals(event.get("time").asLong() / 1000, Math.round(Double.parseDouble(f.get("frame.time_epoch")) * 1e6),
					f::toString);
			assertEquals(event.get("node").asText(), devices(m.group(1)), f::toString);
			assertTrue(Set.of(devices(m.group(1)) + "<->" + devices(m.group(2)), devices(m.group(2)) + "<->"
					+ devices(m.group(1))).contains(devices(f.get("frame.interface_name"))), f::toString);
		}

		// every echo crosses, with its sequence number and good checksums, each link between two hops of its path
		for (JsonNode ping : result.get("pings")) {
			String seq = ping.get("seq").asText();
			assertCrossesItsPath(frames, ping.get("request"), "8", seq);
			assertCrossesItsPath(frames, ping.get("reply"), "0", seq);
		}
		for (Map<String, String> f : frames) {
			if (!f.get("ip.src").isEmpty()) {
				assertEquals(GOOD, f.get("ip.checksum.status"), f::toString);
				assertEquals(GOOD, f.get("icmp.checksum.status"), f::toString);
			}
		}
	}

	private static void assertCrossesItsPath(List<Map<String, String>> frames, JsonNode path, String icmpType,
			String seq) {
		List<String> nodes = new ArrayList<>();
		path.forEach(h -> {
			if (!h.get("kind").asText().equals("stack")) {
				nodes.add(h.get("node").asText());
			}
		});
		assertTrue(nodes.size() >= 2, path::toString);
		for (int i = 0; i + 1 < nodes.size(); i++) {
			Set<String> link = Set.of(nodes.get(i) + "<->" + nodes.get(i + 1), nodes.get(i + 1) + "<->" + nodes.get(i));
			assertTrue(frames.stream().anyMatch(f -> link.contains(devices(f.get("frame.interface_name")))
					&& f.get("icmp.type").equals(icmpType) && f.get("icmp.seq").equals(seq)),
					() -> "no ICMP type " + icmpType + " seq " + seq + " on " + link);
		}
	}

	@Test
	void labUplinksCarryTheVlanTag() throws Exception {
		Path pcap = tmp.resolve("lab.pcapng");
		CliRun run = simulate(pcap, CliRun.examples().resolve("lab/lab.hvnet").toString(), "--ping", "HV01.Web1",
				"HV02.Web2");
		assertEquals(0, run.exitCode(), run::toString);
		int tagged = 0;
		for (Map<String, String> f : tshark(pcap)) {
			String link = f.get("frame.interface_name");
			// the lab's Web1.Front and Web2.Front are in VLAN 10: their virtual cables untagged, the uplinks tagged
			if (link.contains(".Front<->")) {
				assertEquals("", f.get("vlan.id"), f::toString);
			} else if (link.contains("Uplink")) {
				assertEquals("10", f.get("vlan.id"), f::toString);
				tagged++;
			}
		}
		assertTrue(tagged >= 8, "tagged frames on the uplinks: " + tagged);
	}

	/**
	 * A DHCP client's exchange, as Wireshark's DHCP dissector reads it on the client's link: DISCOVER and REQUEST
	 * broadcast from 0.0.0.0, the router's OFFER and ACK with the leased address, mask and router; the rogue VM's
	 * offer is on its own link only, as its DHCP guard drops it at the switch port.
	 */
	@Test
	void aDhcpExchangeIsDhcpForWireshark() throws Exception {
		Path pcap = tmp.resolve("dhcp.pcapng");
		CliRun run = simulate(pcap, CliRun.examples().resolve("rogue-dhcp/guarded.hvnet").toString(), "--ping",
				"HV01.Client", "R1");
		assertEquals(0, run.exitCode(), run::toString);
		List<String> fields = List.of("frame.interface_name", "udp.srcport", "udp.dstport", "ip.src", "ip.dst",
				"dhcp.option.dhcp", "dhcp.ip.your", "dhcp.option.subnet_mask", "dhcp.option.router",
				"dhcp.hw.mac_addr", "ip.checksum.status");
		List<String> onClientLink = tshark(pcap, fields).stream()
				.filter(f -> f.get("frame.interface_name").equals("HV01.Client.Net<->HV01.Ext")
						&& !f.get("dhcp.option.dhcp").isEmpty())
				.map(f -> String.join(" ", f.get("udp.srcport"), f.get("udp.dstport"), f.get("ip.src"), f.get("ip.dst"),
						f.get("dhcp.option.dhcp"), f.get("dhcp.ip.your"), f.get("dhcp.option.subnet_mask"),
						f.get("dhcp.option.router"), f.get("dhcp.hw.mac_addr"), f.get("ip.checksum.status")))
				.toList();
		assertEquals(List.of("68 67 0.0.0.0 255.255.255.255 1 0.0.0.0   00:15:5d:40:01:01 1",
				"67 68 10.0.10.1 10.0.10.100 2 10.0.10.100 255.255.255.0 10.0.10.1 00:15:5d:40:01:01 1",
				"68 67 0.0.0.0 255.255.255.255 3 0.0.0.0   00:15:5d:40:01:01 1",
				"67 68 10.0.10.1 10.0.10.100 5 10.0.10.100 255.255.255.0 10.0.10.1 00:15:5d:40:01:01 1"), onClientLink);
		assertTrue(tshark(pcap, fields).stream().anyMatch(f -> f.get("frame.interface_name")
				.equals("HV01.Lab.Net<->HV01.Ext") && f.get("dhcp.ip.your").equals("192.168.137.100")));
	}

	/**
	 * A relayed exchange as Wireshark reads it on the link between the router and the DHCP server: the relay's
	 * DISCOVER and REQUEST with giaddr (dhcp.ip.relay) and one hop, the server's OFFER and ACK to giaddr with the
	 * scope's lease time.
	 */
	@Test
	void aRelayedDhcpExchangeCarriesGiaddrForWireshark() throws Exception {
		Path pcap = tmp.resolve("relay.pcapng");
		CliRun run = simulate(pcap, CliRun.examples().resolve("dhcp-relay/dhcp-relay.hvnet").toString(), "--ping",
				"HV01.App", "DC1");
		assertEquals(0, run.exitCode(), run::toString);
		List<String> fields = List.of("frame.interface_name", "ip.src", "ip.dst", "dhcp.option.dhcp", "dhcp.hops",
				"dhcp.ip.relay", "dhcp.ip.your", "dhcp.option.ip_address_lease_time", "dhcp.hw.mac_addr");
		List<String> toServer = tshark(pcap, fields).stream()
				.filter(f -> f.get("frame.interface_name").contains("DC1.NIC1") && !f.get("dhcp.option.dhcp").isEmpty()
						&& f.get("dhcp.hw.mac_addr").equals("00:15:5d:50:02:01"))
				.map(f -> String.join(" ", f.get("ip.src"), f.get("ip.dst"), f.get("dhcp.option.dhcp"),
						f.get("dhcp.hops"), f.get("dhcp.ip.relay"), f.get("dhcp.ip.your"),
						f.get("dhcp.option.ip_address_lease_time")))
				.toList();
		assertEquals(List.of("10.0.30.1 10.0.30.10 1 1 10.0.20.1 0.0.0.0 ",
				"10.0.30.10 10.0.20.1 2 0 10.0.20.1 10.0.20.100 120",
				"10.0.30.1 10.0.30.10 3 1 10.0.20.1 0.0.0.0 ",
				"10.0.30.10 10.0.20.1 5 0 10.0.20.1 10.0.20.100 120"), toServer);
	}

	@Test
	void aPhysicalNicInAVlanTagsItsFrames() throws Exception {
		Path file = tmp.resolve("tagged.hvnet");
		Files.writeString(file, """
				physical switch PSW ports 4
				server A { nic N { mac 00:1B:21:00:00:0A ip 10.0.0.1/24 vlan 10 } }
				server B { nic N { mac 00:1B:21:00:00:0B ip 10.0.0.2/24 vlan 10 } }
				cable A.N to PSW port 1
				cable B.N to PSW port 2
				""");
		Path pcap = tmp.resolve("tagged.pcapng");
		CliRun run = simulate(pcap, file.toString(), "--ping", "A", "B");
		assertEquals(0, run.exitCode(), run::toString);
		List<Map<String, String>> frames = tshark(pcap);
		assertEquals(Set.of("A.N<->PSW:1", "B.N<->PSW:2"), Set.copyOf(frames.stream().map(f -> f.get("frame.interface_name")).toList()));
		assertTrue(frames.stream().allMatch(f -> f.get("vlan.id").equals("10")), frames::toString);
		assertTrue(frames.stream().anyMatch(f -> f.get("icmp.type").equals("0")), "no echo reply: " + frames);
	}

	/** The ICMP messages other than echoes on a link: type, code, gateway, source, destination, quoted echo's id. */
	private List<String> icmpErrors(Path pcap, String link) throws Exception {
		List<String> fields = List.of("frame.interface_name", "icmp.type", "icmp.code", "icmp.redir_gw", "ip.src",
				"ip.dst", "icmp.ident", "icmp.checksum.status", "ip.checksum.status");
		return tshark(pcap, fields).stream()
				.filter(f -> f.get("frame.interface_name").equals(link) && !f.get("icmp.type").isEmpty()
						&& !f.get("icmp.type").equals("8") && !f.get("icmp.type").equals("0"))
				.map(f -> String.join(" ", fields.subList(1, fields.size()).stream().map(f::get).toList())).toList();
	}

	@Test
	void anIcmpRedirectIsARedirectForWireshark() throws Exception {
		Path pcap = tmp.resolve("redirect.pcapng");
		CliRun run = simulate(pcap, CliRun.examples().resolve("guards/rogue-router.hvnet").toString(), "--ping",
				"HV01.Client", "Files");
		assertEquals(0, run.exitCode(), run::toString);
		// type 5 code 1 with the better gateway; the first ICMP identifier is the quoted echo's (Windows' 1)
		assertEquals(List.of("5 1 10.0.10.1 10.0.10.254 10.0.10.20 1 1 1"),
				icmpErrors(pcap, "HV01.Client.Net<->HV01.Ext"));
	}

	@Test
	void anIcmpErrorThroughTheNatQuotesTheEchoAsItWasOnEachSide() throws Exception {
		Path pcap = tmp.resolve("nat-error.pcapng");
		CliRun run = simulate(pcap, CliRun.examples().resolve("nat/office-router.hvnet").toString(), "--ping",
				"Laptop.Dev", "10.99.0.1");
		assertEquals(0, run.exitCode(), run::toString); // the ping failed, the command did not
		assertEquals(List.of("3 0  192.168.1.1 192.168.1.10 1024 1 1"), icmpErrors(pcap, "Laptop.Ethernet<->Office:1"));
		assertEquals(List.of("3 0  192.168.1.1 172.30.16.2 1 1 1"),
				icmpErrors(pcap, "Laptop.Dev.Net<->Laptop.DefaultSwitch"));
	}

	@Test
	void captureKeepsOneLinkAndAnUnknownLinkListsThem() throws Exception {
		Path all = tmp.resolve("all.pcapng");
		assertEquals(0, simulate(all, CliRun.example("fig09"), "--ping", "HV01.parent", "FileServer").exitCode());
		List<Map<String, String>> everything = tshark(all);

		CliRun unknown = simulate(tmp.resolve("x.pcapng"), CliRun.example("fig09"), "--ping", "HV01.parent",
				"FileServer", "--capture", "HV01.NIC9<->PSW1:9");
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertEquals(1, unknown.err().strip().lines().count(), unknown::toString);
		assertTrue(unknown.err().startsWith("hvnet: --capture HV01.NIC9<->PSW1:9: no such link; the links are: "),
				unknown::toString);
		assertFalse(Files.exists(tmp.resolve("x.pcapng")));
		for (Map<String, String> f : everything) {
			assertTrue(unknown.err().contains(f.get("frame.interface_name")), unknown::toString);
		}

		String link = "HV01.NIC1<->PSW1:1";
		Path one = tmp.resolve("one.pcapng");
		CliRun run = simulate(one, CliRun.example("fig09"), "--ping", "HV01.parent", "FileServer", "--capture", link);
		assertEquals(0, run.exitCode(), run::toString);
		List<Map<String, String>> onLink = tshark(one);
		assertEquals(everything.stream().filter(f -> f.get("frame.interface_name").equals(link)).toList(), onLink);
		assertFalse(onLink.isEmpty());
	}

	@Test
	void theSamePingWritesTheSameBytes() throws Exception {
		Path first = tmp.resolve("1.pcapng");
		Path second = tmp.resolve("2.pcapng");
		for (Path p : List.of(first, second)) {
			assertEquals(0, simulate(p, CliRun.example("fig14"), "--ping", "HV01.VM1", "192.168.1.10").exitCode());
		}
		assertEquals(-1, Files.mismatch(first, second));
	}

	@Test
	void badPcapOrCaptureIsAUsageError() throws IOException {
		Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
		CliRun run = simulate(notADirectory.resolve("x.pcapng"), CliRun.example("fig09"), "--ping", "HV01.parent",
				"FileServer");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("hvnet: cannot write " + notADirectory.resolve("x.pcapng")), run::toString);
		assertEquals(1, run.err().strip().lines().count(), run::toString);
		assertEquals("", run.out(), run::toString);

		CliRun alone = CliRun.of("simulate", CliRun.example("fig09"), "--ping", "HV01.parent", "FileServer",
				"--capture", "HV01.NIC1<->PSW1:1");
		assertEquals(2, alone.exitCode(), alone::toString);
		assertEquals("hvnet: --capture HV01.NIC1<->PSW1:1 needs --pcap FILE to write the frames to",
				alone.err().strip(), alone::toString);
	}
}
