package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.hvnet.Ping;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.model.Names;
import io.hvnet.dsl.services.HvNetGrammarAccess;

/**
 * A name typed for a rename (the diagram's, the refactoring's) is accepted exactly when the element can have it:
 * the serializer writes it (a word of the language as ^word), the text parses again, and the element is called so.
 * Checked for every word of the grammar, bare and with ^, and for names that are none.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class TypedNamesTest {

	@Inject
	private HvNetGrammarAccess grammar;
	@Inject
	private ParseHelper<Network> parser;
	@Inject
	private ISerializer serializer;

	@Test
	public void aTypedNameIsAcceptedExactlyWhenTheElementCanBeCalledSo() throws Exception {
		List<String> typed = new ArrayList<>(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		typed.addAll(List.of("PSW1", "_x", "Core_2", "1st", "a-b", "a b", "", "^", "ä"));
		typed.addAll(typed.stream().filter(w -> !w.startsWith("^")).map(w -> "^" + w).toList());
		List<String> disagree = new ArrayList<>();
		for (String name : typed) {
			boolean accepted = Names.whyNotAName(name) == null;
			boolean named = canBeCalled(Names.typedName(name));
			if (accepted != named) {
				disagree.add("'" + name + "' " + (accepted ? "accepted, but no element can be called so" : "refused"));
			}
		}
		assertEquals(List.of(), disagree);
	}

	@Test
	public void aWordOfTheLanguageIsWrittenWithACaret() throws Exception {
		Network network = parser.parse("physical switch A ports 4\n");
		((NetworkNode) network.getElements().get(0)).setName(Names.typedName("cable"));
		assertEquals("physical switch ^cable ports 4", serializer.serialize(network).strip());
		assertEquals("'1st vm' is not a name: letters, digits and _, not starting with a digit",
				Names.whyNotAName("1st vm"));
	}

	@Test
	public void aReferenceToAnElementCalledByAWordSaysTheCaretAndLinks() throws Exception {
		String text = """
				host HV01 {
				    vm ^switch {
				    }
				}

				scenario "s" {
				    ping HV01.^switch -> HV01.parent
				}
				""";
		Network network = parser.parse(text);
		EcoreUtil.resolveAll(network);
		assertEquals(List.of(), network.eResource().getErrors());
		Ping ping = EcoreUtil2.getAllContentsOfType(network, Ping.class).get(0);
		assertEquals("switch", ((VirtualMachine) ping.getFrom()).getName());
		assertEquals(text, serializer.serialize(network));
	}

	private boolean canBeCalled(String name) throws Exception {
		Network network = parser.parse("physical switch A ports 4\n");
		NetworkNode node = (NetworkNode) network.getElements().get(0);
		node.setName(name);
		String text;
		try {
			text = serializer.serialize(network);
		} catch (RuntimeException e) {
			return false; // the value converter refuses it
		}
		Network again = parser.parse(text);
		return again.eResource().getErrors().isEmpty() && again.getElements().size() == 1
				&& name.equals(((NetworkNode) again.getElements().get(0)).getName());
	}
}
