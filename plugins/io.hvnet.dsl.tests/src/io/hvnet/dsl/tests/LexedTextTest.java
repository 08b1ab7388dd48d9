package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.parser.antlr.LexedText;

/**
 * Tokens lexed before the injector exists (the command line's way, issue #18) give the parse the text gives: the same
 * node model, the same syntax and lexer errors; tokens of another text are never taken.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class LexedTextTest {

	@Inject
	private HvNetLoader loader;

	/** Every leaf with its place, text and grammar element, then every syntax error with its place and message. */
	private static List<String> parse(XtextResource resource) {
		List<String> parse = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			parse.add(leaf.getTotalOffset() + " " + leaf.getText() + " " + leaf.getGrammarElement() + " "
					+ (leaf.getSemanticElement() == null ? null : leaf.getSemanticElement().eClass().getName()));
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			parse.add(error.getLine() + ":" + error.getColumn() + " " + error.getMessage());
		}
		return parse;
	}

	private void assertSameParse(String text) {
		XtextResource lexedHere = loader.parse(URI.createURI("inmemory:/a.hvnet"), text);
		LexedText lexed = LexedText.of(text);
		XtextResource lexedBefore = loader.parse(loader.newResourceSet(), URI.createURI("inmemory:/a.hvnet"), text,
				lexed);
		assertEquals(1, lexed.replays(), "the parser took the tokens lexed before");
		assertEquals(parse(lexedHere), parse(lexedBefore));
	}

	@Test
	public void everyExampleParsesAlikeFromTokensLexedBefore() {
		for (Path example : Examples.all()) {
			assertSameParse(Examples.read(example));
		}
	}

	@Test
	public void lexerAndSyntaxErrorsAreTheSameFromTokensLexedBefore() {
		// a character no token starts with, an unterminated string, a VLAN range (split by the lexer), CRLF, a BOM
		assertSameParse("\uFEFFhost HV01 {\r\n    nic NIC1 \"Intel\n    nic NIC2 § { vlan 10-20 }\r\n}\r\n");
		assertSameParse("physical switch P ports 4 port 1-2 trunk vlans 10-20,30\nhost { }\n/* open");
	}

	@Test
	public void tokensOfAnotherTextAreNotTaken() {
		LexedText other = LexedText.of("host HV02 { }\n");
		XtextResource resource = loader.parse(loader.newResourceSet(), URI.createURI("inmemory:/a.hvnet"),
				"host HV01 { }\n", other);
		assertEquals(0, other.replays());
		assertEquals("HV01", ((Host) ((Network) resource.getContents().get(0)).getElements().get(0)).getName());
		assertFalse(resource.getErrors().iterator().hasNext());
	}
}
