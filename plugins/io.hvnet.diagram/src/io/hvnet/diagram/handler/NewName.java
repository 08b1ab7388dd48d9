package io.hvnet.diagram.handler;

import org.eclipse.emf.ecore.EObject;

import io.hvnet.diagram.model.ElementIndex;
import io.hvnet.dsl.model.KindWords;
import io.hvnet.dsl.model.Names;

/**
 * A name given in the diagram: one answer for the name's field while the user types ({@link NameEditValidator}) and
 * for the rename itself ({@link RenameHandler}).
 */
final class NewName {

	private static final String NAME_LABEL = "/name";

	private NewName() {
	}

	/** {@code HV01.VM1/name} → {@code HV01.VM1}: the element whose name label it is. */
	static String ownerOf(String labelId) {
		return labelId.endsWith(NAME_LABEL) ? labelId.substring(0, labelId.length() - NAME_LABEL.length()) : labelId;
	}

	/** The element's id once it is renamed: its container's name and the new one ({@code HV01.Web}). */
	static String renamedId(String id, String name) {
		int dot = id.lastIndexOf('.');
		return (dot < 0 ? "" : id.substring(0, dot + 1)) + Names.typedName(name);
	}

	/**
	 * Why the element {@code id} cannot be called {@code name}, or null: not a name, or the name of another element
	 * in the same namespace (both would have one qualified name, and references could not tell them apart).
	 */
	static String whyNot(ElementIndex elements, String id, String name) {
		String notAName = Names.whyNotAName(name);
		if (notAName != null) {
			return notAName;
		}
		EObject other = elements.get(renamedId(id, name));
		if (other != null && other != elements.get(id)) {
			return "the name " + name + " is already used by " + KindWords.withArticle(KindWords.of(other)) + " here";
		}
		return null;
	}
}
