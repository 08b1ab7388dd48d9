package io.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.hvnet.dsl.tests.Examples;

/**
 * Another program (the user's text editor) writes the file a diagram shows. What it wrote must never be lost: not
 * to a diagram edit computed on the older text, not to undo, not to a save; and bytes that are not UTF-8 are never
 * replaced (issue #18, finding 3). The other program's write is made before the diagram's action, without waiting
 * for the viewer's file follower, which is the race a user hits within its interval.
 */
public class ExternalEditsTest {

	private static final String SET_PORTS = "{\"kind\":\"hvnetChangeProperty\",\"isOperation\":true,"
			+ "\"elementId\":\"PSW1\",\"property\":\"ports\",\"value\":\"16\"}";

	/** The update that shows the edit: an update drawn for the other program's text can come first. */
	private static boolean drawsSixteenPorts(JsonObject update) {
		return DiagramSession.has(update.getAsJsonObject("newRoot"), "PSW1#16");
	}

	@Test
	public void aDiagramEditComputedOnTheOlderTextIsRefusedAndTheFileKeepsWhatTheOtherProgramWrote() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			String theirs = s.text() + "physical switch Outside ports 4\n";
			Files.writeString(s.file, theirs);

			JsonObject refused = s.sendAndAwait(SET_PORTS, "status", DiagramSession.saying("set ports of PSW1"));
			assertEquals("ERROR", refused.get("severity").getAsString(), refused.toString());
			assertTrue(refused.get("message").getAsString().contains("the text changed"), refused.toString());
			assertEquals(theirs, s.text(), "the document took the file's text");
			s.document.save();
			assertEquals(theirs, Files.readString(s.file));

			s.sendAndAwait(SET_PORTS, "updateModel", ExternalEditsTest::drawsSixteenPorts);
			assertTrue(s.text().contains("physical switch PSW1 ports 16") && s.text().contains("Outside"), s.text());
		}
	}

	@Test
	public void undoNeverRevertsWhatTheOtherProgramWrote() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			s.sendAndAwait(SET_PORTS, "updateModel", ExternalEditsTest::drawsSixteenPorts);
			s.document.save();
			String theirs = Files.readString(s.file) + "physical switch Outside ports 4\n";
			Files.writeString(s.file, theirs);

			s.sendAndAwait("{\"kind\":\"glspUndo\"}", "updateModel",
					a -> DiagramSession.has(a.getAsJsonObject("newRoot"), "Outside"));
			assertEquals(theirs, s.text(), "undo took the file's text and reverted nothing");
			assertFalse(s.document.undo(), "the history before the other program's write is gone");
			s.document.save();
			assertEquals(theirs, Files.readString(s.file));
		}
	}

	@Test
	public void aSaveNeverWritesOverWhatTheOtherProgramWrote() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			s.sendAndAwait(SET_PORTS, "updateModel", ExternalEditsTest::drawsSixteenPorts); // unsaved, as between an edit and the viewer's save
			String theirs = Files.readString(s.file) + "// theirs\n";
			Files.writeString(s.file, theirs);
			s.document.save();
			assertEquals(theirs, Files.readString(s.file));
			assertEquals(theirs, s.text());
		}
	}

	@Test
	public void aFileThatIsNotUtf8IsNeverReplacedAndTheDiagramSaysWhere() throws Exception {
		try (DiagramSession s = DiagramSession.open(Examples.seed("fig12"))) {
			String before = s.text();
			byte[] latin1 = ("// Caf\u00e9\n" + before).getBytes(StandardCharsets.ISO_8859_1);
			Files.write(s.file, latin1);

			JsonObject refused = s.sendAndAwait(SET_PORTS, "status", DiagramSession.saying("set ports of PSW1"));
			assertTrue(refused.get("message").getAsString().contains(s.file.getFileName() + ":1:7: not UTF-8 text"),
					refused.toString());
			assertEquals(before, s.text(), "the last text that could be read");
			s.document.save();
			assertArrayEquals(latin1, Files.readAllBytes(s.file), "the file's bytes stay as the other program wrote them");

			String fixed = "// Cafe\n" + before;
			Files.writeString(s.file, fixed);
			s.sendAndAwait(SET_PORTS, "updateModel", ExternalEditsTest::drawsSixteenPorts);
			assertTrue(s.text().startsWith("// Cafe\n") && s.text().contains("PSW1 ports 16"), s.text());
		}
	}
}
