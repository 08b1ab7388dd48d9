package io.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.hvnet.dsl.tests.Examples;

/**
 * A diagram edit changes the edited element's text and nothing else, byte for byte on disk (issue #18, finding 4):
 * every operation the diagram offers, on a file written in the multi-line style with comments (seed fig. 12) and on
 * one in the compact one-line style that docs/language.md and bench/gen_hyperv_hosts.py use, each with LF or CRLF
 * line ends, with and without a byte order mark. Lines the operation does not concern stay as they were, with their
 * line ends; every comment stays, once; new lines end as the file's lines do.
 */
public class DiagramEditBytesTest {

	private static final String COMPACT = String.join("\n",
			"// compact, as docs/language.md and bench/gen_hyperv_hosts.py write it",
			"host HV0 { // the host",
			"    nic NIC1 { mac 02:01:00:00:00:00 ip 10.0.0.1/8 } // c1",
			"    nic NIC2 { mac 02:01:00:00:00:01 bindings vms } // c2",
			"    external switch Ext on NIC2 // c3",
			"    parent { vnic vEthernet switch Ext { mac 02:02:00:00:00:00 ip 10.0.0.2/8 } } // c4",
			"    vm VM0 { synthetic adapter Net1 switch Ext { mac 02:03:00:00:00:00 ip 10.0.0.3/8 } } // c5",
			"    vm Bare { synthetic adapter Net1 switch Ext } // c9",
			"}",
			"physical switch Core ports 4 // c6",
			"cable HV0.NIC1 to Core port 1 // c7",
			"cable HV0.NIC2 to Core port 2 // c8", "");

	/** One diagram operation: its actions (one per line), and the part of the lines it may change ("" for none). */
	private record Op(String name, String action, String touches, boolean removesLines) {
		@Override
		public String toString() {
			return name;
		}
	}

	private static final List<Op> FIG12_OPS = List.of(
			new Op("create a host", create("node:host", null), "", false),
			new Op("create a server", create("node:server", null), "", false),
			new Op("create a NIC", create("node:nic", "HV01"), "", false),
			new Op("create an internal switch", create("node:vswitch:internal", "HV01"), "", false),
			new Op("create a private switch", create("node:vswitch:private", "HV01"), "", false),
			new Op("create a host vNIC", create("node:vnic", "HV01.TestExternal"), "", false),
			new Op("create a VM", create("node:vm", "HV01"), "", false),
			new Op("create a physical switch", create("node:pswitch", null), "", false),
			new Op("create a managed physical switch", create("node:pswitch:managed", null), "", false),
			new Op("cable a new NIC", create("node:nic", "FileServer") + "\n"
					+ edge("createEdge", "\"elementTypeId\":\"edge:cable\",\"sourceElementId\":\"PSW1#5\","
							+ "\"targetElementId\":\"FileServer.NIC2\""), "", false),
			new Op("move a cable's end", edge("reconnectEdge", "\"edgeElementId\":\"cable:FileServer.NIC1-PSW1#3\","
					+ "\"sourceElementId\":\"FileServer.NIC1\",\"targetElementId\":\"PSW1#5\""),
					"cable FileServer.NIC1", false),
			new Op("create an adapter", create("node:adapter", "HV01.VM1"), "", false),
			new Op("set a VLAN", property("HV01.VM1.Net1", "vlan", "10"), "", false),
			new Op("set a trunk", property("HV01.VM1.Net1", "vlan", "trunk 10, 20, 100-199 native 1"), "", false),
			new Op("set a private VLAN", property("HV01.VM1.Net1", "vlan", "isolated primary 10 secondary 200"), "",
					false),
			new Op("set the ports", property("PSW1", "ports", "16"), "PSW1 ports", false),
			new Op("delete a cable", delete("cable:FileServer.NIC1-PSW1#3"), "cable FileServer.NIC1", true),
			new Op("rename a VM", "{\"kind\":\"applyLabelEdit\",\"isOperation\":true,\"labelId\":\"HV01.VM1/name\","
					+ "\"text\":\"Web\"}", "VM1", false));

	private static final List<Op> COMPACT_OPS = List.of(
			new Op("create a host", create("node:host", null), "", false),
			new Op("create a server", create("node:server", null), "", false),
			new Op("create a NIC", create("node:nic", "HV0"), "", false),
			// the management OS's vNIC of a new internal switch goes into the one-line 'parent { … } // c4'
			new Op("create an internal switch", create("node:vswitch:internal", "HV0"), "parent {", false),
			new Op("create a host vNIC", create("node:vnic", "HV0.Ext"), "parent {", false),
			new Op("create a VM", create("node:vm", "HV0"), "", false),
			new Op("create a physical switch", create("node:pswitch", null), "", false),
			new Op("create a managed physical switch", create("node:pswitch:managed", null), "", false),
			new Op("move a cable's end", edge("reconnectEdge", "\"edgeElementId\":\"cable:HV0.NIC1-Core#1\","
					+ "\"sourceElementId\":\"HV0.NIC1\",\"targetElementId\":\"Core#3\""), "cable HV0.NIC1", false),
			new Op("delete a VM", delete("HV0.VM0"), "vm VM0", true),
			new Op("create an adapter", create("node:adapter", "HV0.VM0"), "vm VM0", false),
			new Op("delete an adapter", delete("HV0.VM0.Net1"), "vm VM0", false),
			new Op("set a trunk", property("HV0.VM0.Net1", "vlan", "trunk 10, 20, 100-199 native 1"), "vm VM0", false),
			new Op("set a VLAN", property("HV0.VM0.Net1", "vlan", "10"), "VM0", false),
			new Op("set a NIC's VLAN", property("HV0.NIC1", "vlan", "7"), "NIC1 {", false),
			new Op("set a VLAN on a block-less adapter", property("HV0.Bare.Net1", "vlan", "20"), "vm Bare", false),
			new Op("set the ports", property("Core", "ports", "8"), "Core ports", false),
			new Op("delete a cable", delete("cable:HV0.NIC1-Core#1"), "cable HV0.NIC1", true),
			new Op("rename a VM", "{\"kind\":\"applyLabelEdit\",\"isOperation\":true,\"labelId\":\"HV0.VM0/name\","
					+ "\"text\":\"Web\"}", "VM0", false));

	static Stream<Arguments> edits() {
		List<Arguments> result = new ArrayList<>();
		String fig12 = Examples.read(Examples.seed("fig12")).replace("\r\n", "\n");
		for (String lineEnd : new String[] { "\n", "\r\n" }) {
			for (boolean mark : new boolean[] { false, true }) {
				String style = (lineEnd.equals("\n") ? "LF" : "CRLF") + (mark ? "+BOM" : "");
				FIG12_OPS.forEach(op -> result.add(Arguments.of("fig12 " + style, fig12, lineEnd, mark, op)));
				COMPACT_OPS.forEach(op -> result.add(Arguments.of("compact " + style, COMPACT, lineEnd, mark, op)));
			}
		}
		return result.stream();
	}

	@ParameterizedTest(name = "{0}: {4}")
	@MethodSource("edits")
	public void onlyTheEditedElementsTextChanges(String file, String lfText, String lineEnd, boolean mark, Op op)
			throws Exception {
		String text = lfText.replace("\n", lineEnd);
		ErrorLog errors = new ErrorLog();
		try (errors; DiagramSession s = DiagramSession.openText("edited.hvnet", (mark ? "\uFEFF" : "") + text)) {
			for (String action : op.action().split("\n")) {
				s.sendAndAwait(action, "updateModel");
			}
			// Xtext logs a conflict of two formatting rules as an error with a stack trace (the command line's stderr)
			assertEquals(List.of(), errors.messages, "errors logged");
			s.document.save();
			byte[] disk = Files.readAllBytes(s.file);
			boolean hasMark = disk.length >= 3 && (disk[0] & 0xff) == 0xef && (disk[1] & 0xff) == 0xbb
					&& (disk[2] & 0xff) == 0xbf;
			assertEquals(mark, hasMark, "the byte order mark stays as it was");
			String after = new String(disk, StandardCharsets.UTF_8).substring(mark ? 1 : 0);
			assertNotEquals(text, after, "the operation changed the text");
			String what = op + " on " + file + ":\n" + after;
			if (lineEnd.equals("\r\n")) {
				assertFalse(Pattern.compile("(?<!\r)\n").matcher(after).find(), "a line ending in LF alone: " + what);
			} else {
				assertFalse(after.contains("\r"), "a CR: " + what);
			}
			for (String line : text.split(Pattern.quote(lineEnd))) {
				if (op.touches().isEmpty() || !line.contains(op.touches())) {
					assertTrue(after.contains(line + lineEnd), "lost or changed: '" + line + "' in " + what);
				}
			}
			for (String comment : comments(text)) {
				long count = count(after, comment);
				boolean removed = op.removesLines() && lineOf(text, comment).contains(op.touches());
				assertEquals(removed ? 0 : count(text, comment), count, "comment '" + comment + "' in " + what);
			}
		}
	}

	/**
	 * In the compact style, what the diagram adds to a one-line block stays on that line, and what it adds after a
	 * line that ends with a comment goes on a line of its own below, the comment staying where it was.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("compactInsertions")
	public void theCompactStyleStaysCompact(String name, String action, String lines, String expected)
			throws Exception {
		try (DiagramSession s = DiagramSession.openText("edited.hvnet", COMPACT)) {
			s.sendAndAwait(action, "updateModel");
			assertEquals(COMPACT.replace(lines, expected), s.text());
		}
	}

	static Stream<Arguments> compactInsertions() {
		String lines = """
				    external switch Ext on NIC2 // c3
				    parent { vnic vEthernet switch Ext { mac 02:02:00:00:00:00 ip 10.0.0.2/8 } } // c4
				""";
		return Stream.of(Arguments.of("a NIC", create("node:nic", "HV0"), lines, """
				    external switch Ext on NIC2 // c3
				    nic NIC3
				    parent { vnic vEthernet switch Ext { mac 02:02:00:00:00:00 ip 10.0.0.2/8 } } // c4
				"""), Arguments.of("an internal switch and its management OS vNIC", create("node:vswitch:internal", "HV0"),
				lines, """
						    external switch Ext on NIC2 // c3
						    internal switch Internal1
						    parent { vnic vEthernet switch Ext { mac 02:02:00:00:00:00 ip 10.0.0.2/8 } \
						vnic vInternal1 "vEthernet (Internal1)" switch Internal1 } // c4
						"""), Arguments.of("a host vNIC", create("node:vnic", "HV0.Ext"), lines, """
				    external switch Ext on NIC2 // c3
				    parent { vnic vEthernet switch Ext { mac 02:02:00:00:00:00 ip 10.0.0.2/8 } vnic vExt switch Ext } // c4
				"""));
	}

	/** The serializer writes an element it adds to a block unindented; it gets the indentation of its siblings. */
	@org.junit.jupiter.api.Test
	public void aNicAddedToAServerIsIndentedAsTheServersOtherNic() throws Exception {
		String fig12 = Examples.read(Examples.seed("fig12")).replace("\r\n", "\n");
		try (DiagramSession s = DiagramSession.openText("edited.hvnet", fig12)) {
			s.sendAndAwait(create("node:nic", "FileServer"), "updateModel");
			assertTrue(s.text().contains("""
					        ip 192.168.1.100/24
					    }
					    nic NIC2
					}
					"""), s.text());
		}
	}

	@org.junit.jupiter.api.Test
	public void deletingAServerWhoseNicHasACableRemovesTheCableToo() throws Exception {
		String fig12 = Examples.read(Examples.seed("fig12")).replace("\r\n", "\n");
		String withoutScenario = fig12.substring(0, fig12.indexOf("scenario"));
		try (DiagramSession s = DiagramSession.openText("edited.hvnet", withoutScenario)) {
			s.sendAndAwait(delete("FileServer"), "updateModel");
			String after = s.text();
			assertFalse(after.contains("FileServer"), after);
			String server = withoutScenario.substring(withoutScenario.indexOf("server FileServer"),
					withoutScenario.indexOf("cable "));
			for (String line : withoutScenario.split("\n")) {
				if (!line.contains("FileServer") && !server.contains(line)) {
					assertTrue(after.contains(line + "\n"), "lost or changed: '" + line + "' in\n" + after);
				}
			}
		}
	}

	/** The errors logged (log4j, as Xtext logs) while it is open. */
	private static final class ErrorLog extends AppenderSkeleton implements AutoCloseable {

		final List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();

		ErrorLog() {
			Logger.getRootLogger().addAppender(this);
		}

		@Override
		protected void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				messages.add(event.getLoggerName() + ": " + event.getRenderedMessage());
			}
		}

		@Override
		public void close() {
			Logger.getRootLogger().removeAppender(this);
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	}

	private static String create(String type, String container) {
		return "{\"kind\":\"createNode\",\"isOperation\":true,\"elementTypeId\":\"" + type + "\""
				+ (container == null ? "" : ",\"containerId\":\"" + container + "\"") + "}";
	}

	private static String property(String id, String property, String value) {
		return "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,\"elementId\":\"" + id + "\",\"property\":\""
				+ property + "\",\"value\":\"" + value + "\"}";
	}

	private static String edge(String kind, String fields) {
		return "{\"kind\":\"" + kind + "\",\"isOperation\":true," + fields + "}";
	}

	private static String delete(String id) {
		return "{\"kind\":\"deleteElement\",\"isOperation\":true,\"elementIds\":[\"" + id + "\"]}";
	}

	private static List<String> comments(String text) {
		List<String> result = new ArrayList<>();
		Matcher m = Pattern.compile("//[^\r\n]*").matcher(text);
		while (m.find()) {
			result.add(m.group());
		}
		return result;
	}

	private static String lineOf(String text, String part) {
		int at = text.indexOf(part);
		int start = text.lastIndexOf('\n', at) + 1;
		int end = text.indexOf('\n', at);
		return text.substring(start, end < 0 ? text.length() : end);
	}

	private static long count(String text, String part) {
		long n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}
}
