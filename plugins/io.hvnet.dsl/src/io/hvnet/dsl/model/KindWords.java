package io.hvnet.dsl.model;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.hvnet.dsl.hvnet.HvnetPackage.Literals;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;

/**
 * The word a user reads for each kind of element, in messages, hovers and the diagram's palette, so that one
 * thing is not a "NIC" in one place and a "physical NIC" in the next. Lower case, as in running text; {@link #title}
 * capitalises it for a heading.
 */
public final class KindWords {

	private static final Map<EClass, String> WORDS = Map.ofEntries(Map.entry(Literals.HOST, "host"),
			Map.entry(Literals.PARENT_PARTITION, "parent partition"), Map.entry(Literals.PHYSICAL_NIC, "physical NIC"),
			Map.entry(Literals.HOST_VNIC, "host vNIC"), Map.entry(Literals.VIRTUAL_MACHINE, "VM"),
			Map.entry(Literals.VM_ADAPTER, "VM adapter"), Map.entry(Literals.VIRTUAL_SWITCH, "virtual switch"),
			Map.entry(Literals.PHYSICAL_SWITCH, "physical switch"), Map.entry(Literals.SERVER, "server"),
			Map.entry(Literals.ROUTER, "router"), Map.entry(Literals.NAT, "NAT"),
			Map.entry(Literals.CABLE, "cable"), Map.entry(Literals.SCENARIO, "scenario"),
			Map.entry(Literals.ENDPOINT, "endpoint"), Map.entry(Literals.NETWORK_NODE, "element"));

	private KindWords() {
	}

	/** The word for a type, such as the type a reference expects: "physical NIC", "virtual switch", "endpoint". */
	public static String of(EClass type) {
		return WORDS.getOrDefault(type, type.getName().toLowerCase());
	}

	/** The word for an element's kind; a virtual switch says which: "external switch". */
	public static String of(EObject element) {
		return element instanceof VirtualSwitch s ? of(s.getType()) : of(element.eClass());
	}

	public static String of(SwitchType type) {
		return type.getLiteral() + " switch";
	}

	/** The kind's word and the element's name: "VM adapter Net1", "external switch Ext". */
	public static String named(NetworkNode element) {
		return of(element) + " " + element.getName();
	}

	/** "a physical NIC", "an external switch". */
	public static String withArticle(String word) {
		return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
	}

	/** "Physical NIC", "External switch", "VM adapter". */
	public static String title(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
